// A screen with a list in it, which ink-select-input draws (ui/ListView.tsx): the composed lines
// around the list, and the list's entries as wrapped text.
import type {Line} from './line.js';

export interface ListScreen {
	header: Line[];
	/** Lines between the header and the list. */
	intro: Line[];
	/** Each entry's text, wrapped to `width` less the pointer's two columns. */
	entries: Line[][];
	/** How many entries fit at once, when not all do (the list then scrolls round under the highlight). */
	limit: number | undefined;
	/** The entry highlighted first. */
	initial: number;
	footer: Line[];
	/** Columns left of the body, and its width. */
	margin: number;
	width: number;
	/** Lines of the whole screen. */
	height: number;
}

/** How many of the entries fit in `room` lines, when not all do. */
export function listLimit(entries: Line[][], room: number): number | undefined {
	const total = entries.reduce((sum, lines) => sum + lines.length, 0);
	if (total <= room) return undefined;
	const tallest = Math.max(...entries.map((lines) => lines.length));
	return Math.max(1, Math.min(entries.length - 1, Math.floor(room / tallest)));
}

/** Columns of the pointer drawn before each entry ("❯ "). */
export const pointerWidth = 2;
