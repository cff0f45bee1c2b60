// Loaded lazily by the CLI, only when a terminal will show the app.
import React from 'react';
import {render} from 'ink';
import type {Article} from '../content/model.js';
import type {AppState, Screen} from '../app/state.js';
import type {Best} from '../quiz/screens.js';
import type {QuizState} from '../quiz/session.js';
import {AppRoot} from './App.js';
import type {TerminalSession} from './terminal.js';
import {createTheme, type ThemeName} from './theme.js';

export interface RunOptions {
	theme: ThemeName;
	color: boolean;
	screen: Screen;
	seed?: number;
	best?: Best | null;
	onRoundEnd?: (quiz: QuizState) => void;
	onQuit?: (state: AppState) => void;
}

const signalExitCodes = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;

/** Runs the app in a terminal the caller has already taken over (alternate screen, raw mode). */
export async function runApp(article: Article, terminal: TerminalSession, options: RunOptions): Promise<number> {
	const {theme, color, ...props} = options;
	const instance = render(<AppRoot article={article} theme={createTheme(theme, color)} {...props} />, {
		exitOnCtrlC: false,
		patchConsole: false,
	});

	const onSignal = (signal: keyof typeof signalExitCodes) => {
		instance.unmount();
		terminal.restore();
		process.exit(signalExitCodes[signal]);
	};
	for (const signal of Object.keys(signalExitCodes) as Array<keyof typeof signalExitCodes>) process.once(signal, onSignal);

	try {
		await instance.waitUntilExit();
		return 0;
	} finally {
		terminal.restore();
		for (const signal of Object.keys(signalExitCodes)) process.removeAllListeners(signal);
	}
}
