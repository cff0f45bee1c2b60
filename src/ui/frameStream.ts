// What Ink writes goes through here on its way to the terminal. Ink (standard mode) erases and
// rewrites its whole frame on every render; this keeps the last frame as cells and writes only what
// changed, addressed absolutely (the frame always starts at the top of the alternate screen).
// Ink's own incrementalRendering does the same in principle, but in Ink 6.8 it shifts lines by one
// after a frame that ends in a newline, which every frame shorter than the terminal does.
import {EventEmitter} from 'node:events';
import {diffCells, parseCells, type Cell} from './cells.js';

const ignored = /\x1b\[\?2026[hl]|\x1b\[2K|\x1b\[1A|\x1b\[G/g;
const cursorVisibility = /\x1b\[\?25[hl]/g;
const clearScreen = /\x1b\[2J|\x1b\[3J|\x1b\[H/g;

/** The parts of one write from Ink: a frame, and terminal controls to pass on. */
export function parseInkWrite(chunk: string): {frame: string[] | null; controls: string; cleared: boolean} {
	const controls = (chunk.match(cursorVisibility) ?? []).join('');
	const cleared = clearScreen.test(chunk);
	clearScreen.lastIndex = 0;
	const rest = chunk.replace(cursorVisibility, '').replace(clearScreen, '').replace(ignored, '');
	if (rest === '') return {frame: null, controls, cleared};
	return {frame: rest.replace(/\n$/, '').split('\n'), controls, cleared};
}

export class FrameStream extends EventEmitter {
	private previous: Cell[][] = [];
	private clearFirst = false;
	readonly isTTY = true;
	readonly writable = true;
	readonly destroyed = false;
	readonly writableEnded = false;

	constructor(private readonly out: NodeJS.WriteStream) {
		super();
		out.on('resize', this.onResize);
	}

	get columns(): number {
		return this.out.columns;
	}

	get rows(): number {
		return this.out.rows;
	}

	/** What is on screen already (painted before Ink started), so Ink's first frame writes only differences. */
	seed(lines: string[]) {
		this.previous = lines.map(parseCells);
	}

	private readonly onResize = () => {
		// The terminal may have reflowed what was on screen: start from a clean screen.
		this.previous = [];
		this.clearFirst = true;
		this.emit('resize');
	};

	write(chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void): boolean {
		const done = typeof encoding === 'function' ? encoding : callback;
		const {frame, controls, cleared} = parseInkWrite(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
		if (cleared) {
			this.previous = [];
			this.clearFirst = true;
		}
		let out = controls;
		if (frame !== null) {
			const cells = frame.map(parseCells);
			if (this.clearFirst) out += '\x1b[2J';
			out += diffCells(this.clearFirst ? [] : this.previous, cells);
			this.previous = cells;
			this.clearFirst = false;
		}
		if (out === '') {
			done?.();
			return true;
		}
		return this.out.write(out, done);
	}

	/** Stops following the terminal's resizes. */
	detach() {
		this.out.off('resize', this.onResize);
	}
}
