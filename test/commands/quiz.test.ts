import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {presentQuiz} from '../../src/quiz/session.js';
import {runCli} from '../helpers/cli.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const stateHome = () => mkdtempSync(path.join(tmpdir(), 'press-reader-state-'));
const historyIn = (home: string) => path.join(home, 'press-reader', 'quiz-history.json');
const letters = (answers: number[]) => answers.map((answer) => 'ABCD'[answer]).join(',');

describe('press-reader quiz --answers … --json', () => {
	it('answers in the displayed order for the seed and prints the documented result', () => {
		const home = stateHome();
		const questions = presentQuiz(article.quiz, 7);
		const answers = questions.map((question, index) => (index === 0 ? (question.answer + 1) % question.options.length : question.answer));
		const result = runCli(['quiz', '--answers', letters(answers), '--seed', '7', '--json'], {env: {XDG_STATE_HOME: home}});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const json = JSON.parse(result.stdout);
		expect(json).toMatchObject({score: questions.length - 1, total: questions.length});
		expect(json.questions[0]).toEqual({id: questions[0]!.id, question: questions[0]!.question, options: questions[0]!.options, chosen: answers[0], answer: questions[0]!.answer, correct: false});
		const history = JSON.parse(readFileSync(historyIn(home), 'utf8'));
		expect(history.attempts[0]).toMatchObject({articleId: 'ft-johnson-lavrov-2017', status: 'finished', score: questions.length - 1, seed: 7});
	});

	it('records nothing with --no-save', () => {
		const home = stateHome();
		const questions = presentQuiz(article.quiz, 7);
		const result = runCli(['quiz', '--answers', letters(questions.map(() => 0)), '--seed', '7', '--json', '--no-save'], {env: {XDG_STATE_HOME: home}});
		expect(result.status).toBe(0);
		expect(existsSync(historyIn(home))).toBe(false);
	});

	it('still answers, with a one-line warning, when the history is corrupt', () => {
		const home = stateHome();
		const file = historyIn(home);
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, 'not json');
		const result = runCli(['quiz', '--answers', letters(article.quiz.map(() => 0)), '--json'], {env: {XDG_STATE_HOME: home}});
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout).total).toBe(article.quiz.length);
		expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('not json');
	});

	for (const [answers, message] of [
		['A,B', /^press-reader: --answers has 2 answers; the quiz has 17 questions\n$/],
		[Array.from({length: 17}, () => 'Z').join(','), /^press-reader: --answers: answer 1 is "Z", but question 1 takes a letter from A to [CD]\n$/],
	] as const) {
		it(`rejects malformed answers (${answers.slice(0, 6)}) with one line and exit 2`, () => {
			const result = runCli(['quiz', '--answers', answers, '--no-save']);
			expect(result.status).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(message);
		});
	}
});

describe('press-reader quiz without a terminal', () => {
	it('prints the questions and the answers, and exits 0', () => {
		const result = runCli(['quiz']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Quiz: Johnson says Russia/);
		expect(result.stdout).toContain('17 questions, in the order written.');
		expect(result.stdout).toMatch(/\nAnswers\n/);
	});

	it('leaves out a question that fails the grounding checks and names the problem', () => {
		const yaml = readFileSync('content/johnson-lavrov-2017.yaml', 'utf8').replace('      300 Bentleys in the country', '      400 Bentleys in the country');
		const file = path.join(stateHome(), 'bentleys.yaml');
		writeFileSync(file, yaml);
		const result = runCli(['quiz', file]);
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/bentleys\.yaml:\d+:\d+ facts\[\d+\]\.text: fact f-bentleys: "300 Bentleys" is not in p11 \(left out of the quiz\)/);
		expect(result.stderr).toMatch(/question q-bentleys: evidence .* is not in p11 \(left out of the quiz\)/);
		expect(result.stdout).toContain('16 questions');
		expect(result.stdout).not.toContain('How many Bentleys');
	});
});
