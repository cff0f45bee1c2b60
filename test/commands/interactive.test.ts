import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {appReducer, initialAppState, type AppState} from '../../src/app/state.js';
import {interruptSaveMs, quizHistoryHooks} from '../../src/commands/interactive.js';
import {openHistory, toAttempt} from '../../src/quiz/history.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const historyFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'press-reader-hooks-')), 'quiz-history.json');
const saved = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as {attempts: Array<{status: string; seed: number; answers: unknown[]}>}).attempts;

/** The app after answering the first question of a quiz with seed 5. */
function answeredOne(): AppState {
	const start = initialAppState(article, {viewport: {cols: 100, rows: 30}, page: 'quiz', seed: 5, now: 1000, best: null});
	return appReducer(article, start, {type: 'choose', option: 0, now: 2000});
}

afterEach(() => vi.restoreAllMocks());

describe('the quiz history hooks of an interactive run', () => {
	it('records a round in progress as abandoned when the user quits', async () => {
		const file = historyFile();
		const session = openHistory(file);
		const hooks = quizHistoryHooks(session, toAttempt, article.id);
		hooks.onQuit({...answeredOne(), quit: true});
		expect(await session.settle(5000)).toEqual([]);
		expect(saved(file)).toEqual([expect.objectContaining({status: 'abandoned', seed: 5, answers: [expect.anything()]})]);
	});

	it('on a signal, records the round in progress, and resolves once it is on disk, without writing to a terminal that is gone', async () => {
		const file = historyFile();
		const hooks = quizHistoryHooks(openHistory(file), toAttempt, article.id);
		// After SIGHUP, writing to the terminal fails.
		for (const stream of [process.stdout, process.stderr]) {
			vi.spyOn(stream, 'write').mockImplementation(() => {
				throw Object.assign(new Error('write EIO'), {code: 'EIO'});
			});
		}
		await hooks.onInterrupt(answeredOne());
		vi.restoreAllMocks();
		expect(saved(file)).toEqual([expect.objectContaining({status: 'abandoned', seed: 5})]);
	});

	it('on a signal, gives up after two seconds rather than hold up the exit', async () => {
		const file = historyFile();
		const hooks = quizHistoryHooks(openHistory(file), toAttempt, article.id);
		// Another press-reader holds the lock, and keeps it.
		mkdirSync(`${file}.lock`);
		const started = Date.now();
		await hooks.onInterrupt(answeredOne());
		expect(Date.now() - started).toBeGreaterThanOrEqual(interruptSaveMs - 10);
		// The lock would be stale, and the save done, at 5 s.
		expect(Date.now() - started).toBeLessThan(4500);
	});

	it('records a round once, however it ends', async () => {
		const file = historyFile();
		const session = openHistory(file);
		const hooks = quizHistoryHooks(session, toAttempt, article.id);
		const state = answeredOne();
		hooks.onQuit(state);
		await hooks.onInterrupt(state);
		const finished = {...state, quiz: {...state.quiz!, phase: 'end' as const, finishedAt: 3000}};
		hooks.onRoundEnd(finished.quiz);
		hooks.onRoundEnd(finished.quiz);
		// A round at its end was recorded as finished; quitting then is no abandoned attempt.
		hooks.onQuit({...finished, quit: true});
		await session.settle(5000);
		expect(saved(file).map((attempt) => attempt.status)).toEqual(['abandoned', 'finished']);
	});

	it('records nothing in the reader, and nothing at all with --no-save', async () => {
		const file = historyFile();
		const session = openHistory(file);
		const reader = initialAppState(article, {viewport: {cols: 100, rows: 30}, page: 'reader', seed: 5, now: 1000, best: null});
		quizHistoryHooks(session, toAttempt, article.id).onQuit({...reader, quit: true});
		expect(await session.settle(5000)).toEqual([]);
		const unsaved = quizHistoryHooks(null, toAttempt, article.id);
		unsaved.onQuit(answeredOne());
		await unsaved.onInterrupt(answeredOne());
		const warnings: string[] = [];
		unsaved.onWarning((line) => warnings.push(line))();
		expect(warnings).toEqual([]);
		expect(() => readFileSync(file)).toThrow(/ENOENT/);
	});

	it('tells about a corrupt history as soon as it is read, before any round ends', async () => {
		const file = historyFile();
		writeFileSync(file, 'not json');
		const session = openHistory(file);
		const hooks = quizHistoryHooks(session, toAttempt, article.id);
		await session.read;
		const warnings: string[] = [];
		hooks.onWarning((line) => warnings.push(line));
		expect(warnings).toEqual([`press-reader: quiz history ${file} is corrupt (not JSON); it will be kept aside and a new one started`]);
	});
});
