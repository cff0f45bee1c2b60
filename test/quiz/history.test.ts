import {execFileSync} from 'node:child_process';
import {chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {bestScore, defaultHistoryPath, historyVersion, openHistory, readHistory, recordAttempt, toAttempt, type Attempt} from '../../src/quiz/history.js';
import {quizReducer, startQuiz} from '../../src/quiz/session.js';
import {loadBundled} from '../helpers/content.js';

const attempt = (score: number, overrides: Partial<Attempt> = {}): Attempt => ({
	date: '2026-11-28T10:00:00.000Z',
	articleId: 'a',
	status: 'finished',
	round: 'all',
	seed: 1,
	score,
	total: 10,
	durationMs: 1000,
	answers: [{questionId: 'q1', chosen: '90 minutes', correct: true}],
	...overrides,
});
const scratch = () => mkdtempSync(path.join(tmpdir(), 'press-reader-history-'));
const historyFile = () => path.join(scratch(), 'quiz-history.json');
const scores = async (file: string) => (await readHistory(file)).attempts.map((entry) => entry.score);
const writeHistory = (file: string, attempts: Attempt[], version: number = historyVersion) => writeFileSync(file, JSON.stringify({version, attempts}));
/** What the user has in the folder, byte for byte and mode, to show that nothing was touched. */
const snapshot = (file: string) => ({bytes: readFileSync(file, 'utf8'), mode: statSync(file).mode & 0o777, files: readdirSync(path.dirname(file)).sort()});
/** A lock as a running press-reader holds it, or as a killed one leaves it: the folder, with its age. */
const leaveLock = (file: string, ageMs: number) => {
	mkdirSync(`${file}.lock`);
	const then = new Date(Date.now() - ageMs);
	utimesSync(`${file}.lock`, then, then);
};
const oneLine = (warning: string | null) => {
	expect(warning).toMatch(/^press-reader: /);
	expect(warning).not.toContain('\n');
};

describe('quiz history', () => {
	it('lives in the XDG state directory', () => {
		const previous = process.env['XDG_STATE_HOME'];
		process.env['XDG_STATE_HOME'] = '/tmp/state-home';
		try {
			expect(defaultHistoryPath()).toBe('/tmp/state-home/press-reader/quiz-history.json');
		} finally {
			if (previous === undefined) delete process.env['XDG_STATE_HOME'];
			else process.env['XDG_STATE_HOME'] = previous;
		}
	});

	it('appends attempts, creating the folder, readable by the user alone, leaving no lock or temporary file behind', async () => {
		const file = path.join(scratch(), 'deep', 'quiz-history.json');
		expect(await recordAttempt(file, attempt(3))).toBeNull();
		expect(await recordAttempt(file, attempt(7))).toBeNull();
		expect(await scores(file)).toEqual([3, 7]);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({version: historyVersion, attempts: [{score: 3}, {score: 7}]});
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(readdirSync(path.dirname(file))).toEqual(['quiz-history.json']);
	});

	it('keeps every attempt when twenty saves run at once (no lost update)', async () => {
		const file = historyFile();
		const warnings = await Promise.all(Array.from({length: 20}, (_, index) => recordAttempt(file, attempt(index))));
		expect(warnings).toEqual(Array.from({length: 20}, () => null));
		expect((await scores(file)).sort((a, b) => a - b)).toEqual(Array.from({length: 20}, (_, index) => index));
		expect(readdirSync(path.dirname(file))).toEqual(['quiz-history.json']);
	});

	it('never shows a reader a partial file while saves run', async () => {
		const file = historyFile();
		// A long history, so that writing it in place would take long enough to be seen half done.
		writeHistory(file, Array.from({length: 3000}, (_, index) => attempt(index % 11)));
		// The reader runs on its own thread, as another press-reader would, reading as fast as it can.
		const reader = new Worker(
			`const {readFileSync} = require('node:fs');
			const {parentPort, workerData} = require('node:worker_threads');
			let reads = 0, partial = 0, stop = false;
			parentPort.on('message', () => { stop = true; });
			const poll = () => {
				for (let i = 0; i < 20; i++) {
					reads++;
					try { JSON.parse(readFileSync(workerData, 'utf8')); } catch { partial++; }
				}
				if (stop) parentPort.postMessage({reads, partial}); else setImmediate(poll);
			};
			parentPort.postMessage('reading');
			poll();`,
			{eval: true, workerData: file},
		);
		await new Promise((resolve) => reader.once('message', resolve));
		const seen = new Promise<{reads: number; partial: number}>((resolve) => reader.once('message', resolve));
		for (let round = 0; round < 4; round++) await Promise.all(Array.from({length: 5}, () => recordAttempt(file, attempt(1))));
		reader.postMessage('stop');
		const {reads, partial} = await seen;
		await reader.terminate();
		expect(reads).toBeGreaterThan(20);
		expect(partial).toBe(0);
		expect((await readHistory(file)).attempts).toHaveLength(3020);
	});

	it('takes over a lock left by a press-reader that was killed, once it is stale', async () => {
		const file = historyFile();
		writeHistory(file, [attempt(2)]);
		leaveLock(file, 60_000);
		const started = Date.now();
		expect(await recordAttempt(file, attempt(4))).toBeNull();
		// A lock held by a live press-reader would keep it waiting 5 s or more.
		expect(Date.now() - started).toBeLessThan(4000);
		expect(await scores(file)).toEqual([2, 4]);
		expect(existsSync(`${file}.lock`)).toBe(false);
	});

	it('waits for a lock that was just left, then takes it over within seconds', async () => {
		const file = historyFile();
		// Left 4 s ago by a process that died then: stale after 5 s, so about a second of waiting.
		leaveLock(file, 4000);
		expect(await recordAttempt(file, attempt(4))).toBeNull();
		expect(await scores(file)).toEqual([4]);
	});

	it('gives up waiting for a lock held too long, says so, and touches nothing', async () => {
		const file = historyFile();
		writeHistory(file, [attempt(2)]);
		leaveLock(file, 0);
		const before = snapshot(file);
		const started = Date.now();
		const warning = await recordAttempt(file, attempt(4), {lockTimeoutMs: 300});
		// Bounds with room for a loaded machine: the lock would be stale, and taken over, at 5 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		expect(Date.now() - started).toBeLessThan(4000);
		oneLine(warning);
		expect(warning).toBe(`press-reader: quiz history ${file} is locked by another press-reader (quiz-history.json.lock); this attempt was not saved`);
		expect(snapshot(file)).toEqual(before);
	});

	it('leaves a read-only history as it is, bytes and mode, with a one-line warning', async () => {
		const file = historyFile();
		writeHistory(file, [attempt(6)]);
		chmodSync(file, 0o444);
		const before = snapshot(file);
		const read = await readHistory(file);
		// Still read, for the best score.
		expect(read.attempts.map((entry) => entry.score)).toEqual([6]);
		const expected = `press-reader: quiz history ${file} is read-only; it is left as it is and attempts are not saved`;
		expect(read.warning).toBe(expected);
		expect(await recordAttempt(file, attempt(9))).toBe(expected);
		expect(snapshot(file)).toEqual({...before, mode: 0o444});
	});

	it('leaves a read-only history alone even when it is corrupt', async () => {
		const file = historyFile();
		writeFileSync(file, 'not json');
		chmodSync(file, 0o400);
		const before = snapshot(file);
		expect(await readHistory(file)).toEqual({kind: 'kept', attempts: [], warning: `press-reader: quiz history ${file} is read-only; it is left as it is and attempts are not saved`});
		expect(await recordAttempt(file, attempt(1))).toMatch(/is read-only/);
		expect(snapshot(file)).toEqual(before);
	});

	it('keeps a corrupt file aside, says so in one line, and starts anew', async () => {
		const file = historyFile();
		writeFileSync(file, '{"version": 2, "attempts": [ {broken');
		const read = await readHistory(file);
		expect(read.attempts).toEqual([]);
		expect(read.warning).toBe(`press-reader: quiz history ${file} is corrupt (not JSON); it will be kept aside and a new one started`);
		const warning = await recordAttempt(file, attempt(5));
		expect(warning).toBe(`press-reader: quiz history ${file} was corrupt (not JSON); it is kept as quiz-history.json.corrupt and a new one started`);
		expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('{"version": 2, "attempts": [ {broken');
		expect(await scores(file)).toEqual([5]);
	});

	it('names the field that makes a history corrupt', async () => {
		const file = historyFile();
		writeFileSync(file, JSON.stringify({version: 2, attempts: [attempt(1), {...attempt(2), score: 'two'}]}));
		expect((await readHistory(file)).warning).toMatch(/is corrupt \(attempts\[1\]\.score: .*expected number.*\); it will be kept aside/);
		writeFileSync(file, '[]');
		expect((await readHistory(file)).warning).toMatch(/is corrupt \(the file: .*expected object.*\)/);
		writeFileSync(file, 'null');
		expect((await readHistory(file)).warning).toMatch(/is corrupt \(the file: .*expected object.*\)/);
	});

	it('keeps every corrupt history aside under its own name', async () => {
		const file = historyFile();
		writeFileSync(file, 'first corruption');
		await recordAttempt(file, attempt(1));
		writeFileSync(file, 'second corruption');
		expect(await recordAttempt(file, attempt(2))).toMatch(/kept as quiz-history\.json\.corrupt-2 and/);
		writeFileSync(file, 'third corruption');
		expect(await recordAttempt(file, attempt(3))).toMatch(/kept as quiz-history\.json\.corrupt-3 and/);
		expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('first corruption');
		expect(readFileSync(`${file}.corrupt-2`, 'utf8')).toBe('second corruption');
		expect(readFileSync(`${file}.corrupt-3`, 'utf8')).toBe('third corruption');
		expect(await scores(file)).toEqual([3]);
	});

	it('refuses a history from a newer press-reader, naming its version, and leaves it alone', async () => {
		const file = historyFile();
		writeFileSync(file, JSON.stringify({version: historyVersion + 1, attempts: [{score: 'in a format of the future'}]}));
		const before = snapshot(file);
		const read = await readHistory(file);
		const expected = `press-reader: quiz history ${file} is version ${historyVersion + 1}, newer than this press-reader reads (${historyVersion}); it is left as it is and attempts are not saved`;
		expect(read).toEqual({kind: 'kept', attempts: [], warning: expected});
		expect(await recordAttempt(file, attempt(1))).toBe(expected);
		expect(snapshot(file)).toEqual(before);
	});

	it('reads a version 1 history as written and keeps its attempts when it next saves', async () => {
		const file = historyFile();
		const {round: _, ...withoutRound} = attempt(4, {seed: 0});
		const review = attempt(5, {seed: 12, round: 'review', answers: [{questionId: 'q2', chosen: 'Moscow', correct: false}]});
		writeFileSync(file, JSON.stringify({version: 1, attempts: [withoutRound, review]}));
		// The oldest records have no round: they were full rounds.
		expect(await readHistory(file)).toEqual({kind: 'sound', attempts: [attempt(4, {seed: 0}), review], warning: null});
		expect(await recordAttempt(file, attempt(6, {seed: null}))).toBeNull();
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({version: 2, attempts: [{seed: 0}, {seed: 12}, {seed: null}]});
	});

	it('treats a version it never had as corrupt', async () => {
		const file = historyFile();
		writeHistory(file, [], 0);
		expect((await readHistory(file)).kind).toBe('corrupt');
		writeFileSync(file, JSON.stringify({version: 2.5, attempts: []}));
		expect((await readHistory(file)).kind).toBe('corrupt');
		writeFileSync(file, JSON.stringify({version: '3', attempts: []}));
		expect((await readHistory(file)).kind).toBe('corrupt');
	});

	it('says at once why it cannot take the lock when the reason is not another press-reader', async () => {
		// The file's name fits in a folder entry; with ".lock" after it, it no longer does.
		const file = path.join(scratch(), 'h'.repeat(252));
		const started = Date.now();
		expect(await recordAttempt(file, attempt(1))).toBe(`press-reader: could not save the quiz attempt to ${file} (ENAMETOOLONG)`);
		// Rather than retry until the 10 s a save waits for another press-reader.
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('warns instead of failing when the history cannot be written', async () => {
		const directory = scratch();
		const blocker = path.join(directory, 'not-a-folder');
		writeFileSync(blocker, 'x');
		const warning = await recordAttempt(path.join(blocker, 'quiz-history.json'), attempt(1));
		expect(warning).toMatch(/^press-reader: could not save the quiz attempt to .*not-a-folder\/quiz-history\.json \(E[A-Z]+\)$/);
	});

	it('does not touch a history it cannot read', async () => {
		// root reads anything; a folder in the file's place cannot be read by anyone.
		const file = historyFile();
		mkdirSync(file);
		const read = await readHistory(file);
		const expected = `press-reader: cannot read quiz history ${file} (EISDIR); it is left as it is and attempts are not saved`;
		expect(read).toEqual({kind: 'kept', attempts: [], warning: expected});
		expect(await recordAttempt(file, attempt(1))).toBe(expected);
		expect(readdirSync(path.dirname(file))).toEqual(['quiz-history.json']);
	});

	it('leaves a named pipe or a device in the history’s place alone, at once, and saves nothing there', async () => {
		const pipe = historyFile();
		mkdirSync(path.dirname(pipe), {recursive: true});
		execFileSync('mkfifo', [pipe]);
		const fromPipe = await readHistory(pipe);
		const expected = `press-reader: quiz history ${pipe} is not a regular file (a named pipe or a device); it is left as it is and attempts are not saved`;
		expect(fromPipe).toEqual({kind: 'kept', attempts: [], warning: expected});
		expect(await recordAttempt(pipe, attempt(1))).toBe(expected);
		expect(lstatSync(pipe).isFIFO()).toBe(true);
		const device = historyFile();
		mkdirSync(path.dirname(device), {recursive: true});
		symlinkSync('/dev/zero', device);
		expect(await readHistory(device)).toMatchObject({kind: 'kept', warning: expect.stringContaining('is not a regular file') as string});
	});

	it('reads a missing history as empty and sound', async () => {
		expect(await readHistory(historyFile())).toEqual({kind: 'sound', attempts: [], warning: null});
	});

	it('knows the best finished full round for an article', () => {
		const attempts = [attempt(4), attempt(9, {status: 'abandoned'}), attempt(6), attempt(10, {round: 'review'}), attempt(10, {articleId: 'b'}), attempt(0, {total: 0}), attempt(5), attempt(12, {total: 20})];
		// 12 of 20 is no better than 6 of 10: the earlier stands.
		expect(bestScore(attempts, 'a')).toEqual({score: 6, total: 10});
		expect(bestScore([attempt(0, {total: 0})], 'a')).toBeNull();
		expect(bestScore(attempts, 'c')).toBeNull();
	});
});

describe('an attempt as recorded', () => {
	const article = loadBundled();

	it('holds the answers given so far, the seed, and the time taken', () => {
		let quiz = startQuiz(article.quiz, 5, 1000);
		const [first, second] = [quiz.questions[0]!, quiz.questions[1]!];
		const wrong = (first.answer + 1) % first.options.length;
		quiz = quizReducer(quiz, {type: 'choose', option: wrong, now: 2000});
		quiz = quizReducer(quiz, {type: 'advance', now: 2500});
		quiz = quizReducer(quiz, {type: 'choose', option: second.answer, now: 3000});
		const recorded = toAttempt(quiz, article.id, 'abandoned', Date.UTC(2026, 10, 28, 10, 0, 5));
		expect(recorded).toEqual({
			date: '2026-11-28T10:00:05.000Z',
			articleId: article.id,
			status: 'abandoned',
			round: 'all',
			seed: 5,
			score: 1,
			total: article.quiz.length,
			durationMs: Date.UTC(2026, 10, 28, 10, 0, 5) - 1000,
			answers: [
				{questionId: first.id, chosen: first.options[wrong], correct: false},
				{questionId: second.id, chosen: second.options[second.answer], correct: true},
			],
		});
	});

	it('times a finished round to its end, not to when it is saved', () => {
		const quiz = {...startQuiz(article.quiz, 5, 1000), phase: 'end' as const, finishedAt: 4000};
		expect(toAttempt(quiz, article.id, 'finished', 9000).durationMs).toBe(3000);
	});
});

describe('a history session (one interactive run)', () => {
	it('delivers a warning about the history at once, to listeners old and new, and each only once', async () => {
		const file = historyFile();
		writeHistory(file, [attempt(6)]);
		chmodSync(file, 0o444);
		const session = openHistory(file);
		const early: string[] = [];
		session.onWarning((line) => early.push(line));
		expect((await session.read).attempts).toHaveLength(1);
		expect(early).toEqual([expect.stringMatching(/is read-only/)]);
		const late: string[] = [];
		const stop = session.onWarning((line) => late.push(line));
		expect(late).toEqual(early);
		session.save(attempt(1));
		session.save(attempt(2));
		expect(await session.settle(5000)).toEqual(early);
		stop();
		// A new problem reaches the listeners still listening, and not the one stopped.
		chmodSync(file, 0o600);
		writeFileSync(file, 'broken');
		session.save(attempt(3));
		await session.settle(5000);
		expect(early).toHaveLength(2);
		expect(late).toHaveLength(1);
	});

	it('saves every attempt handed to it and reports each new problem as it arises', async () => {
		const file = historyFile();
		const session = openHistory(file);
		const seen: string[] = [];
		session.onWarning((line) => seen.push(line));
		expect((await session.read).warning).toBeNull();
		session.save(attempt(1));
		session.save(attempt(2));
		expect(await session.settle(5000)).toEqual([]);
		expect((await scores(file)).sort()).toEqual([1, 2]);
		writeFileSync(file, 'broken');
		session.save(attempt(3));
		const warnings = await session.settle(5000);
		expect(warnings).toEqual([expect.stringMatching(/was corrupt \(not JSON\); it is kept as quiz-history\.json\.corrupt/)]);
		expect(seen).toEqual(warnings);
	});

	it('keeps going when a listener throws', async () => {
		const file = historyFile();
		writeFileSync(file, 'broken');
		const session = openHistory(file);
		session.onWarning(() => {
			throw new Error('the status line is gone');
		});
		await session.read;
		session.save(attempt(1));
		expect(await session.settle(5000)).toHaveLength(2);
		expect(await scores(file)).toEqual([1]);
	});

	it('gives up settling after the time allowed, with a warning, rather than hold up an exit', async () => {
		const file = historyFile();
		const session = openHistory(file);
		await session.read;
		leaveLock(file, 0);
		session.save(attempt(1));
		const started = Date.now();
		const warnings = await session.settle(400);
		expect(Date.now() - started).toBeGreaterThanOrEqual(390);
		expect(Date.now() - started).toBeLessThan(4000);
		expect(warnings).toEqual([`press-reader: gave up saving the quiz attempt to ${file} after 0.4 s`]);
	});

	it('settles at once when nothing is being saved', async () => {
		const session = openHistory(historyFile());
		const started = Date.now();
		expect(await session.settle(10_000)).toEqual([]);
		expect(Date.now() - started).toBeLessThan(5000);
	});
});
