// The stdout Ink renders to. Ink 6.8's incremental rendering shifts lines by one after a frame
// that ends in a newline (every frame shorter than the terminal), and its standard mode rewrites
// every line; so this keeps the last frame as cells and writes only what changed, addressed
// absolutely (frames start at the top of the alternate screen). Ink writes its frames here as
// to any stdout: the quiz's lists, the join screens.
//
// Long text views (the reader, slides, the speaker view, quiz feedback) are composed as lines
// anyway; <FullScreenText> hands them over with draw() instead of through Ink's Output pass,
// which restyles every character of every frame (~15 ms of a ~20 ms key). While it does,
// Ink's own frames (of a tree that draws nothing) are not drawn.
import {EventEmitter} from 'node:events';
import {diffCells, parseCells, type Cell} from './cells.js';
import type {FrameSurface} from '../ui/surface.js';

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

export class InkOutputStream extends EventEmitter implements FrameSurface {
	private previous: Cell[][] = [];
	/** The text of each row of `previous`, so an unchanged row is not parsed again. */
	private previousText: string[] = [];
	private clearFirst = false;
	/** While a view draws directly, Ink's own (empty) frames are not drawn. */
	private claimed = false;
	/** A frame waiting for the terminal to take the last one (write backpressure). */
	private waiting: string[] | null = null;
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

	/** What is on screen already (painted before Ink started), so Ink's first frame writes only differences; none: the screen is not known, and is cleared first. */
	seed(lines: string[]) {
		if (lines.length === 0) return this.forget();
		this.previous = lines.map(parseCells);
		this.previousText = [...lines];
	}

	private readonly onResize = () => {
		// The terminal may have reflowed what was on screen: start from a clean screen.
		this.forget();
		this.emit('resize');
	};

	private forget() {
		this.previous = [];
		this.previousText = [];
		this.clearFirst = true;
	}

	/** Draws the whole last frame again on a cleared screen: the terminal was someone else's meanwhile. */
	repaint() {
		const lines = this.previousText;
		this.forget();
		const out = this.frame(lines);
		if (out !== '') this.out.write(out);
	}

	draw(lines: string[]) {
		this.claimed = true;
		if (this.waiting !== null || this.out.writableNeedDrain) {
			// Keys come faster than the terminal reads: draw only the newest frame once it has caught up.
			if (this.waiting === null) this.out.once('drain', this.drawWaiting);
			this.waiting = lines;
			return;
		}
		const out = this.frame(lines);
		if (out !== '') this.out.write(out);
	}

	private readonly drawWaiting = () => {
		const lines = this.waiting;
		this.waiting = null;
		if (lines !== null && this.claimed) this.draw(lines);
	};

	release() {
		this.claimed = false;
		this.waiting = null;
		this.out.off('drain', this.drawWaiting);
	}

	/** Works out the writes for `lines` and throws them away: see useRehearsal. */
	rehearse(lines: string[]) {
		this.changes(lines);
	}

	/** The writes that turn the screen into `lines`, which are then taken as on screen. */
	private frame(lines: string[]): string {
		const {cells, out} = this.changes(lines);
		this.previous = cells;
		this.previousText = lines;
		this.clearFirst = false;
		return out;
	}

	private changes(lines: string[]): {cells: Cell[][]; out: string} {
		const cells = lines.map((line, row) => (!this.clearFirst && this.previousText[row] === line ? this.previous[row]! : parseCells(line)));
		return {cells, out: (this.clearFirst ? '\x1b[2J' : '') + diffCells(this.clearFirst ? [] : this.previous, cells)};
	}

	write(chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void): boolean {
		const done = typeof encoding === 'function' ? encoding : callback;
		// Ink clears the terminal before a frame as tall as it; frames here are written at absolute
		// positions over what is known to be on screen, so the clear is not needed and not passed on.
		const {frame, controls} = parseInkWrite(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
		let out = controls;
		if (frame !== null && !this.claimed) out += this.frame(frame);
		if (out === '') {
			done?.();
			return true;
		}
		return this.out.write(out, done);
	}

	/** Stops following the terminal's resizes. */
	detach() {
		this.release();
		this.out.off('resize', this.onResize);
	}
}
