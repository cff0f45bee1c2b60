// A quiz round as pure state: the shuffled questions, the answers given, and what the player
// sees next. Time comes in with the actions, so the reducer stays pure.
import type {Question} from '../content/model.js';
import {seededRandom, shuffle} from './shuffle.js';

export interface PresentedQuestion {
	id: string;
	question: string;
	/** Options in the order shown. */
	options: string[];
	/** Index of the correct option in `options`. */
	answer: number;
	source: Question;
}

export type Phase = 'question' | 'feedback' | 'end';
export type Round = 'all' | 'review';

export interface QuizState {
	/** Every question of the article: retry starts again from these. */
	pool: readonly Question[];
	seed: number;
	round: Round;
	questions: PresentedQuestion[];
	index: number;
	/** The option chosen for each question of the round, in displayed positions; null if not yet. */
	answers: Array<number | null>;
	phase: Phase;
	startedAt: number;
	finishedAt: number | null;
}

export type QuizAction =
	| {type: 'choose'; option: number; now: number}
	| {type: 'advance'; now: number}
	| {type: 'reviewMistakes'; now: number}
	| {type: 'retry'; seed: number; now: number};

/**
 * Shuffles question order and each question's options; the same seed gives the same quiz.
 * A null seed keeps the order as written (the printed quiz and --answers without --seed).
 */
export function presentQuiz(questions: readonly Question[], seed: number | null): PresentedQuestion[] {
	const random = seed === null ? null : seededRandom(seed);
	const ordered = random === null ? [...questions] : shuffle(questions, random);
	return ordered.map((question) => {
		const written = question.options.map((_, index) => index);
		const order = random === null ? written : shuffle(written, random);
		return {
			id: question.id,
			question: question.question,
			options: order.map((index) => question.options[index]!),
			answer: order.indexOf(question.answer),
			source: question,
		};
	});
}

export function startQuiz(pool: readonly Question[], seed: number, now: number, round: Round = 'all', questions: readonly Question[] = pool): QuizState {
	const presented = presentQuiz(questions, seed);
	return {pool, seed, round, questions: presented, index: 0, answers: presented.map(() => null), phase: presented.length === 0 ? 'end' : 'question', startedAt: now, finishedAt: presented.length === 0 ? now : null};
}

export function score(state: Pick<QuizState, 'questions' | 'answers'>): number {
	return state.questions.filter((question, index) => state.answers[index] === question.answer).length;
}

export function missed(state: Pick<QuizState, 'questions' | 'answers'>): PresentedQuestion[] {
	return state.questions.filter((question, index) => state.answers[index] !== null && state.answers[index] !== question.answer);
}

export function answeredCount(state: QuizState): number {
	return state.answers.filter((answer) => answer !== null).length;
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
	switch (action.type) {
		case 'choose': {
			const question = state.questions[state.index];
			if (state.phase !== 'question' || question === undefined) return state;
			if (action.option < 0 || action.option >= question.options.length) return state;
			const answers = [...state.answers];
			answers[state.index] = action.option;
			return {...state, answers, phase: 'feedback'};
		}
		case 'advance': {
			if (state.phase !== 'feedback') return state;
			if (state.index + 1 < state.questions.length) return {...state, index: state.index + 1, phase: 'question'};
			return {...state, phase: 'end', finishedAt: action.now};
		}
		case 'reviewMistakes': {
			if (state.phase !== 'end') return state;
			const wrong = missed(state).map((question) => question.source);
			if (wrong.length === 0) return state;
			return startQuiz(state.pool, state.seed + 1, action.now, 'review', wrong);
		}
		case 'retry':
			return startQuiz(state.pool, action.seed, action.now);
	}
}

/** "2m 05s", "45s". */
export function formatDuration(milliseconds: number): string {
	const seconds = Math.max(0, Math.round(milliseconds / 1000));
	const minutes = Math.floor(seconds / 60);
	return minutes > 0 ? `${minutes}m ${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

export const optionLetters = 'ABCD';
