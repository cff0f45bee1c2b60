// Runs the terminal app (reader or quiz) and keeps the quiz history: finished rounds as they end,
// a round in progress as abandoned when the user quits or a signal ends the program.
import type {Article} from '../content/model.js';
import {firstScreen} from '../app/firstScreen.js';
import {roundInProgress, type AppPage, type AppState} from '../app/state.js';
import type {HistorySession} from '../quiz/history.js';
import type {QuizState} from '../quiz/session.js';
import {randomSeed} from '../quiz/shuffle.js';
import {importUi} from './importUi.js';
import {createTheme, type ThemeName} from '../screen/theme.js';
import {paint} from '../terminal/firstPaint.js';
import {takeOverTerminal} from '../terminal/session.js';
import {terminalSize} from '../terminal/size.js';

export interface InteractiveOptions {
	page: AppPage;
	theme: ThemeName;
	color: boolean;
	seed: number | undefined;
	/** False with --no-save: quiz attempts are not recorded. */
	save: boolean;
	warn: (line: string) => void;
}

/** An exiting process waits this long, at most, for the history to be saved. */
export const interruptSaveMs = 2000;
/** After a normal quit, with the terminal back: long enough to outwait another press-reader's lock. */
const quitSaveMs = 15_000;

/** What the app calls to keep the quiz history; handed to runApp with its options. */
export interface QuizHistoryHooks {
	/** A round reached its end: it is saved as finished. */
	onRoundEnd: (quiz: QuizState) => void;
	/** The user quit (q, Ctrl+C): a round in progress is saved as abandoned. */
	onQuit: (state: AppState) => void;
	/**
	 * A signal (SIGTERM, SIGHUP) is ending the program: saves a round in progress as abandoned and
	 * resolves once every save is done, or after interruptSaveMs. Never rejects, and writes nothing to
	 * stdout or stderr (after SIGHUP the terminal is gone); await it before exiting.
	 */
	onInterrupt: (state: AppState) => Promise<void>;
	/** Warnings about the history (corrupt, read-only, newer, not saved): those so far at once, then each as it arises. Returns a function that stops them. */
	onWarning: (listener: (line: string) => void) => () => void;
}

/**
 * The hooks over a history session (null with --no-save). Each round is saved once, however it
 * ends: quitting after a signal, or a signal after quitting, does not record it twice.
 */
export function quizHistoryHooks(session: HistorySession | null, toAttempt: typeof import('../quiz/history.js').toAttempt, articleId: string): QuizHistoryHooks {
	const saved = new WeakSet<QuizState>();
	const save = (quiz: QuizState | null, status: 'finished' | 'abandoned') => {
		if (session === null || quiz === null || saved.has(quiz)) return;
		saved.add(quiz);
		session.save(toAttempt(quiz, articleId, status, Date.now()));
	};
	return {
		onRoundEnd: (quiz) => save(quiz, 'finished'),
		onQuit: (state) => save(roundInProgress(state), 'abandoned'),
		onInterrupt: async (state) => {
			save(roundInProgress(state), 'abandoned');
			await session?.settle(interruptSaveMs);
		},
		onWarning: (listener) => session?.onWarning(listener) ?? (() => {}),
	};
}

export async function runInteractive(article: Article, options: InteractiveOptions): Promise<number> {
	// Take the terminal and paint the first screen before loading anything else: keys typed
	// meanwhile wait for it unechoed, and the article is on screen while Ink, React and the quiz
	// history load.
	const terminal = takeOverTerminal(process.stdin, process.stdout);
	let session: HistorySession | null = null;
	try {
		const seed = options.seed ?? randomSeed();
		const viewport = terminalSize(process.stdout);
		const painted = paint(firstScreen(article, viewport, options.page, seed, Date.now()), createTheme(options.theme, options.color), process.stdout, terminal);
		const [{runApp}, history] = await Promise.all([importUi(), import('../quiz/history.js')]);
		session = options.save ? history.openHistory(history.defaultHistoryPath()) : null;
		const read = session === null ? null : await session.read;
		const hooks = quizHistoryHooks(session, history.toAttempt, article.id);
		return await runApp(article, terminal, {
			page: options.page,
			theme: options.theme,
			color: options.color,
			painted,
			seed,
			best: read === null ? null : history.bestScore(read.attempts, article.id),
			...hooks,
		});
	} finally {
		terminal.restore();
		// Warnings are said again once the main screen is back, where they stay readable.
		for (const warning of (await session?.settle(quitSaveMs)) ?? []) options.warn(warning);
	}
}
