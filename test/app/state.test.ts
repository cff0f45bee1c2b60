import {describe, expect, it} from 'vitest';
import {appMode, appReducer, initialAppState, keyAction, roundInProgress, type AppState} from '../../src/app/state.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const start = (page: 'reader' | 'quiz' = 'reader') => initialAppState(article, {viewport: {cols: 80, rows: 24}, page, seed: 4, now: 0, best: null});
/** Keys as the input owner sends them: each resolved against the screen it was pressed on. */
const press = (state: AppState, ...names: string[]) =>
	names.reduce((current, name) => {
		const action = keyAction(current, name.length === 1 ? {name, text: name} : {name}, 100, 4);
		return action === null ? current : appReducer(article, current, action);
	}, state);

describe('moving between the reader and the quiz', () => {
	it('x starts the quiz from the reader; Esc goes back and x resumes where it was', () => {
		let state = press(start(), 'x');
		expect([state.page, appMode(state)]).toEqual(['quiz', 'quizQuestion']);
		const first = state.quiz!.questions[0]!;
		state = press(state, 'abcd'[first.answer]!);
		expect(appMode(state)).toBe('quizFeedback');
		state = press(state, 'escape');
		expect(state.page).toBe('reader');
		state = press(state, 'x');
		expect([state.page, state.quiz!.index, appMode(state)]).toEqual(['quiz', 0, 'quizFeedback']);
	});

	it('r opens the cited passage in the reader, marked; Esc returns to the same feedback', () => {
		let state = start('quiz');
		const question = state.quiz!.questions[0]!;
		state = appReducer(article, state, {type: 'choose', option: question.answer, now: 10});
		state = press(state, 'r');
		expect(state.page).toBe('reader');
		expect(state.visiting).toBe(true);
		const evidence = question.source.evidence[0]!;
		expect(article.sections[state.reader.section]!.paragraphs.map((paragraph) => paragraph.id)).toContain(evidence.paragraphId);
		expect(state.reader.dialogue).toBe(false);
		expect(state.reader.search.query).toBe(evidence.text);
		state = press(state, 'escape');
		expect([state.page, appMode(state), state.reader.search.query]).toEqual(['quiz', 'quizFeedback', '']);
	});

	it('leaves the keys of the list on screen to the list', () => {
		const state = start('quiz');
		expect(press(state, 'j', 'down', 'return', '1')).toEqual(state);
	});

	it('knows a round in progress (for recording it as abandoned) and quits from the quiz', () => {
		let state = start('quiz');
		expect(roundInProgress(state)).not.toBeNull();
		state = press(state, 'q');
		expect(state.quit).toBe(true);
	});

	it('end-of-round choices: review, retry (best updated), back to the article', () => {
		let state = start('quiz');
		for (const question of state.quiz!.questions) {
			state = appReducer(article, state, {type: 'choose', option: (question.answer + 1) % question.options.length, now: 10});
			state = press(state, 'return');
		}
		// Enter on the feedback moved on; on the last one it ended the round.
		expect(appMode(state)).toBe('quizEnd');
		expect(roundInProgress(state)).toBeNull();
		const review = appReducer(article, state, {type: 'end', choice: 'review', now: 20, seed: 5});
		expect(review.quiz!.round).toBe('review');
		const retry = appReducer(article, state, {type: 'end', choice: 'retry', now: 20, seed: 5});
		expect(retry.best).toEqual({score: 0, total: article.quiz.length});
		expect(appReducer(article, state, {type: 'end', choice: 'reader', now: 20, seed: 5}).page).toBe('reader');
	});
});

describe('keys that change nothing', () => {
	it('leave the app state as it was, so nothing is drawn again', () => {
		const state = start('quiz');
		const options = state.quiz!.questions[0]!.options.length;
		expect(options).toBeLessThan(4);
		// A letter past the last option, the same through ink-select-input, and "next question" before answering.
		expect(press(state, 'abcd'[options]!)).toBe(state);
		expect(appReducer(article, state, {type: 'choose', option: options, now: 1})).toBe(state);
		expect(press(state, 'n')).toBe(state);
	});
});
