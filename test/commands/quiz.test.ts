import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ScriptedResult} from '../../src/quiz/script.js';
import {presentQuiz} from '../../src/quiz/session.js';
import {runCli} from '../helpers/cli.js';
import {loadBundled, minimalSource} from '../helpers/content.js';

const article = loadBundled();
const stateHome = () => mkdtempSync(path.join(tmpdir(), 'press-reader-state-'));
const historyIn = (home: string) => path.join(home, 'press-reader', 'quiz-history.json');
const letters = (answers: number[]) => answers.map((answer) => 'ABCD'[answer]).join(',');
const attemptsIn = (home: string) => (JSON.parse(readFileSync(historyIn(home), 'utf8')) as {attempts: Array<Record<string, unknown>>}).attempts;
const resultOf = (stdout: string) => JSON.parse(stdout) as ScriptedResult;

describe('press-reader quiz --answers … --json', () => {
	it('answers in the displayed order for the seed and prints the documented result', () => {
		const home = stateHome();
		const questions = presentQuiz(article.quiz, 7);
		const answers = questions.map((question, index) => (index === 0 ? (question.answer + 1) % question.options.length : question.answer));
		const result = runCli(['quiz', '--answers', letters(answers), '--seed', '7', '--json'], {env: {XDG_STATE_HOME: home}});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const json = resultOf(result.stdout);
		expect(json).toMatchObject({score: questions.length - 1, total: questions.length});
		expect(json.questions[0]).toEqual({id: questions[0]!.id, question: questions[0]!.question, options: questions[0]!.options, chosen: answers[0], answer: questions[0]!.answer, correct: false});
		expect(attemptsIn(home)[0]).toMatchObject({articleId: 'ft-johnson-lavrov-2017', status: 'finished', score: questions.length - 1, seed: 7});
	});

	it('records nothing with --no-save', () => {
		const home = stateHome();
		const questions = presentQuiz(article.quiz, 7);
		const result = runCli(['quiz', '--answers', letters(questions.map(() => 0)), '--seed', '7', '--json', '--no-save'], {env: {XDG_STATE_HOME: home}});
		expect(result.status).toBe(0);
		expect(existsSync(historyIn(home))).toBe(false);
	});

	it('records the written order as seed null, and seed 0 as 0, which is another order', () => {
		const home = stateHome();
		const keys = (seed: number | null) => letters(presentQuiz(article.quiz, seed).map((question) => question.answer));
		expect(keys(0)).not.toBe(keys(null));
		expect(runCli(['quiz', '--answers', keys(null), '--json'], {env: {XDG_STATE_HOME: home}}).stdout).toMatch(/"seed": null/);
		runCli(['quiz', '--answers', keys(0), '--seed', '0'], {env: {XDG_STATE_HOME: home}});
		expect(attemptsIn(home)).toMatchObject([{seed: null, score: article.quiz.length}, {seed: 0, score: article.quiz.length}]);
	});

	it('still answers when the history is corrupt, says where the old one was kept, and keeps each corrupt file', () => {
		const home = stateHome();
		const file = historyIn(home);
		mkdirSync(path.dirname(file), {recursive: true});
		const answers = letters(article.quiz.map(() => 0));
		writeFileSync(file, 'not json');
		const first = runCli(['quiz', '--answers', answers, '--json'], {env: {XDG_STATE_HOME: home}});
		expect(first.status).toBe(0);
		expect(resultOf(first.stdout).total).toBe(article.quiz.length);
		expect(first.stderr).toBe(`press-reader: quiz history ${file} was corrupt (not JSON); it is kept as quiz-history.json.corrupt and a new one started\n`);
		writeFileSync(file, '{"version": 2}');
		const second = runCli(['quiz', '--answers', answers], {env: {XDG_STATE_HOME: home}});
		expect(second.stderr).toMatch(/^press-reader: quiz history .* was corrupt \(attempts: .*\); it is kept as quiz-history\.json\.corrupt-2 and a new one started\n$/);
		expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('not json');
		expect(readFileSync(`${file}.corrupt-2`, 'utf8')).toBe('{"version": 2}');
		expect(attemptsIn(home)).toHaveLength(1);
	});

	it('answers but records nothing in a history from a newer press-reader, naming its version, and leaves it alone', () => {
		const home = stateHome();
		const file = historyIn(home);
		mkdirSync(path.dirname(file), {recursive: true});
		const future = JSON.stringify({version: 3, attempts: [{kept: 'as it is'}]});
		writeFileSync(file, future);
		const result = runCli(['quiz', '--answers', letters(article.quiz.map(() => 0))], {env: {XDG_STATE_HOME: home}});
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^\d+ of 17 right\n$/);
		expect(result.stderr).toBe(`press-reader: quiz history ${file} is version 3, newer than this press-reader reads (2); it is left as it is and attempts are not saved\n`);
		expect(readFileSync(file, 'utf8')).toBe(future);
		expect(readdirSync(path.dirname(file))).toEqual(['quiz-history.json']);
	});

	it('leaves a read-only history as it is, bytes and mode, with a one-line warning', () => {
		const home = stateHome();
		const file = historyIn(home);
		mkdirSync(path.dirname(file), {recursive: true});
		const answers = letters(article.quiz.map(() => 0));
		runCli(['quiz', '--answers', answers], {env: {XDG_STATE_HOME: home}});
		chmodSync(file, 0o444);
		const before = readFileSync(file, 'utf8');
		const result = runCli(['quiz', '--answers', answers], {env: {XDG_STATE_HOME: home}});
		expect(result.status).toBe(0);
		expect(result.stderr).toBe(`press-reader: quiz history ${file} is read-only; it is left as it is and attempts are not saved\n`);
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(statSync(file).mode & 0o777).toBe(0o444);
	});

	for (const [answers, message] of [
		['A,B', /^press-reader: --answers has 2 answers; the quiz has 17 questions\n$/],
		['', /^press-reader: --answers has 0 answers; the quiz has 17 questions\n$/],
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

describe('press-reader quiz, option edges', () => {
	it('refuses --json without --answers, in one line, exit 2, recording nothing', () => {
		const home = stateHome();
		const result = runCli(['quiz', '--json'], {env: {XDG_STATE_HOME: home}});
		expect(result).toEqual({status: 2, stdout: '', stderr: 'press-reader: --json needs --answers (press-reader quiz --answers B,A,… --json)\n'});
		expect(existsSync(historyIn(home))).toBe(false);
	});

	it('refuses answers to an article without questions, exit 1', () => {
		const file = path.join(stateHome(), 'no-quiz.yaml');
		writeFileSync(file, `${minimalSource.slice(0, minimalSource.indexOf('quiz:'))}quiz: []\n`);
		const result = runCli(['quiz', file, '--answers', '']);
		expect(result).toEqual({status: 1, stdout: '', stderr: `press-reader: ${file} has no quiz questions\n`});
	});
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
