// The whole app's state in one reducer: the reader, the quiz, and moving between them (a quiz
// answer's cited passage opens in the reader, and x or Esc comes back). Time and seeds arrive
// with the actions, so this stays pure.
import type {Article} from '../content/model.js';
import {commandFor, type Command, type KeyPress, type Mode} from '../keys/keymap.js';
import {frameFor, isTooSmall, type Viewport} from '../screen/layout.js';
import {helpLineOf} from '../reader/overlays.js';
import {initialReaderState, modeOf as readerMode, readerReducer, type ReaderState} from '../reader/state.js';
import {endChoices, endLines, feedbackLines, type Best, type EndChoice} from '../quiz/lines.js';
import {quizReducer, score, startQuiz, type QuizState} from '../quiz/session.js';

/** What the app shows: the article, or the quiz. */
export type AppPage = 'reader' | 'quiz';

export interface AppState {
	page: AppPage;
	reader: ReaderState;
	quiz: QuizState | null;
	/** Scroll of the quiz's feedback or end text. */
	quizScroll: number;
	/** The reader is showing a passage the quiz cited: Esc goes back to the quiz. */
	visiting: boolean;
	/** The help was opened from the quiz: closing it goes back there. */
	helpFromQuiz: boolean;
	/** Best earlier score for this article, shown at the end of a round. */
	best: Best | null;
	/** A one-line message for the status line until the next key ("no quiz", a history warning). */
	notice: string | null;
	quit: boolean;
}

export type AppAction =
	/** A key, resolved through the keymap by the input owner. */
	| {type: 'command'; command: Command; now: number; seed: number}
	/** Text typed into the search. */
	| {type: 'type'; text: string}
	| {type: 'resize'; viewport: Viewport}
	/** An option chosen in the quiz's list. */
	| {type: 'choose'; option: number; now: number}
	/** A choice at the end of a round. */
	| {type: 'end'; choice: EndChoice; now: number; seed: number}
	/** A section chosen in the table of contents. */
	| {type: 'gotoSection'; section: number}
	| {type: 'notice'; text: string};

export interface AppStart {
	viewport: Viewport;
	page: AppPage;
	seed: number;
	now: number;
	best: Best | null;
}

export function initialAppState(article: Article, start: AppStart): AppState {
	const quiz = start.page === 'quiz' && article.quiz.length > 0 ? startQuiz(article.quiz, start.seed, start.now) : null;
	return {
		page: quiz === null ? 'reader' : 'quiz',
		reader: initialReaderState(start.viewport),
		quiz,
		quizScroll: 0,
		visiting: false,
		helpFromQuiz: false,
		best: start.best,
		notice: null,
		quit: false,
	};
}

export function appMode(state: AppState): Mode {
	if (state.page === 'reader' || state.quiz === null) return readerMode(state.reader);
	return state.quiz.phase === 'question' ? 'quizQuestion' : state.quiz.phase === 'feedback' ? 'quizFeedback' : 'quizEnd';
}

/**
 * The action a key stands for on the screen `state` shows, or null: resolved against that screen,
 * so a key means what the user saw when pressing it.
 */
export function keyAction(state: AppState, press: KeyPress, now: number, seed: number): AppAction | null {
	// A terminal too small shows only the request for a larger one, whatever the page (src/ui/App.tsx),
	// and it offers q: any other key would answer a question or move the reader unseen.
	if (isTooSmall(state.reader.viewport)) {
		const quit = commandFor('reader', press);
		return quit?.name === 'quit' ? {type: 'command', command: quit, now, seed} : null;
	}
	const mode = appMode(state);
	const command = commandFor(mode, press);
	if (command !== null) return {type: 'command', command, now, seed};
	if (mode === 'search' && press.text !== undefined && !press.ctrl) return {type: 'type', text: press.text};
	return null;
}

/** The quiz text that scrolls (feedback or end summary). */
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

/** Lines the quiz text has on screen: the body, less the end screen's choices and a blank line. */
export function quizTextRoom(state: AppState): number {
	const {bodyHeight} = frameFor(state.reader.viewport);
	const choices = state.quiz?.phase === 'end' ? endChoices(state.quiz).length + 1 : 0;
	return Math.max(1, bodyHeight - choices);
}

function scrollQuizText(article: Article, state: AppState, to: number): AppState {
	const max = Math.max(0, quizTextLines(article, state).length - quizTextRoom(state));
	const quizScroll = Math.min(Math.max(0, to), max);
	return quizScroll === state.quizScroll ? state : {...state, quizScroll};
}

