import jsqrModule from 'jsqr';
import {describe, expect, it} from 'vitest';
import {qrAddress, qrFitting, qrText} from '../../src/room/qr.js';

// jsqr is CommonJS whose types declare an ES default export: take the function from either shape.
const jsqrExports = jsqrModule as unknown as {default: typeof jsqrModule.default} | typeof jsqrModule.default;
const jsQR = typeof jsqrExports === 'function' ? jsqrExports : jsqrExports.default;

type Theme = {fg: number; bg: number};
const darkTheme: Theme = {fg: 255, bg: 0};
const lightTheme: Theme = {fg: 0, bg: 255};
const grey: Record<string, number> = {'30': 0, '40': 0, '97': 255, '107': 255};

/** Draws terminal lines as a picture the way a terminal would: 4×8 pixels a cell, colours from SGR or the theme. */
function paint(lines: string[], theme: Theme): {data: Uint8ClampedArray; width: number; height: number} {
	const cellW = 4;
	const cellH = 8;
	const rows = lines.map((line) => {
		const cells: Array<{char: string; fg: number; bg: number}> = [];
		let fg = theme.fg;
		let bg = theme.bg;
		for (const part of line.split(/(\x1b\[[0-9;]*m)/)) {
			const sgr = /^\x1b\[([0-9;]*)m$/.exec(part);
			if (sgr) {
				for (const code of sgr[1]!.split(';')) {
					if (code === '0' || code === '') [fg, bg] = [theme.fg, theme.bg];
					else if (code === '30' || code === '97') fg = grey[code]!;
					else if (code === '40' || code === '107') bg = grey[code]!;
				}
			} else for (const char of part) cells.push({char, fg, bg});
		}
		return cells;
	});
	const margin = 16;
	const width = Math.max(...rows.map((row) => row.length)) * cellW + margin * 2;
	const height = rows.length * cellH + margin * 2;
	const data = new Uint8ClampedArray(width * height * 4).fill(theme.bg);
	rows.forEach((row, y) =>
		row.forEach((cell, x) => {
			for (let py = 0; py < cellH; py++) {
				const upper = py < cellH / 2;
				const ink = cell.char === '█' || (cell.char === '▀' && upper) || (cell.char === '▄' && !upper);
				for (let px = 0; px < cellW; px++) {
					const at = ((margin + y * cellH + py) * width + margin + x * cellW + px) * 4;
					data.fill(ink ? cell.fg : cell.bg, at, at + 3);
					data[at + 3] = 255;
				}
			}
		}),
	);
	for (let at = 3; at < data.length; at += 4) data[at] = 255;
	return {data, width, height};
}

const decode = (lines: string[], theme: Theme) => {
	const image = paint(lines, theme);
	return jsQR(image.data, image.width, image.height, {inversionAttempts: 'dontInvert'})?.data ?? null;
};

const address = qrAddress('http://10.0.0.5:4242/', '123456');

describe('qrText', () => {
	it('puts the join address upper case with the code in its path, for alphanumeric mode', () => {
		expect(address).toBe('HTTP://10.0.0.5:4242/123456');
	});

	it('scans on a dark and on a light terminal theme alike', () => {
		const qr = qrText(address);
		expect(decode(qr.lines, darkTheme)).toBe(address);
		expect(decode(qr.lines, lightTheme)).toBe(address);
	});

	it('scans without colour on a dark theme from the glyphs alone', () => {
		expect(decode(qrText(address).plain, darkTheme)).toBe(address);
	});

	it('draws a module as two columns and one row, quiet zone included', () => {
		const qr = qrText(address);
		// Version 2 is 25 modules; with 4 on each side, 33.
		expect(qr).toMatchObject({version: 2, modules: 33, width: 66, height: 33, variant: 'full'});
		expect(qr.plain).toHaveLength(33);
		expect(qr.plain.every((line) => line.length === 66)).toBe(true);
		// The quiet zone is light: full rows of blocks.
		expect(qr.plain[0]).toBe('█'.repeat(66));
	});

	it('needs a larger code for the same address in lower case', () => {
		const long = 'http://192.168.100.200:54321/123456';
		expect(qrText(long).version).toBeGreaterThan(qrText(qrAddress('http://192.168.100.200:54321/', '123456')).version);
	});

	it('offers a half-block fallback, half as tall, that still decodes', () => {
		const qr = qrText(address, 'half');
		expect(qr).toMatchObject({variant: 'half', width: 33, height: 17});
		expect(decode(qr.lines, lightTheme)).toBe(address);
	});
});

describe('qrFitting', () => {
	it('chooses full blocks when they fit, then a narrower quiet zone, then half blocks, then nothing', () => {
		expect(qrFitting(address, 80, 40)).toMatchObject({variant: 'full', quietZone: 4});
		expect(qrFitting(address, 80, 30)).toMatchObject({variant: 'full', quietZone: 2});
		expect(qrFitting(address, 40, 20)).toMatchObject({variant: 'half'});
		expect(qrFitting(address, 20, 10)).toBeNull();
	});
});
