import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {stripVTControlCharacters} from 'node:util';
import {App} from '../../src/ui/App.js';
import {SurfaceContext} from '../../src/ui/surface.js';
import {createTheme} from '../../src/screen/theme.js';
import {presentQuiz, type QuizState} from '../../src/quiz/session.js';
import {loadBundled} from '../helpers/content.js';
import {frameText, keys, send, settle} from '../helpers/ink.js';

const article = loadBundled();
const theme = createTheme('dark', false);
const seed = 11;
const questions = presentQuiz(article.quiz, seed);
afterEach(() => cleanup());

async function openQuiz(cols = 90, rows = 40, extra: Partial<React.ComponentProps<typeof App>> = {}) {
	const app = render(<App article={article} theme={theme} viewport={{cols, rows}} screen="quiz" seed={seed} {...extra} />);
	await settle();
	// Text wraps across lines; compare with white space folded.
	return {...app, screen: () => frameText(app).replace(/\s+/g, ' ')};
}

/** Keys that move ink-select-input from the first option to `index` and choose it. */
const choose = (index: number) => [...Array.from({length: index}, () => keys.down), keys.enter];

describe('taking the quiz', () => {
	it('shows the question and its options, lettered', async () => {
		const {screen} = await openQuiz();
		expect(screen()).toContain('Quiz · question 1 of 17');
		expect(screen()).toContain(questions[0]!.question);
		questions[0]!.options.forEach((option, index) => expect(screen()).toContain(`${'ABCD'[index]}. ${option}`));
	});

	it('a right answer with arrows and Enter: feedback, explanation and the cited passage with its position', async () => {
		const {screen, stdin} = await openQuiz();
		await send(stdin, ...choose(questions[0]!.answer));
		expect(screen()).toContain(`✓ Right: ${'ABCD'[questions[0]!.answer]}. ${questions[0]!.options[questions[0]!.answer]}`);
		expect(screen()).toContain(questions[0]!.source.explanation.replace(/\s+/g, ' '));
		expect(screen()).toMatch(/From ¶ \d+, section \d “[^”]+”:/);
		expect(screen()).toContain('1 of 1 right so far');
	});

	it('a wrong answer by number names the correct option', async () => {
		const {screen, stdin} = await openQuiz();
		await send(stdin, ...choose(questions[0]!.answer), keys.enter);
		const second = questions[1]!;
		const wrong = (second.answer + 1) % second.options.length;
		await send(stdin, String(wrong + 1));
		expect(screen()).toContain(`✗ Not quite. You chose ${'ABCD'[wrong]}. ${second.options[wrong]}`);
		expect(screen()).toContain(`The answer: ${'ABCD'[second.answer]}. ${second.options[second.answer]}`);
		expect(screen()).toContain('1 of 2 right so far');
	});

	it('chooses with j/k and with letters too', async () => {
		const {screen, stdin} = await openQuiz();
		await send(stdin, 'j', 'k', 'abcd'[questions[0]!.answer]!);
		expect(screen()).toContain('✓ Right');
	});

	it('ends with the score, the time, the best before and the missed questions; review re-asks only those', async () => {
		const ended: QuizState[] = [];
		const {screen, stdin} = await openQuiz(90, 60, {best: {score: 9, total: 17}, onRoundEnd: (quiz) => ended.push(quiz)});
		for (const [index, question] of questions.entries()) {
			const answer = index < 2 ? (question.answer + 1) % question.options.length : question.answer;
			await send(stdin, 'abcd'[answer]!, keys.enter);
		}
		expect(screen()).toContain('15 of 17 right (88%)');
		expect(screen()).toMatch(/Time: \d+s/);
		expect(screen()).toContain('Best before: 9 of 17');
		expect(screen()).toContain('Missed (2):');
		expect(screen()).toContain(`• ${questions[0]!.question}`);
		expect(ended).toHaveLength(1);
		await send(stdin, keys.enter);
		expect(screen()).toContain('Review · question 1 of 2');
	});

	it('starts each question with the first option highlighted, for the keys as for the screen', async () => {
		const {screen, stdin} = await openQuiz();
		await send(stdin, keys.down, keys.down);
		expect(screen()).toMatch(/❯ C\. /);
		await send(stdin, 'abcd'[questions[0]!.answer]!, keys.enter);
		expect(screen()).toContain('Quiz · question 2 of 17');
		expect(screen()).toMatch(/❯ A\. /);
		// Enter takes the highlighted option: A, not the third one highlighted before.
		await send(stdin, keys.enter);
		expect(screen()).toContain(questions[1]!.answer === 0 ? '✓ Right: A.' : '✗ Not quite. You chose A.');
	});

	it('on a short terminal shows the options that fit, and the highlight scrolls the rest into view', async () => {
		const {stdin, lastFrame} = await openQuiz(50, 10);
		const question = questions[0]!;
		const last = question.options.length - 1;
		const text = () => frameText({lastFrame});
		const lines = () => text().split('\n');
		expect(lines().length).toBeLessThanOrEqual(9);
		expect(text()).toMatch(/❯ A\. /);
		expect(lines().at(-2)).toMatch(/↓ \d more below/);
		expect(text()).not.toContain(`${'ABCD'[last]}. `);
		await send(stdin, ...Array.from({length: last}, () => keys.down));
		expect(text()).toContain(`❯ ${'ABCD'[last]}. `);
		expect(lines()[1]).toMatch(/↑ \d more above/);
		// Digits name options by their letter's place, whatever is scrolled into view.
		await send(stdin, String(question.answer + 1));
		expect(text()).toContain('✓ Right');
	});

	it('draws the end choices with the highlight, and Enter takes the highlighted one', async () => {
		const {screen, stdin} = await openQuiz(90, 60);
		for (const question of questions) await send(stdin, 'abcd'[question.answer]!, keys.enter);
		expect(screen()).toContain('17 of 17 right');
		expect(screen()).toContain('❯ Retry, in a fresh order');
		await send(stdin, keys.down);
		expect(screen()).toContain('❯ Back to the article');
		await send(stdin, keys.enter);
		expect(screen()).toMatch(/Interference/);
	});

	it('composes the feedback for every option ahead, while the question is up', async () => {
		const rehearsed: string[][] = [];
		const drawn: string[][] = [];
		const plain = (lines: string[]) => lines.map((line) => stripVTControlCharacters(line));
		const surface = {draw: (lines: string[]) => drawn.push(plain(lines)), release: () => {}, rehearse: (lines: string[]) => rehearsed.push(plain(lines))};
		render(
			<SurfaceContext.Provider value={surface}>
				<App article={article} theme={theme} viewport={{cols: 90, rows: 40}} screen="quiz" seed={seed} />
			</SurfaceContext.Provider>,
		);
		await settle();
		await new Promise((resolve) => setTimeout(resolve, 10));
		const question = questions[0]!;
		expect(rehearsed).toHaveLength(question.options.length);
		question.options.forEach((option, index) => expect(rehearsed[index]!.join(' ')).toContain(`${'ABCD'[index]}. ${option}`));
		expect(rehearsed.filter((lines) => lines.join(' ').includes('✓ Right'))).toHaveLength(1);
	});
});
