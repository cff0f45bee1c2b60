// The quiz history under real processes: many press-readers saving at once, interactive quizzes
// ending together, and a lock left by a process that was killed.
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {presentQuiz} from '../../src/quiz/session.js';
import {loadBundled} from '../helpers/content.js';
import {PtySession} from '../helpers/pty.js';

const article = loadBundled();
const stateHome = () => mkdtempSync(path.join(tmpdir(), 'press-reader-history-e2e-'));
const historyIn = (home: string) => path.join(home, 'press-reader', 'quiz-history.json');
const attemptsIn = (home: string) => (JSON.parse(readFileSync(historyIn(home), 'utf8')) as {attempts: Array<{status: string; seed: number | null; answers: unknown[]}>}).attempts;
const correctLetters = (seed: number) => presentQuiz(article.quiz, seed).map((question) => 'ABCD'[question.answer]).join(',');

/** Runs the built CLI without a terminal and without waiting for it, as a script would. */
function run(args: string[], home: string): Promise<{status: number | null; stdout: string; stderr: string}> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['dist/cli.js', ...args], {env: {...process.env, XDG_STATE_HOME: home}, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (status) => resolve({status, stdout, stderr}));
	});
}

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

describe('the quiz history with press-readers running at once', () => {
	it('keeps all twenty attempts of twenty scripted quizzes finishing at once', async () => {
		const home = stateHome();
		const seeds = Array.from({length: 20}, (_, index) => index + 1);
		const results = await Promise.all(seeds.map((seed) => run(['quiz', '--answers', correctLetters(seed), '--seed', String(seed), '--json'], home)));
		for (const result of results) expect(result).toMatchObject({status: 0, stderr: ''});
		const attempts = attemptsIn(home);
		expect(attempts).toHaveLength(20);
		expect(attempts.map((attempt) => attempt.seed).sort((a, b) => a! - b!)).toEqual(seeds);
	}, 60_000);

	it('keeps both attempts of two interactive quizzes left together, one with q and one with Ctrl+C', async () => {
		const home = stateHome();
		const quizzes = [5, 6].map((seed) => new PtySession(['quiz', '--seed', String(seed)], {cols: 100, rows: 30, env: {XDG_STATE_HOME: home}}));
		sessions.push(...quizzes);
		for (const quiz of quizzes) await quiz.ready('Quiz · question 1 of 17');
		quizzes.forEach((quiz, index) => quiz.write('abcd'[presentQuiz(article.quiz, 5 + index)[0]!.answer]!));
		for (const quiz of quizzes) await quiz.waitFor('✓ Right');
		quizzes[0]!.write('q');
		quizzes[1]!.write('\x03');
		for (const quiz of quizzes) expect((await quiz.exit()).exitCode).toBe(0);
		const attempts = attemptsIn(home);
		expect(attempts.map((attempt) => [attempt.status, attempt.seed, attempt.answers.length]).sort()).toEqual([
			['abandoned', 5, 1],
			['abandoned', 6, 1],
		]);
	}, 30_000);

	it('saves past a lock left by a press-reader that was killed while holding it', async () => {
		const home = stateHome();
		const file = historyIn(home);
		mkdirSync(path.dirname(file), {recursive: true});
		// A process takes the lock as a save does, and is killed before it can let go.
		const holder = spawn(process.execPath, ['-e', `require('proper-lockfile').lock(${JSON.stringify(file)}, {realpath: false}).then(() => { console.log('locked'); setInterval(() => {}, 1000); })`], {stdio: ['ignore', 'pipe', 'inherit']});
		await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
		holder.kill('SIGKILL');
		await new Promise((resolve) => holder.once('close', resolve));
		const result = await run(['quiz', '--answers', correctLetters(3), '--seed', '3'], home);
		// Stale once it has not been refreshed for 5 s, before the 10 s a save waits and then warns.
		expect(result).toMatchObject({status: 0, stderr: ''});
		expect(attemptsIn(home)).toMatchObject([{status: 'finished', seed: 3}]);
	}, 30_000);
});

describe('a quiz ended by a signal', () => {
	// The terminal session awaits the app's onInterrupt (src/ui/run.tsx) before it exits.
	for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
		it(`records the round in progress as abandoned on ${signal}`, async () => {
			const home = stateHome();
			const quiz = new PtySession(['quiz', '--seed', '5'], {cols: 100, rows: 30, env: {XDG_STATE_HOME: home}});
			sessions.push(quiz);
			await quiz.ready('Quiz · question 1 of 17');
			quiz.write('abcd'[presentQuiz(article.quiz, 5)[0]!.answer]!);
			await quiz.waitFor('✓ Right');
			quiz.kill(signal);
			await quiz.exit();
			expect(attemptsIn(home)).toMatchObject([{status: 'abandoned', seed: 5, answers: [{correct: true}]}]);
		});
	}
});