function openQuiz(article: Article, state: AppState, now: number, seed: number): AppState {
	if (article.quiz.length === 0) return {...state, notice: 'This article has no quiz.'};
	const reader = state.visiting ? {...state.reader, search: {draft: null, query: '', current: 0, total: 0}} : state.reader;
	const quiz = state.quiz ?? startQuiz(article.quiz, seed, now);
	return {...state, page: 'quiz', quiz, reader, visiting: false};
}

/** The state with the quiz moved on, scrolled to the top; the same state when the quiz did not move. */
function withQuiz(state: AppState, quiz: QuizState): AppState {
	return quiz === state.quiz ? state : {...state, quiz, quizScroll: 0};
}

function quizCommand(article: Article, state: AppState, command: Command, now: number): AppState {
	const quiz = state.quiz!;
	const page = quizTextRoom(state) - 1;
	switch (command.name) {
		case 'quit':
			return {...state, quit: true};
		case 'toReader':
			return {...state, page: 'reader'};
		case 'help': {
			// The keys of every screen are in the reader's help overlay; it opens over the article,
			// at the keys of the quiz screen it was asked from.
			const opened = readerReducer(article, {...state.reader, overlay: null}, {type: 'command', command});
			const reader = readerReducer(article, {...opened, overlayScroll: helpLineOf(appMode(state), frameFor(state.reader.viewport).bodyWidth)}, {type: 'resize', viewport: opened.viewport});
			return {...state, page: 'reader', reader, helpFromQuiz: true};
		}
		case 'chooseOption':
			return withQuiz(state, quizReducer(quiz, {type: 'choose', option: command.option, now}));
		case 'advance':
			return withQuiz(state, quizReducer(quiz, {type: 'advance', now}));
		case 'readEvidence': {
			const evidence = quiz.questions[quiz.index]?.source.evidence[0];
			if (quiz.phase !== 'feedback' || evidence === undefined) return state;
			const reader = readerReducer(article, state.reader, {type: 'showPassage', paragraphId: evidence.paragraphId, text: evidence.text});
			return {...state, page: 'reader', reader, visiting: true};
		}
		case 'scrollDown':
			return scrollQuizText(article, state, state.quizScroll + 1);
		case 'scrollUp':
			return scrollQuizText(article, state, state.quizScroll - 1);
		case 'pageDown':
			return scrollQuizText(article, state, state.quizScroll + Math.max(1, page));
		case 'pageUp':
			return scrollQuizText(article, state, state.quizScroll - Math.max(1, page));
		case 'first':
			return scrollQuizText(article, state, 0);
		case 'last':
			return scrollQuizText(article, state, Number.MAX_SAFE_INTEGER);
		default:
			return state;
	}
}

function readerCommand(article: Article, state: AppState, command: Command, now: number, seed: number): AppState {
	if (state.helpFromQuiz && state.reader.overlay === 'help' && (command.name === 'close' || command.name === 'help')) {
		return {...state, page: 'quiz', reader: {...state.reader, overlay: null}, helpFromQuiz: false};
	}
	if (command.name === 'quiz') return openQuiz(article, state, now, seed);
	// Esc on a passage the quiz cited goes back to the quiz.
	if (state.visiting && command.name === 'close' && state.reader.overlay === null) return openQuiz(article, state, now, seed);
	const reader = readerReducer(article, state.reader, {type: 'command', command});
	return reader === state.reader ? state : {...state, reader, quit: reader.quit};
}

export function appReducer(article: Article, state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'resize': {
			const resized = {...state, reader: readerReducer(article, state.reader, action)};
			return scrollQuizText(article, resized, resized.quizScroll);
		}
		case 'notice':
			return {...state, notice: action.text};
		case 'type':
			return {...state, reader: readerReducer(article, state.reader, action)};
		case 'gotoSection':
			return readerCommand(article, {...state, notice: null}, {name: 'gotoSection', section: action.section}, 0, 0);
		case 'choose':
			if (state.page !== 'quiz' || state.quiz === null) return state;
			return withQuiz(state, quizReducer(state.quiz, {type: 'choose', option: action.option, now: action.now}));
		case 'end': {
			if (state.quiz === null) return state;
			if (action.choice === 'quit') return {...state, quit: true};
			if (action.choice === 'reader') return {...state, page: 'reader'};
			const quizAction = action.choice === 'review' ? {type: 'reviewMistakes' as const, now: action.now} : {type: 'retry' as const, seed: action.seed, now: action.now};
			return {...state, quiz: quizReducer(state.quiz, quizAction), quizScroll: 0, best: bestAfter(state.best, state.quiz)};
		}
		case 'command': {
			const current = state.notice === null ? state : {...state, notice: null};
			if (current.page === 'quiz' && current.quiz !== null) return quizCommand(article, current, action.command, action.now);
			return readerCommand(article, current, action.command, action.now, action.seed);
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
