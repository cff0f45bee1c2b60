// Loaded lazily by the CLI, only when a terminal will show the reader.
import React from 'react';
import {render} from 'ink';
import type {Article} from '../content/model.js';
import {ReaderRoot} from './ReaderApp.js';
import type {TerminalSession} from './terminal.js';
import {createTheme, type ThemeName} from './theme.js';

export interface RunOptions {
	theme: ThemeName;
	color: boolean;
}

const signalExitCodes = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;

/** Runs the reader in a terminal the caller has already taken over (alternate screen, raw mode). */
export async function runReader(article: Article, terminal: TerminalSession, options: RunOptions): Promise<number> {
	const instance = render(<ReaderRoot article={article} theme={createTheme(options.theme, options.color)} />, {
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
