import {describe, expect, it} from 'vitest';
import {appMode, appReducer, initialAppState, keyAction, quizTextLines, quizTextRoom, roundInProgress, type AppState} from '../../src/app/state.js';
import type {Best} from '../../src/quiz/lines.js';
import {presentQuiz} from '../../src/quiz/session.js';
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

/** Answers every question of the round on screen, the first `right` of them correctly, and ends it. */
function finishRound(state: AppState, right: number): AppState {
	let current = state;
	current.quiz!.questions.forEach((question, index) => {
		const option = index < right ? question.answer : (question.answer + 1) % question.options.length;
		current = appReducer(article, current, {type: 'choose', option, now: 10});
		current = press(current, 'return');
	});
	return current;
}
const at = (cols: number, rows: number, best: Best | null = null, page: 'reader' | 'quiz' = 'quiz') => initialAppState(article, {viewport: {cols, rows}, page, seed: 4, now: 0, best});

describe('starting the app', () => {
	it('opens on the reader when asked for the reader, with no quiz begun', () => {
		const state = start();
		expect([state.page, state.quiz, appMode(state)]).toEqual(['reader', null, 'reader']);
	});

	it('opens on the reader, not on an empty quiz, for an article without questions', () => {
		const state = initialAppState({...article, quiz: []}, {viewport: {cols: 80, rows: 24}, page: 'quiz', seed: 4, now: 0, best: null});
		expect([state.page, state.quiz]).toEqual(['reader', null]);
	});

	it('says so when x asks for the quiz of an article without questions, until the next key', () => {
		const noQuiz = {...article, quiz: []};
		const asked = appReducer(noQuiz, start(), {type: 'command', command: {name: 'quiz'}, now: 0, seed: 4});
		expect([asked.page, asked.notice]).toEqual(['reader', 'This article has no quiz.']);
		const moved = appReducer(noQuiz, asked, {type: 'command', command: {name: 'last'}, now: 0, seed: 4});
		expect([moved.notice, moved.reader.section]).toEqual([null, article.sections.length - 1]);
	});

	it('shows a notice sent to it, such as a history warning, until the next key', () => {
		const warned = appReducer(article, start(), {type: 'notice', text: 'quiz history is read-only'});
		expect(warned.notice).toBe('quiz history is read-only');
		expect(press(warned, 'right').notice).toBeNull();
	});
});

describe('the reader while a quiz is under way', () => {
	const aside = () => press(start('quiz'), 'escape');

	it('takes the reader’s keys, not the quiz’s', () => {
		const state = aside();
		expect([state.page, appMode(state)]).toEqual(['reader', 'reader']);
		expect(press(state, 'G').reader.section).toBe(article.sections.length - 1);
	});

	it('ignores an option chosen in a list that is no longer on screen', () => {
		const state = aside();
		expect(appReducer(article, state, {type: 'choose', option: state.quiz!.questions[0]!.answer, now: 10})).toBe(state);
	});

	it('leaves the state as it was for keys that change nothing, so nothing is drawn again', () => {
		const state = aside();
		expect(press(state, 'left')).toBe(state);
		expect(keyAction(state, {name: 'z', text: 'z'}, 0, 4)).toBeNull();
	});

	it('while the terminal is too small to show anything but the request for a larger one, takes only q: no answer is chosen unseen', () => {
		const tiny = (state: AppState) => appReducer(article, state, {type: 'resize', viewport: {cols: 30, rows: 8}});
		const asking = tiny(start('quiz'));
		for (const key of ['a', '1', 'return', 'x', 'escape', 'right', 'space', '/', 't']) expect(keyAction(asking, key.length === 1 ? {name: key, text: key} : {name: key}, 0, 4), key).toBeNull();
		expect(press(tiny(start()), 'x', 'l', 'g')).toEqual(tiny(start()));
		expect(press(asking, 'q').quit).toBe(true);
	});

	it('takes only typed text into a search, not named keys it has no use for', () => {
		const searching = press(aside(), '/', 'a');
		expect(keyAction(searching, {name: 'down'}, 0, 4)).toBeNull();
		expect(keyAction(searching, {name: 'b', text: 'b'}, 0, 4)).toEqual({type: 'type', text: 'b'});
	});

	it('clears a search on Esc and stays in the reader', () => {
		let state = press(aside(), '/', 'l', 'a', 'v', 'r', 'o', 'v', 'return');
		expect(state.reader.search.query).toBe('lavrov');
		state = press(state, 'escape');
		expect([state.page, state.reader.search.query]).toEqual(['reader', '']);
	});

	it('has no quiz text to scroll', () => {
		expect(quizTextLines(article, start())).toEqual([]);
		expect(quizTextLines(article, start('quiz'))).toEqual([]);
	});
});

