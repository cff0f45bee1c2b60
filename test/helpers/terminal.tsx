// Views rendered the way the app renders them (src/ui/mount.tsx): keys through the key feed,
// frames through the output stream, onto a headless xterm whose screen the tests read.
import {EventEmitter} from 'node:events';
import type {ReactElement} from 'react';
import xterm from '@xterm/headless';
import {KeyFeed} from '../../src/terminal/keyFeed.js';
import {createTheme, type Theme} from '../../src/screen/theme.js';
import {mountView} from '../../src/ui/mount.js';

const {Terminal} = xterm;

export const keys = {
	right: '\x1b[C',
	left: '\x1b[D',
	up: '\x1b[A',
	down: '\x1b[B',
	pageDown: '\x1b[6~',
	pageUp: '\x1b[5~',
	home: '\x1b[H',
	end: '\x1b[F',
	enter: '\r',
	escape: '\x1b',
	backspace: '\x7f',
	ctrlC: '\x03',
} as const;

/** A terminal's input: what a test sends arrives as one read, as a fast typist's keys would. */
class FakeInput extends EventEmitter {
	readonly isTTY = true;
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** A terminal's output, drawn by a headless xterm. */
class FakeOutput extends EventEmitter {
	readonly isTTY = true;
	readonly writableNeedDrain = false;
	constructor(readonly terminal: InstanceType<typeof Terminal>) {
		super();
	}
	get columns() {
		return this.terminal.cols;
	}
	get rows() {
		return this.terminal.rows;
	}
	write(data: string | Uint8Array, callback?: () => void): boolean {
		this.terminal.write(data, callback);
		return true;
	}
}

export interface RenderedView {
	/** Sends each argument as one read (a key, or several at once) and waits until the screen settles. */
	press(...reads: string[]): Promise<void>;
	/** The screen's rows. */
	lines(): string[];
	/** The screen as text, rows joined with newlines. */
	screen(): string;
	/** The screen with white space folded, for text that wraps. */
	text(): string;
	resize(cols: number, rows: number): Promise<void>;
	/** Resolves when the view exits (q). */
	exited: Promise<void>;
	unmount(): void;
	settle(): Promise<void>;
}

export async function renderView(element: ReactElement, {cols = 80, rows = 24, theme = createTheme('dark', false)}: {cols?: number; rows?: number; theme?: Theme} = {}): Promise<RenderedView> {
	const terminal = new Terminal({cols, rows, allowProposedApi: true});
	const input = new FakeInput();
	const output = new FakeOutput(terminal);
	const feed = new KeyFeed(input);
	const {instance} = mountView(element, {keys: feed, stdout: output as unknown as NodeJS.WriteStream, theme});
	const flush = () => new Promise<void>((resolve) => terminal.write('', resolve));
	const lines = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true, 0, terminal.cols) ?? '');
	};
	/** Every key handled, then no change on screen for a frame or two (Ink renders at most 60 times a second). */
	const settle = async () => {
		await feed.idle();
		let before = '';
		for (let still = 0; still < 2; ) {
			await new Promise((resolve) => setTimeout(resolve, 12));
			await flush();
			const now = lines().join('\n');
			still = now === before ? still + 1 : 0;
			before = now;
		}
	};
	const exited = instance.waitUntilExit().then(() => feed.close());
	await settle();
	return {
		async press(...reads) {
			for (const data of reads) {
				input.emit('data', Buffer.from(data));
				await settle();
			}
		},
		lines,
		screen: () => lines().join('\n'),
		text: () => lines().join(' ').replace(/\s+/g, ' '),
		async resize(newCols, newRows) {
			terminal.resize(newCols, newRows);
			output.emit('resize');
			await settle();
		},
		exited,
		unmount() {
			instance.unmount();
			feed.close();
			terminal.dispose();
		},
		settle,
	};
}
