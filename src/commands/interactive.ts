// Runs the terminal app (reader or quiz) and keeps the quiz history: finished rounds as they end,
// a round in progress as abandoned when the user quits.
import type {Article} from '../content/model.js';
import type {AppPage} from '../app/state.js';
import {firstScreen} from '../app/firstScreen.js';
import type {Attempt} from '../quiz/history.js';
import {randomSeed} from '../quiz/shuffle.js';
import {importUi} from './importUi.js';
import {paint} from '../terminal/firstPaint.js';
import {takeOverTerminal} from '../terminal/session.js';
import {createTheme, type ThemeName} from '../screen/theme.js';

export interface InteractiveOptions {
	page: AppPage;
	theme: ThemeName;
	color: boolean;
	seed: number | undefined;
	/** False with --no-save: quiz attempts are not recorded. */
	save: boolean;
	warn: (line: string) => void;
}

export async function runInteractive(article: Article, options: InteractiveOptions): Promise<number> {
	// Take the terminal and paint the first screen before loading anything else: keys typed
	// meanwhile wait for it unechoed, and the article is on screen while Ink, React and the quiz
	// history load.
	const terminal = takeOverTerminal(process.stdin, process.stdout);
	// Warnings are said once the main screen is back, where they stay readable.
	const warnings: string[] = [];
	const saves: Array<Promise<void>> = [];
	try {
		const seed = options.seed ?? randomSeed();
		const viewport = {cols: process.stdout.columns || 80, rows: process.stdout.rows || 24};
		const painted = paint(firstScreen(article, viewport, options.page, seed, Date.now()), createTheme(options.theme, options.color), process.stdout, terminal);
		const [{runApp}, history] = await Promise.all([importUi(), import('../quiz/history.js')]);
		const historyFile = options.save ? history.defaultHistoryPath() : null;
		const read = historyFile === null ? null : await history.readHistory(historyFile);
		if (read?.warning) warnings.push(read.warning);
		const save = (attempt: Attempt): Promise<void> | undefined => {
			if (historyFile === null) return;
			const saved = history.recordAttempt(historyFile, attempt).then((warning) => {
				if (warning !== null && !warnings.includes(warning)) warnings.push(warning);
			});
			saves.push(saved);
			return saved;
		};
		return await runApp(article, terminal, {
			page: options.page,
			theme: options.theme,
			color: options.color,
			painted,
			seed,
			best: read === null ? null : history.bestScore(read.attempts, article.id),
			onRoundEnd: (quiz) => void save(history.toAttempt(quiz, article.id, 'finished', Date.now())),
			// Also on SIGTERM or SIGHUP (a closed terminal), awaited before the process exits.
			onQuit: (state) => (state.quiz !== null && state.quiz.phase !== 'end' ? save(history.toAttempt(state.quiz, article.id, 'abandoned', Date.now())) : undefined),
		});
	} finally {
		terminal.restore();
		await Promise.all(saves);
		for (const warning of warnings) options.warn(warning);
	}
}