describe('visiting the passage a quiz answer cites', () => {
	const visiting = () => {
		const state = start('quiz');
		return press(appReducer(article, state, {type: 'choose', option: state.quiz!.questions[0]!.answer, now: 10}), 'r');
	};

	it('leaves the quiz on screen as it is for a reader command', () => {
		const state = start('quiz');
		expect(appReducer(article, state, {type: 'command', command: {name: 'next'}, now: 0, seed: 4})).toBe(state);
	});

	it('cannot open the passage before the question is answered, which would give the answer away', () => {
		const state = start('quiz');
		expect(appReducer(article, state, {type: 'command', command: {name: 'readEvidence'}, now: 0, seed: 4})).toBe(state);
	});

	it('scrolls the passage with the reader’s keys rather than going back', () => {
		const state = press(visiting(), 'j');
		expect([state.page, state.visiting]).toEqual(['reader', true]);
	});

	it('closes help opened over the passage before going back to the quiz', () => {
		let state = press(visiting(), '?', 'escape');
		expect([state.page, state.reader.overlay]).toEqual(['reader', null]);
		state = press(state, 'escape');
		expect([state.page, appMode(state)]).toEqual(['quiz', 'quizFeedback']);
	});

	it('once back in the quiz with x, Esc in the reader no longer leads back to it', () => {
		let state = press(visiting(), 'x');
		expect([state.page, state.visiting]).toEqual(['quiz', false]);
		state = press(state, 'escape', 'escape');
		expect(state.page).toBe('reader');
	});
});

describe('scrolling the quiz text on a small terminal', () => {
	it('scrolls feedback line by line, never above the top or past the end', () => {
		const state = at(40, 12);
		const question = state.quiz!.questions[0]!;
		let feedback = appReducer(article, state, {type: 'choose', option: question.answer, now: 10});
		const end = quizTextLines(article, feedback).length - quizTextRoom(feedback);
		expect(end).toBeGreaterThan(2);
		expect(press(feedback, 'up')).toBe(feedback);
		feedback = press(feedback, 'j', 'down');
		expect(feedback.quizScroll).toBe(2);
		expect(press(feedback, 'k').quizScroll).toBe(1);
		for (let line = 0; line < 200; line++) feedback = press(feedback, 'j');
		expect(feedback.quizScroll).toBe(end);
	});

	it('pages the end summary a screen less a line at a time, and goes to its bottom and top', () => {
		let state = finishRound(at(40, 14), 0);
		expect(appMode(state)).toBe('quizEnd');
		const room = quizTextRoom(state);
		const end = quizTextLines(article, state).length - room;
		expect(end).toBeGreaterThan(room);
		state = press(state, 'pagedown');
		expect(state.quizScroll).toBe(room - 1);
		expect(press(state, 'pagedown', 'pageup').quizScroll).toBe(room - 1);
		expect(press(state, 'pageup').quizScroll).toBe(0);
		state = press(state, 'end');
		expect(state.quizScroll).toBe(end);
		expect(press(state, 'home').quizScroll).toBe(0);
	});
});

