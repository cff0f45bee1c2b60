// A frame as cells (character + attributes), and the shortest writes that turn one frame into the
// next: only rows that changed, from the first changed cell, skipping runs that did not change,
// with one combined SGR sequence wherever the attributes change. This is what keeps a key press
// cheap on a slow link; Ink re-emits every line in full.
import {characterWidth} from '../text/width.js';

export interface Cell {
	text: string;
	width: number;
	/** Attributes as SGR parameters, canonical ("1;33"); "" for none. */
	sgr: string;
}

interface Attributes {
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
	inverse: boolean;
	fg: string;
	bg: string;
}

const plain = (): Attributes => ({bold: false, dim: false, italic: false, underline: false, inverse: false, fg: '', bg: ''});

function applySgr(attributes: Attributes, parameters: string) {
	const codes = parameters === '' ? [0] : parameters.split(';').map(Number);
	for (let index = 0; index < codes.length; index++) {
		const code = codes[index]!;
		if (code === 0) Object.assign(attributes, plain());
		else if (code === 1) attributes.bold = true;
		else if (code === 2) attributes.dim = true;
		else if (code === 3) attributes.italic = true;
		else if (code === 4) attributes.underline = true;
		else if (code === 7) attributes.inverse = true;
		else if (code === 22) attributes.bold = attributes.dim = false;
		else if (code === 23) attributes.italic = false;
		else if (code === 24) attributes.underline = false;
		else if (code === 27) attributes.inverse = false;
		else if (code === 39) attributes.fg = '';
		else if (code === 49) attributes.bg = '';
		else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) attributes.fg = String(code);
		else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) attributes.bg = String(code);
		else if (code === 38 || code === 48) {
			// 38;5;n or 38;2;r;g;b
			const length = codes[index + 1] === 5 ? 2 : codes[index + 1] === 2 ? 4 : 0;
			const colour = [code, ...codes.slice(index + 1, index + 1 + length)].join(';');
			if (code === 38) attributes.fg = colour;
			else attributes.bg = colour;
			index += length;
		}
	}
}

function canonical(attributes: Attributes): string {
	const parts: string[] = [];
	if (attributes.bold) parts.push('1');
	if (attributes.dim) parts.push('2');
	if (attributes.italic) parts.push('3');
	if (attributes.underline) parts.push('4');
	if (attributes.inverse) parts.push('7');
	if (attributes.fg) parts.push(attributes.fg);
	if (attributes.bg) parts.push(attributes.bg);
	return parts.join(';');
}

/** Splits a line of text with SGR sequences into cells. Other escape sequences are dropped. */
export function parseCells(line: string): Cell[] {
	const cells: Cell[] = [];
	const attributes = plain();
	let sgr = '';
	const pattern = /\x1b\[([0-9;]*)([A-Za-z])|\x1b\][^\x07]*\x07|([^\x1b]+)/g;
	for (const match of line.matchAll(pattern)) {
		if (match[3] !== undefined) {
			for (const character of match[3]) {
				const width = characterWidth(character);
				if (width === 0 && cells.length > 0) cells[cells.length - 1]!.text += character;
				else cells.push({text: character, width, sgr});
			}
		} else if (match[2] === 'm') {
			applySgr(attributes, match[1] ?? '');
			sgr = canonical(attributes);
		}
	}
	return cells;
}

const sameCell = (a: Cell | undefined, b: Cell | undefined) => a !== undefined && b !== undefined && a.text === b.text && a.sgr === b.sgr;
const blank = (cell: Cell | undefined) => cell === undefined || (cell.text === ' ' && cell.sgr === '');

/** Writes that turn `previous` (on screen, rows from the top) into `next`. */
export function diffCells(previous: readonly Cell[][], next: readonly Cell[][]): string {
	let out = '';
	let pen = '';
	const setPen = (sgr: string) => {
		if (sgr === pen) return;
		out += sgr === '' ? '\x1b[m' : `\x1b[0;${sgr}m`;
		pen = sgr;
	};
	for (let row = 0; row < Math.max(previous.length, next.length); row++) {
		const before = trimBlank(previous[row] ?? []);
		const after = trimBlank(next[row] ?? []);
		const beforeStart = starts(before);
		const afterStart = starts(after);
		// A cell is already right when the same character with the same attributes sits in the same column.
		const settled = (index: number) => sameCell(before[index], after[index]) && beforeStart[index] === afterStart[index];
		let first = 0;
		while (first < after.length && settled(first)) first++;
		if (first === after.length && before.length <= after.length) continue;
		let last = after.length - 1;
		while (last >= first && settled(last)) last--;
		let column = afterStart[first] ?? after.reduce((sum, cell) => sum + cell.width, 0);
		out += `\x1b[${row + 1};${column + 1}H`;
		let index = first;
		while (index <= last) {
			// Skip a run of cells that are already right.
			let run = index;
			let runWidth = 0;
			while (run <= last && settled(run)) runWidth += after[run++]!.width;
			if (run - index >= 4) {
				out += `\x1b[${runWidth}C`;
				column += runWidth;
				index = run;
				continue;
			}
			const cell = after[index]!;
			setPen(cell.sgr);
			out += cell.text;
			column += cell.width;
			index++;
		}
		const oldWidth = before.reduce((sum, cell) => sum + cell.width, 0);
		const newWidth = after.reduce((sum, cell) => sum + cell.width, 0);
		if (oldWidth > newWidth) {
			setPen('');
			if (column !== newWidth) out += `\x1b[${newWidth + 1}G`;
			out += '\x1b[K';
		}
	}
	setPen('');
	return out;
}

function starts(cells: readonly Cell[]): number[] {
	const columns: number[] = [];
	let column = 0;
	for (const cell of cells) {
		columns.push(column);
		column += cell.width;
	}
	return columns;
}

/** Trailing blank cells are the same as no cells. */
function trimBlank(cells: readonly Cell[]): readonly Cell[] {
	let end = cells.length;
	while (end > 0 && blank(cells[end - 1])) end--;
	return end === cells.length ? cells : cells.slice(0, end);
}
