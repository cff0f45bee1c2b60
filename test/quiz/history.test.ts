import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {bestScore, defaultHistoryPath, readHistory, recordAttempt, type Attempt} from '../../src/quiz/history.js';

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

	it('appends attempts atomically, creating the folder, readable by the user alone', async () => {
		const file = path.join(scratch(), 'deep', 'quiz-history.json');
		expect(await recordAttempt(file, attempt(3))).toBeNull();
		expect(await recordAttempt(file, attempt(7))).toBeNull();
		expect((await readHistory(file)).attempts.map((entry) => entry.score)).toEqual([3, 7]);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(readdirSync(path.dirname(file))).toEqual(['quiz-history.json']);
	});

	it('keeps a corrupt file aside, warns in one line, and starts anew', async () => {
		const directory = scratch();
		const file = path.join(directory, 'quiz-history.json');
		writeFileSync(file, '{"version": 1, "attempts": [ {broken');
		const read = await readHistory(file);
		expect(read.attempts).toEqual([]);
		expect(read.warning).toMatch(/^press-reader: quiz history .* is corrupt; it will be kept as quiz-history\.json\.corrupt/);
		expect(read.warning).not.toContain('\n');
		expect(await recordAttempt(file, attempt(5))).toBeNull();
		expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('{"version": 1, "attempts": [ {broken');
		expect((await readHistory(file)).attempts).toHaveLength(1);
	});

	it('warns instead of failing when the history cannot be written', async () => {
		const directory = scratch();
		const blocker = path.join(directory, 'not-a-folder');
		writeFileSync(blocker, 'x');
		const warning = await recordAttempt(path.join(blocker, 'quiz-history.json'), attempt(1));
		expect(warning).toMatch(/^press-reader: .*not-a-folder\/quiz-history\.json \(E[A-Z]+\)/);
		expect(warning).not.toContain('\n');
	});

	it('does not touch a history it cannot read', async () => {
		if (process.getuid?.() === 0) {
			// root reads anything; simulate an unreadable file with a folder in its place.
			const file = path.join(scratch(), 'quiz-history.json');
			mkdirSync(file);
			const read = await readHistory(file);
			expect(read.writable).toBe(false);
			expect(await recordAttempt(file, attempt(1))).toMatch(/cannot read quiz history/);
			expect(existsSync(`${file}.corrupt`)).toBe(false);
			return;
		}
		const file = path.join(scratch(), 'quiz-history.json');
		writeFileSync(file, JSON.stringify({version: 1, attempts: []}));
		chmodSync(file, 0o000);
		expect((await readHistory(file)).writable).toBe(false);
	});

	it('knows the best finished full round for an article', () => {
		const attempts = [attempt(4), attempt(9, {status: 'abandoned'}), attempt(6), attempt(10, {round: 'review'}), attempt(10, {articleId: 'b'})];
		expect(bestScore(attempts, 'a')).toEqual({score: 6, total: 10});
		expect(bestScore(attempts, 'c')).toBeNull();
	});
});
