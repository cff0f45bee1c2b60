import {describe, expect, it} from 'vitest';
import {formatDuration, missed, presentQuiz, quizReducer, score, startQuiz, type QuizState} from '../../src/quiz/session.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();

describe('shuffling', () => {
	it('gives the same order for the same seed and another for another seed', () => {
		const ids = (seed: number) => presentQuiz(article.quiz, seed).map((question) => `${question.id}:${question.options.join('|')}`);
		expect(ids(7)).toEqual(ids(7));
		expect(ids(7)).not.toEqual(ids(8));
	});

	it('keeps the key right for every seed', () => {
		for (let seed = 0; seed < 300; seed++) {
			for (const question of presentQuiz(article.quiz, seed)) {
				expect(question.options[question.answer]).toBe(question.source.options[question.source.answer]);
				expect([...question.options].sort()).toEqual([...question.source.options].sort());
			}
		}
	});

	it('moves the correct option around', () => {
		const positions = new Set(presentQuiz(article.quiz, 1).map((question) => question.answer));
		expect(positions.size).toBeGreaterThanOrEqual(3);
	});

	it('keeps the written order without a seed', () => {
		const written = presentQuiz(article.quiz, null);
		expect(written.map((question) => question.id)).toEqual(article.quiz.map((question) => question.id));
		expect(written.map((question) => question.answer)).toEqual(article.quiz.map((question) => question.answer));
	});
});

describe('a round', () => {
	const answerAll = (state: QuizState, pick: (index: number) => number, now = 1000): QuizState =>
		state.questions.reduce((current, _, index) => {
			const chosen = quizReducer(current, {type: 'choose', option: pick(index), now});
			return quizReducer(chosen, {type: 'advance', now: now + index});
		}, state);

	it('goes question, feedback, next question, and ends with a score and a time', () => {
		let state = startQuiz(article.quiz, 3, 0);
		expect(state.phase).toBe('question');
		state = quizReducer(state, {type: 'choose', option: state.questions[0]!.answer, now: 5});
		expect(state.phase).toBe('feedback');
		expect(quizReducer(state, {type: 'choose', option: 0, now: 6})).toBe(state);
		state = quizReducer(state, {type: 'advance', now: 7});
		expect([state.phase, state.index]).toEqual(['question', 1]);
		const done = answerAll(startQuiz(article.quiz, 3, 0), (index) => (index < 5 ? 0 : 1), 1000);
		expect(done.phase).toBe('end');
		expect(done.finishedAt).toBe(1000 + article.quiz.length - 1);
		expect(score(done)).toBe(done.questions.filter((question, index) => question.answer === (index < 5 ? 0 : 1)).length);
	});

	it('reviews only the mistakes, then retries everything in a fresh order', () => {
		const start = startQuiz(article.quiz, 3, 0);
		const done = answerAll(start, (index) => (index < 3 ? (start.questions[index]!.answer + 1) % start.questions[index]!.options.length : start.questions[index]!.answer));
		expect(missed(done).map((question) => question.id)).toEqual(start.questions.slice(0, 3).map((question) => question.id));
		const review = quizReducer(done, {type: 'reviewMistakes', now: 2000});
		expect(review.round).toBe('review');
		expect(review.questions.map((question) => question.id).sort()).toEqual(start.questions.slice(0, 3).map((question) => question.id).sort());
		const retry = quizReducer(answerAll(review, () => 0), {type: 'retry', seed: 99, now: 3000});
		expect(retry.round).toBe('all');
		expect(retry.questions).toHaveLength(article.quiz.length);
		expect(retry.answers.every((answer) => answer === null)).toBe(true);
		expect(retry.questions.map((question) => question.id)).not.toEqual(start.questions.map((question) => question.id));
	});

	it('formats durations', () => {
		expect(formatDuration(45_400)).toBe('45s');
		expect(formatDuration(125_000)).toBe('2m 05s');
	});
});

describe('a round: what the player can and cannot do', () => {
	it('ignores an option before the first or past the last', () => {
		const state = startQuiz(article.quiz, 3, 0);
		expect(quizReducer(state, {type: 'choose', option: -1, now: 1})).toBe(state);
		expect(quizReducer(state, {type: 'choose', option: state.questions[0]!.options.length, now: 1})).toBe(state);
	});

	it('does not move on before the question is answered', () => {
		const state = startQuiz(article.quiz, 3, 0);
		expect(quizReducer(state, {type: 'advance', now: 1})).toBe(state);
	});

	it('offers a review of mistakes only once the round is over, and only when there were some', () => {
		const state = startQuiz(article.quiz, 3, 0);
		const wrong = quizReducer(state, {type: 'choose', option: (state.questions[0]!.answer + 1) % state.questions[0]!.options.length, now: 1});
		expect(quizReducer(wrong, {type: 'reviewMistakes', now: 2})).toBe(wrong);
		const perfect = state.questions.reduce((current, question) => quizReducer(quizReducer(current, {type: 'choose', option: question.answer, now: 1}), {type: 'advance', now: 2}), state);
		expect(perfect.phase).toBe('end');
		expect(quizReducer(perfect, {type: 'reviewMistakes', now: 3})).toBe(perfect);
	});

	it('counts as missed only questions answered wrong, not those never reached', () => {
		const state = startQuiz(article.quiz, 3, 0);
		const first = state.questions[0]!;
		const abandoned = quizReducer(state, {type: 'choose', option: (first.answer + 1) % first.options.length, now: 1});
		expect(missed(abandoned).map((question) => question.id)).toEqual([first.id]);
		expect(score(abandoned)).toBe(0);
	});

	it('ends at once, with no time taken, when there are no questions', () => {
		const state = startQuiz([], 3, 500);
		expect([state.phase, state.startedAt, state.finishedAt, state.questions]).toEqual(['end', 500, 500, []]);
	});

	it('retries in the order of the new seed, not the order just played', () => {
		const played = startQuiz(article.quiz, 3, 0);
		const retry = quizReducer(played, {type: 'retry', seed: 99, now: 10});
		expect(retry.seed).toBe(99);
		expect(retry.questions).toEqual(presentQuiz(article.quiz, 99));
		expect([retry.phase, retry.index, retry.startedAt, retry.finishedAt]).toEqual(['question', 0, 10, null]);
	});
});
