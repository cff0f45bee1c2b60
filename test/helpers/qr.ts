// Reads a QR code off a screen the way a phone's camera would see it, with jsqr: each cell a 4×8
// pixel block whose top and bottom halves are light or dark.
import jsqrModule from 'jsqr';
import type xterm from '@xterm/headless';
import type {Line} from '../../src/screen/line.js';

// jsqr is CommonJS whose types declare an ES default export: take the function from either shape.
const jsqrExports = jsqrModule as unknown as {default: typeof jsqrModule.default} | typeof jsqrModule.default;
const jsQR = typeof jsqrExports === 'function' ? jsqrExports : jsqrExports.default;

/** A cell as a camera sees it: whether its top and bottom halves are light. */
export interface Shade {
	top: boolean;
	bottom: boolean;
}

export function decodeShades(rows: Shade[][]): string | null {
	const cellW = 4;
	const cellH = 8;
	const margin = 16;
	const width = Math.max(1, ...rows.map((row) => row.length)) * cellW + margin * 2;
	const height = rows.length * cellH + margin * 2;
	// The page around the screen is light, as a projector screen is.
	const data = new Uint8ClampedArray(width * height * 4).fill(255);
	rows.forEach((row, y) =>
		row.forEach((shade, x) => {
			for (let py = 0; py < cellH; py++) {
				const light = py < cellH / 2 ? shade.top : shade.bottom;
				for (let px = 0; px < cellW; px++) {
					const at = ((margin + y * cellH + py) * width + margin + x * cellW + px) * 4;
					data.fill(light ? 255 : 0, at, at + 3);
				}
			}
		}),
	);
	return jsQR(data, width, height, {inversionAttempts: 'dontInvert'})?.data ?? null;
}

/** The QR code in composed lines (roles qrLight, qrDark, qrHalf); other text counts as light page. */
export function decodeLines(lines: Line[]): string | null {
	return decodeShades(
		lines.map((line) =>
			line.flatMap((segment) =>
				[...segment.text].map((character): Shade => {
					if (segment.style.role === 'qrDark') return {top: false, bottom: false};
					if (segment.style.role === 'qrHalf') return {top: character === '█' || character === '▀', bottom: character === '█' || character === '▄'};
					return {top: true, bottom: true};
				}),
			),
		),
	);
}

/** The QR code on a headless xterm's screen, from each cell's glyph and colours (white is light; black, and the dark theme's default background, are dark). */
export function decodeTerminal(terminal: InstanceType<typeof xterm.Terminal>): string | null {
	const buffer = terminal.buffer.active;
	const white = (colour: number, isDefault: boolean, isForeground: boolean) => (isDefault ? isForeground : colour === 7 || colour === 15);
	const rows: Shade[][] = [];
	const cell = buffer.getNullCell();
	for (let y = 0; y < terminal.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		const row: Shade[] = [];
		for (let x = 0; x < terminal.cols; x++) {
			line?.getCell(x, cell);
			const character = cell.getChars() || ' ';
			const fg = white(cell.getFgColor(), cell.isFgDefault(), true);
			const bg = white(cell.getBgColor(), cell.isBgDefault(), false);
			// A block or half block is drawn in the foreground colour; the rest of the cell in the background's.
			row.push({top: character === '█' || character === '▀' ? fg : bg, bottom: character === '█' || character === '▄' ? fg : bg});
		}
		rows.push(row);
	}
	return decodeShades(rows);
}
