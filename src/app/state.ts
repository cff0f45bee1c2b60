// The whole app's state in one reducer: the reader, the quiz, and moving between them (a quiz
// answer's cited passage opens in the reader, and x or Esc comes back). Time and seeds arrive
// with the actions, so this stays pure.
import type {Article} from '../content/model.js';
import {commandFor, type Command, type KeyPress, type Mode} from '../keys/keymap.js';
import {frameFor, type Viewport} from '../screen/layout.js';
import {initialReaderState, modeOf as readerMode, readerReducer, type ReaderState} from '../reader/state.js';
import {endLines, feedbackLines, type Best, type EndChoice} from '../quiz/lines.js';
import {quizReducer, score, startQuiz, type QuizState} from '../quiz/session.js';

export type Screen = 'reader' | 'quiz';

export interface AppState {
	screen: Screen;
	reader: ReaderState;
	quiz: QuizState | null;
	/** Scroll of the quiz's feedback or end text. */
	quizScroll: number;
	/** The reader is showing a passage the quiz cited: Esc goes back to the quiz. */
	visiting: boolean;
	/** Best earlier score for this article, shown at the end of a round. */
	best: Best | null;
	quit: boolean;
}

export type AppAction =
	| {type: 'key'; press: KeyPress; now: number; seed: number}
	| {type: 'resize'; viewport: Viewport}
	/** An option chosen in ink-select-input. */
	| {type: 'choose'; option: number; now: number}
	| {type: 'end'; choice: EndChoice; now: number; seed: number};

export interface AppStart {
	viewport: Viewport;
	screen: Screen;
	seed: number;
	now: number;
	best: Best | null;
}

export function initialAppState(article: Article, start: AppStart): AppState {
	return {
		screen: start.screen,
		reader: initialReaderState(start.viewport),
		quiz: start.screen === 'quiz' ? startQuiz(article.quiz, start.seed, start.now) : null,
		quizScroll: 0,
		visiting: false,
		best: start.best,
		quit: false,
	};
}

export function appMode(state: AppState): Mode {
	if (state.screen === 'reader' || state.quiz === null) return readerMode(state.reader);
	return state.quiz.phase === 'question' ? 'quizQuestion' : state.quiz.phase === 'feedback' ? 'quizFeedback' : 'quizEnd';
}

/** The quiz text that scrolls (feedback or end summary), for clamping. */
export function quizTextLines(article: Article, state: AppState) {
	const {quiz} = state;
	if (quiz === null) return [];
	const {bodyWidth} = frameFor(state.reader.viewport);
	if (quiz.phase === 'feedback') {
		const question = quiz.questions[quiz.index]!;
		return feedbackLines(article, question, quiz.answers[quiz.index]!, bodyWidth);
	}
	if (quiz.phase === 'end') return endLines(quiz, state.best, bodyWidth);
	return [];
}

function clampQuizScroll(article: Article, state: AppState): AppState {
	const room = frameFor(state.reader.viewport).bodyHeight - (state.quiz?.phase === 'end' ? 5 : 0);
	const max = Math.max(0, quizTextLines(article, state).length - Math.max(1, room));
	const quizScroll = Math.min(Math.max(0, state.quizScroll), max);
	return quizScroll === state.quizScroll ? state : {...state, quizScroll};
}

function openQuiz(article: Article, state: AppState, now: number, seed: number): AppState {
	const reader = state.visiting ? {...state.reader, search: {draft: null, query: '', current: 0, total: 0}} : state.reader;
	const quiz = state.quiz ?? startQuiz(article.quiz, seed, now);
	return {...state, screen: 'quiz', quiz, reader, visiting: false};
}

/** The state with the quiz moved on, scrolled to the top; the same state when the quiz did not move. */
function withQuiz(state: AppState, quiz: QuizState): AppState {
	return quiz === state.quiz ? state : {...state, quiz, quizScroll: 0};
}

function quizCommand(article: Article, state: AppState, command: Command, now: number): AppState {
	const quiz = state.quiz!;
	switch (command.name) {
		case 'quit':
			return {...state, quit: true};
		case 'toReader':
			return {...state, screen: 'reader'};
		case 'chooseOption':
			return withQuiz(state, quizReducer(quiz, {type: 'choose', option: command.number ?? -1, now}));
		case 'advance':
			return withQuiz(state, quizReducer(quiz, {type: 'advance', now}));
		case 'readEvidence': {
			const evidence = quiz.questions[quiz.index]?.source.evidence[0];
			if (quiz.phase !== 'feedback' || evidence === undefined) return state;
			const reader = readerReducer(article, state.reader, {type: 'showPassage', paragraphId: evidence.paragraphId, text: evidence.text});
			return {...state, screen: 'reader', reader, visiting: true};
		}
		case 'scrollDown':
		case 'scrollUp':
			return clampQuizScroll(article, {...state, quizScroll: state.quizScroll + (command.name === 'scrollDown' ? 1 : -1)});
		default:
			return state;
	}
}

export function appReducer(article: Article, state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'resize':
			return clampQuizScroll(article, {...state, reader: readerReducer(article, state.reader, action)});
		case 'choose':
			if (state.screen !== 'quiz' || state.quiz === null) return state;
			return withQuiz(state, quizReducer(state.quiz, {type: 'choose', option: action.option, now: action.now}));
		case 'end': {
			if (state.quiz === null) return state;
			if (action.choice === 'quit') return {...state, quit: true};
			if (action.choice === 'reader') return {...state, screen: 'reader'};
			const quizAction = action.choice === 'review' ? {type: 'reviewMistakes' as const, now: action.now} : {type: 'retry' as const, seed: action.seed, now: action.now};
			return {...state, quiz: quizReducer(state.quiz, quizAction), quizScroll: 0, best: bestAfter(state.best, state.quiz)};
		}
		case 'key': {
			const mode = appMode(state);
			const command = commandFor(mode, action.press);
			if (state.screen === 'quiz' && state.quiz !== null) return command === null ? state : quizCommand(article, state, command, action.now);
			if (command?.name === 'quiz') return openQuiz(article, state, action.now, action.seed);
			if (state.visiting && command?.name === 'close' && state.reader.overlay === null) return openQuiz(article, state, action.now, action.seed);
			const reader = readerReducer(article, state.reader, {type: 'key', press: action.press});
			return {...state, reader, quit: reader.quit};
		}
	}
}

/** The best score once a finished full round counts too. */
function bestAfter(best: Best | null, quiz: QuizState): Best | null {
	if (quiz.round !== 'all' || quiz.phase !== 'end' || quiz.questions.length === 0) return best;
	const latest = {score: score(quiz), total: quiz.questions.length};
	return best === null || latest.score / latest.total > best.score / best.total ? latest : best;
}

/** A round in progress, for recording an abandoned attempt on quit. */
export function roundInProgress(state: AppState): QuizState | null {
	return state.quiz !== null && state.quiz.phase !== 'end' ? state.quiz : null;
}
