// Owning the terminal: alternate screen in, and the terminal put back on every way out
// (quit, Ctrl+C, SIGTERM, SIGHUP, a crash). Ink 6 has no alternate-screen option.

const enterAlternateScreen = '\x1b[?1049h\x1b[H\x1b[?25l';
const leaveAlternateScreen = '\x1b[?25h\x1b[?1049l';

export interface TerminalSession {
	/** Puts the terminal back; safe to call more than once. */
	restore(): void;
}

export function takeOverTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): TerminalSession {
	// Raw mode at once: keys typed while the UI loads are kept for it, not echoed over the screen.
	if (stdin.isTTY) stdin.setRawMode(true);
	stdout.write(enterAlternateScreen);
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveAlternateScreen);
		process.off('exit', restore);
	};
	process.on('exit', restore);
	return {restore};
}