describe('the end of a round', () => {
	it('quits on Quit', () => {
		const state = finishRound(start('quiz'), 0);
		expect(appReducer(article, state, {type: 'end', choice: 'quit', now: 20, seed: 5}).quit).toBe(true);
	});

	it('retries every question in the order of the new seed, not the order just played', () => {
		const state = finishRound(start('quiz'), 0);
		const retry = appReducer(article, state, {type: 'end', choice: 'retry', now: 20, seed: 5});
		expect(retry.quiz!.seed).toBe(5);
		expect(retry.quiz!.questions).toEqual(presentQuiz(article.quiz, 5));
		expect(retry.quiz!.questions).not.toEqual(state.quiz!.questions);
		expect([retry.page, appMode(retry), retry.quizScroll]).toEqual(['quiz', 'quizQuestion', 0]);
	});

	it('does nothing without a quiz', () => {
		const state = start();
		expect(appReducer(article, state, {type: 'end', choice: 'retry', now: 20, seed: 5})).toBe(state);
	});

	it('does not count a review of mistakes toward the best score', () => {
		const total = article.quiz.length;
		let state = finishRound(start('quiz'), 0);
		state = appReducer(article, state, {type: 'end', choice: 'review', now: 20, seed: 5});
		expect(state.best).toEqual({score: 0, total});
		state = finishRound(state, total);
		expect([state.quiz!.round, appMode(state)]).toEqual(['review', 'quizEnd']);
		state = appReducer(article, state, {type: 'end', choice: 'retry', now: 30, seed: 6});
		expect(state.best).toEqual({score: 0, total});
	});

	it('keeps the earlier best when this round did worse, and replaces it when better', () => {
		const total = article.quiz.length;
		const worse = finishRound(at(80, 24, {score: total - 1, total}), 1);
		expect(appReducer(article, worse, {type: 'end', choice: 'retry', now: 20, seed: 5}).best).toEqual({score: total - 1, total});
		const better = finishRound(at(80, 24, {score: 1, total}), 2);
		expect(appReducer(article, better, {type: 'end', choice: 'reader', now: 20, seed: 5}).best).toEqual({score: 1, total});
		expect(appReducer(article, better, {type: 'end', choice: 'retry', now: 20, seed: 5}).best).toEqual({score: 2, total});
	});

	it('keeps the earlier best on a tie, measured as a proportion when the article’s question count changed', () => {
		const total = article.quiz.length;
		const tie = finishRound(at(80, 24, {score: 2, total: 2 * total}), 1);
		expect(appReducer(article, tie, {type: 'end', choice: 'retry', now: 20, seed: 5}).best).toEqual({score: 2, total: 2 * total});
	});
});

describe('help from the quiz', () => {
	it('? on a question opens the keys over the article, and Esc goes back to the same question', () => {
		const question = press(start('quiz'), 'j');
		const help = press(question, '?');
		expect(help.page).toBe('reader');
		expect(help.reader.overlay).toBe('help');
		expect(appMode(help)).toBe('overlay');
		const scrolled = press(help, 'j', 'pagedown');
		expect([scrolled.page, scrolled.reader.overlay]).toEqual(['reader', 'help']);
		expect(scrolled.reader.overlayScroll).toBeGreaterThan(0);
		const back = press(help, 'escape');
		expect(back.page).toBe('quiz');
		expect(back.quiz).toBe(question.quiz);
		expect(back.reader.overlay).toBeNull();
	});

	it('? again closes it the same way, and after an answer it comes back to the feedback', () => {
		const feedback = press(start('quiz'), 'a');
		expect(appMode(feedback)).toBe('quizFeedback');
		expect(appMode(press(feedback, '?', '?'))).toBe('quizFeedback');
	});

	it('help opened in the reader still closes into the reader, also after a trip to it from the quiz', () => {
		const help = press(start('reader'), '?');
		expect(press(help, 'escape').page).toBe('reader');
		const afterTrip = press(start('quiz'), '?', 'escape', 'escape', '?');
		expect([afterTrip.page, afterTrip.reader.overlay]).toEqual(['reader', 'help']);
		expect(press(afterTrip, 'escape').page).toBe('reader');
	});
});
