// The join address as a QR code drawn with text, for the projector. Encoding by uqr (nayuki's
// encoder): it picks QR alphanumeric mode for upper-case text, so the address is given upper
// case with the code in the path ("HTTP://10.0.0.5:4242/123456", see Room.qrText), which fits a
// 25×25 code (version 2) where lower case would need 29×29.
//
// The full form draws one module as two columns × one row of full blocks: the compact
// half-block form leaves gaps on terminals with line spacing, which stops phones scanning it.
// Both colours are explicit (light modules white on white, dark modules black on black), so the
// code reads the same on dark and light terminal themes; without colour the glyphs alone still
// draw light modules as blocks, right on a dark theme. The quiet zone (4 modules, as the
// standard asks, or 2 where space is short) is part of the lines.
import {encode} from 'uqr';

export type QrVariant = 'full' | 'half';

export interface QrText {
	/** Lines with colour (SGR) sequences, each ending with a reset. */
	lines: string[];
	/** The same lines without colour: light modules as blocks. */
	plain: string[];
	/** Columns and rows the lines take. */
	width: number;
	height: number;
	/** Modules per side including the quiet zone, and the QR version (1–40). */
	modules: number;
	version: number;
	/** 'half' is the fallback for tiny terminals: two module rows per line, may not scan everywhere. */
	variant: QrVariant;
	quietZone: number;
}

const light = '97;107';
const dark = '30;40';

/** The address as QR alphanumeric mode can carry it: "http://10.0.0.5:4242/" + code → "HTTP://10.0.0.5:4242/123456". */
export function qrAddress(url: string, code?: string): string {
	return `${url.endsWith('/') ? url : `${url}/`}${code ?? ''}`.toUpperCase();
}

function matrix(text: string, quietZone: number): {rows: boolean[][]; version: number} {
	// uqr marks dark modules true; the border it adds is the quiet zone.
	const result = encode(text, {ecc: 'L', boostEcc: true, border: quietZone});
	return {rows: result.data, version: result.version};
}

/** Joins cells into a line, writing a colour sequence only where the colour changes. */
function colourLine(cells: Array<{sgr: string; text: string}>): string {
	let out = '';
	let current = '';
	for (const cell of cells) {
		if (cell.sgr !== current) {
			out += `\x1b[${cell.sgr}m`;
			current = cell.sgr;
		}
		out += cell.text;
	}
	return `${out}\x1b[0m`;
}

export function qrText(text: string, variant: QrVariant = 'full', quietZone = 4): QrText {
	const {rows, version} = matrix(text, quietZone);
	const size = rows.length;
	if (variant === 'full') {
		const cells = rows.map((row) => row.map((isDark) => (isDark ? {sgr: dark, text: '  '} : {sgr: light, text: '██'})));
		return {
			lines: cells.map(colourLine),
			plain: cells.map((row) => row.map((cell) => cell.text).join('')),
			width: size * 2,
			height: size,
			modules: size,
			version,
			variant,
			quietZone,
		};
	}
	// Half blocks: the foreground (white) draws light modules, the background (black) dark ones.
	const cells: Array<Array<{sgr: string; text: string}>> = [];
	for (let y = 0; y < size; y += 2) {
		const line: Array<{sgr: string; text: string}> = [];
		for (let x = 0; x < size; x++) {
			const top = !rows[y]![x];
			const bottom = y + 1 < size ? !rows[y + 1]![x] : false;
			line.push({sgr: '97;40', text: top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' '});
		}
		cells.push(line);
	}
	return {
		lines: cells.map(colourLine),
		plain: cells.map((row) => row.map((cell) => cell.text).join('')),
		width: size,
		height: cells.length,
		modules: size,
		version,
		variant,
		quietZone,
	};
}

/**
 * The largest form that fits: full blocks with the standard quiet zone, then with a narrower one,
 * then the half-block fallback; null when not even that fits.
 */
export function qrFitting(text: string, columns: number, rows: number): QrText | null {
	for (const [variant, quietZone] of [
		['full', 4],
		['full', 2],
		['half', 4],
		['half', 2],
	] as const) {
		const qr = qrText(text, variant, quietZone);
		if (qr.width <= columns && qr.height <= rows) return qr;
	}
	return null;
}
