// Owning the terminal: alternate screen in, and the terminal put back on every way out
// (quit, Ctrl+C, SIGTERM, SIGHUP, a crash). Ink 6 has no alternate-screen option.

const enterAlternateScreen = '\x1b[?1049h\x1b[H\x1b[?25l';
const leaveAlternateScreen = '\x1b[?25h\x1b[?1049l';

const signalExitCodes = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;
type Signal = keyof typeof signalExitCodes;

export interface TerminalSession {
	/** Puts the terminal back; safe to call more than once. */
	restore(): void;
	/** Work to do (unmount, close sockets) if a signal ends the program. */
	onSignal(cleanup: () => void): void;
}

export function takeOverTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): TerminalSession {
	// Raw mode at once: keys typed while the UI loads are kept for it, not echoed over the screen.
	if (stdin.isTTY) stdin.setRawMode(true);
	stdout.write(enterAlternateScreen);
	let restored = false;
	const cleanups: Array<() => void> = [];
	const handlers = new Map<Signal, () => void>();
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveAlternateScreen);
		process.off('exit', restore);
		for (const [signal, handler] of handlers) process.off(signal, handler);
	};
	// From the first moment, even before the UI has loaded, a signal leaves a usable terminal.
	for (const signal of Object.keys(signalExitCodes) as Signal[]) {
		const handler = () => {
			for (const cleanup of cleanups.splice(0)) {
				try {
					cleanup();
				} catch {
					// the terminal comes first
				}
			}
			restore();
			process.exit(signalExitCodes[signal]);
		};
		handlers.set(signal, handler);
		process.once(signal, handler);
	}
	process.on('exit', restore);
	return {restore, onSignal: (cleanup) => cleanups.push(cleanup)};
}
