import {describe, expect, it} from 'vitest';
import {quizFeedbackScreen, quizListScreen} from '../../src/app/quizFrame.js';
import {appReducer, initialAppState} from '../../src/app/state.js';
import {lineText} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const quizAt = (cols: number, rows: number) => initialAppState(article, {viewport: {cols, rows}, page: 'quiz', seed: 11, now: 0, best: null});

describe('the quiz around its list', () => {
	it('gives every option its own entry, lettered, wrapped to the body less the pointer', () => {
		const state = quizAt(90, 40);
		const question = state.quiz!.questions[0]!;
		const screen = quizListScreen(article, state);
		expect(screen.entries.map((lines) => lines.map(lineText).join(' '))).toEqual(question.options.map((option, index) => `${'ABCD'[index]}. ${option}`));
		expect(screen.limit).toBeUndefined();
		expect(screen.intro.map(lineText).join(' ')).toContain(question.question);
		expect(screen.header).toHaveLength(2);
		expect(screen.footer).toHaveLength(2);
		for (const lines of screen.entries) for (const line of lines) expect(lineText(line).length).toBeLessThanOrEqual(screen.width - 2);
	});

	it('on a short terminal shows as many options as fit and says how many more there are', () => {
		const state = quizAt(50, 10);
		const question = state.quiz!.questions[0]!;
		const screen = quizListScreen(article, state);
		expect(screen.limit).toBeLessThan(question.options.length);
		const tallest = Math.max(...screen.entries.map((lines) => lines.length));
		expect(screen.intro.length + screen.limit! * tallest).toBeLessThanOrEqual(10 - 4);
		expect(lineText(screen.header[1]!)).toMatch(new RegExp(`${question.options.length - screen.limit!} more: ↑/↓`));
	});

	it('repeats the question above the feedback', () => {
		const state = quizAt(90, 40);
		const question = state.quiz!.questions[0]!;
		const answered = appReducer(article, state, {type: 'choose', option: question.answer, now: 1});
		const text = quizFeedbackScreen(article, answered).map(lineText);
		expect(text.findIndex((line) => line.includes(question.question.slice(0, 30)))).toBeLessThan(text.findIndex((line) => line.includes('✓ Right')));
	});
});
