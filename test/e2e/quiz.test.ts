import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {presentQuiz} from '../../src/quiz/session.js';
import {loadBundled} from '../helpers/content.js';
import {PtySession} from '../helpers/pty.js';

const article = loadBundled();
let session: PtySession | undefined;
afterEach(() => session?.dispose());

describe('the quiz in a real terminal', () => {
	it('answers one right and one wrong, shows the feedback and the cited passage, and records the abandoned attempt on q', async () => {
		const home = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-'));
		const questions = presentQuiz(article.quiz, 5);
		const terminal = (session = new PtySession(['quiz', '--seed', '5'], {cols: 100, rows: 34, env: {XDG_STATE_HOME: home}}));
		const flat = () => terminal.screen().replace(/\s+/g, ' ');
		await terminal.ready('Quiz · question 1 of 17');

		const first = questions[0]!;
		terminal.write('abcd'[first.answer]!);
		await terminal.waitFor('✓ Right');
		const evidence = first.source.evidence[0]!;
		const paragraph = article.paragraphs.find((candidate) => candidate.id === evidence.paragraphId)!;
		expect(flat()).toContain(`From ¶ ${paragraph.number}, section`);
		expect(flat()).toContain(evidence.text.replace(/\s+/g, ' '));

		terminal.write('\r');
		await terminal.waitFor('Quiz · question 2 of 17');
		const second = questions[1]!;
		const wrong = (second.answer + 1) % second.options.length;
		terminal.write(String(wrong + 1));
		await terminal.waitFor('✗ Not quite');
		expect(flat()).toContain(`The answer: ${'ABCD'[second.answer]}. ${second.options[second.answer]}`);
		expect(flat()).toContain('1 of 2 right so far');

		terminal.write('r');
		await terminal.waitFor('The passage the quiz cites');
		expect(terminal.screen()).toMatch(/\d\/4/);
		terminal.write('x');
		await terminal.waitFor('✗ Not quite');

		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
		expect(terminal.bufferType).toBe('normal');
		expect(terminal.cursorVisible).toBe(true);
		const history = JSON.parse(readFileSync(path.join(home, 'press-reader', 'quiz-history.json'), 'utf8')) as {attempts: Array<{answers: Array<{correct: boolean}>}>};
		expect(history.attempts).toHaveLength(1);
		expect(history.attempts[0]).toMatchObject({status: 'abandoned', score: 1, total: 17, seed: 5});
		expect(history.attempts[0]!.answers.map((answer) => answer.correct)).toEqual([true, false]);
	});

	it('starts from the reader with x, shown in its footer', async () => {
		const terminal = (session = new PtySession(['--no-save'], {cols: 120, rows: 30}));
		await terminal.ready(/1\/4/);
		// The footer is the last row written.
		await terminal.waitFor(() => terminal.lines().at(-1)!.includes('x quiz'));
		terminal.write('x');
		await terminal.waitFor('Quiz · question 1 of 17');
		terminal.write('\x03');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	it('moves the highlight with ↓ and chooses it with Enter; on a short terminal the options come round under it', async () => {
		const questions = presentQuiz(article.quiz, 5);
		const question = questions[0]!;
		const last = question.options.length - 1;
		const terminal = (session = new PtySession(['quiz', '--seed', '5', '--no-save'], {cols: 50, rows: 10}));
		await terminal.ready('❯ A.');
		expect(terminal.lines()[1]).toMatch(/\d more: ↑\/↓/);
		expect(terminal.screen()).not.toContain(`${'ABCD'[last]}.`);
		for (let index = 1; index <= last; index++) {
			terminal.write('\x1b[B');
			await terminal.waitFor(`❯ ${'ABCD'[index]}.`);
		}
		terminal.write('\r');
		await terminal.waitFor(last === question.answer ? '✓ Right' : '✗ Not quite');
		expect(terminal.screen().replace(/\s+/g, ' ')).toContain(last === question.answer ? `Right: ${'ABCD'[last]}.` : `You chose ${'ABCD'[last]}.`);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
		expect(terminal.bufferType).toBe('normal');
	});
});
