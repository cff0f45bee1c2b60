// Runs the terminal app (reader or quiz) and keeps the quiz history: finished rounds as they end,
// a round in progress as abandoned when the user quits.
import type {Article} from '../content/model.js';
import type {Screen} from '../app/state.js';
import {bestScore, defaultHistoryPath, readHistory, recordAttempt, toAttempt} from '../quiz/history.js';
import {takeOverTerminal} from '../ui/terminal.js';
import {paint, readerFirstScreen} from '../ui/prepaint.js';
import {createTheme} from '../ui/theme.js';
import {randomSeed} from '../quiz/shuffle.js';
import type {ThemeName} from '../ui/theme.js';

export interface InteractiveOptions {
	screen: Screen;
	theme: ThemeName;
	color: boolean;
	seed: number | undefined;
	/** False with --no-save: quiz attempts are not recorded. */
	save: boolean;
	warn: (line: string) => void;
}

export async function runInteractive(article: Article, options: InteractiveOptions): Promise<number> {
	const historyFile = options.save ? defaultHistoryPath() : null;
	const history = historyFile === null ? null : await readHistory(historyFile);
	// Said before the alternate screen opens, so it is still there after the app closes.
	if (history?.warning) options.warn(history.warning);
	const saveWarnings: string[] = [];
	const saves: Array<Promise<void>> = [];
	const save = (attempt: Parameters<typeof recordAttempt>[1]) => {
		if (historyFile === null) return;
		const file = historyFile;
		saves.push(
			recordAttempt(file, attempt).then((warning) => {
				if (warning !== null && !saveWarnings.includes(warning)) saveWarnings.push(warning);
			}),
		);
	};

	// Take the terminal and paint the first screen before loading the UI: keys typed meanwhile
	// wait for it unechoed, and the reader is on screen while Ink and React load.
	const terminal = takeOverTerminal(process.stdin, process.stdout);
	try {
		const seed = options.seed ?? randomSeed();
		const viewport = {cols: process.stdout.columns || 80, rows: process.stdout.rows || 24};
		const painted = paint(readerFirstScreen(article, viewport, options.screen, seed), createTheme(options.theme, options.color), process.stdout);
		const {runApp} = await import('../ui/run.js');
		return await runApp(article, terminal, {
			screen: options.screen,
			theme: options.theme,
			color: options.color,
			painted,
			seed,
			best: history === null ? null : bestScore(history.attempts, article.id),
			onRoundEnd: (quiz) => save(toAttempt(quiz, article.id, 'finished', Date.now())),
			onQuit: (state) => {
				if (state.quiz !== null && state.quiz.phase !== 'end') save(toAttempt(state.quiz, article.id, 'abandoned', Date.now()));
			},
		});
	} finally {
		terminal.restore();
		await Promise.all(saves);
		for (const warning of saveWarnings) options.warn(warning);
	}
}
