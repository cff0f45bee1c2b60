// Owning the terminal: raw mode and the alternate screen from the first moment, and the terminal
// put back on every way out (quit, Ctrl+C, SIGTERM, SIGHUP, a crash) and while suspended
// (Ctrl+Z, SIGTSTP), then taken back on SIGCONT. Ink 6 has no alternate-screen option.
// The screen is drawn again whole when the terminal may have spoilt it: on SIGCONT, and on a
// resize that ends at the size it started from, which Node does not report as a resize.
import v8 from 'node:v8';
import {KeyFeed} from './keyFeed.js';

const enterAlternateScreen = '\x1b[?1049h\x1b[H\x1b[?25l';
const leaveAlternateScreen = '\x1b[?25h\x1b[?1049l';

const signalExitCodes = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;
type ExitSignal = keyof typeof signalExitCodes;

/** How long work on the way out (saving a quiz attempt) may hold up an exit by signal. */
const cleanupLimit = 2000;

export interface TerminalSession {
	/** Ink's stdin: every key, one at a time (see keyFeed.ts). */
	keys: KeyFeed;
	/** Puts the terminal back; safe to call more than once. */
	restore(): void;
	/** Work to finish (record an attempt, close sockets) if a signal ends the program; awaited, within limits. */
	onSignal(cleanup: () => void | Promise<void>): void;
	/** How to draw the whole screen again (back from being suspended, resized and back); replaces the last one given. */
	onRedraw(redraw: () => void): void;
}

type TerminalIn = NodeJS.ReadStream & {setRawMode?: (mode: boolean) => unknown};

export function takeOverTerminal(stdin: TerminalIn, stdout: NodeJS.WriteStream): TerminalSession {
	// A full-screen session may run for an hour on a presenter's laptop. Under bursts of keys V8
	// grew its heap and kept it (RSS 67 → 117 MB over 10,000 keys while the live heap grew 5 MB);
	// sized for memory, it stays near where it started (npm run bench, the soak row).
	v8.setFlagsFromString('--optimize-for-size');
	const raw = (mode: boolean) => {
		if (stdin.isTTY) stdin.setRawMode?.(mode);
	};
	// Raw mode at once: keys typed while the UI loads are kept for it, not echoed over the screen.
	raw(true);
	stdout.write(enterAlternateScreen);
	const keys = new KeyFeed(stdin);
	let restored = false;
	let suspended = false;
	const cleanups: Array<() => void | Promise<void>> = [];
	let redraw = () => {};
	const handlers = new Map<NodeJS.Signals, () => void>();

	const write = (text: string) => {
		try {
			stdout.write(text);
		} catch {
			// A terminal that is closing: nothing to put back.
		}
	};
	const release = () => {
		raw(false);
		write(leaveAlternateScreen);
	};
	const restore = () => {
		if (restored) return;
		restored = true;
		keys.close();
		if (!suspended) release();
		process.off('exit', restore);
		for (const [signal, handler] of handlers) process.off(signal, handler);
	};

	let exiting = false;
	const exitWith = async (code: number) => {
		if (exiting) return;
		exiting = true;
		const work = Promise.allSettled(cleanups.splice(0).map(async (cleanup) => cleanup()));
		await Promise.race([work, new Promise((resolve) => setTimeout(resolve, cleanupLimit).unref())]);
		restore();
		process.exit(code);
	};

	const suspend = () => {
		if (suspended || restored) return;
		suspended = true;
		release();
		// Stop as the shell's Ctrl+Z would: SIGSTOP cannot be caught, so this really stops.
		process.kill(process.pid, 'SIGSTOP');
	};
	const resume = () => {
		if (!suspended || restored) return;
		suspended = false;
		// The shell set the terminal back to line mode while we were stopped; Node remembers raw
		// mode as still on and would skip setting it again, so turn it off first.
		raw(false);
		raw(true);
		write(enterAlternateScreen);
		redraw();
	};

	const listen = (signal: NodeJS.Signals, handler: () => void) => {
		handlers.set(signal, handler);
		process.on(signal, handler);
	};
	// From the first moment, even before the UI has loaded, a signal leaves a usable terminal.
	for (const signal of Object.keys(signalExitCodes) as ExitSignal[]) listen(signal, () => void exitWith(signalExitCodes[signal]));
	listen('SIGTSTP', suspend);
	listen('SIGCONT', resume);
	// Shrunk and grown back (a window dragged, a pane zoomed and unzoomed): the terminal reflowed or
	// cut the screen, but by the time Node reads the size it is the old one again, so stdout emits
	// no 'resize' and nothing would be drawn. Node's own SIGWINCH listener has updated the size by now.
	let size = `${stdout.columns}x${stdout.rows}`;
	listen('SIGWINCH', () => {
		const now = `${stdout.columns}x${stdout.rows}`;
		if (now === size && !suspended) redraw();
		size = now;
	});
	keys.on('suspend', suspend);
	// Ctrl+C before the UI listens: nothing else would hear it. It quits, as Ctrl+C does in the UI.
	keys.on('interrupt', () => void exitWith(0));
	process.on('exit', restore);
	return {
		keys,
		restore,
		onSignal: (cleanup) => cleanups.push(cleanup),
		onRedraw: (draw) => {
			redraw = draw;
		},
	};
}
