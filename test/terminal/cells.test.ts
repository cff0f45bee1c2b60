import xterm from '@xterm/headless';
import {describe, expect, it} from 'vitest';
import {diffCells, parseCells} from '../../src/terminal/cells.js';
import {parseInkWrite} from '../../src/terminal/inkOutput.js';
import {seededRandom} from '../../src/quiz/shuffle.js';

const {Terminal} = xterm;
const cols = 40;
const rows = 12;

function write(terminal: InstanceType<typeof Terminal>, data: string): Promise<void> {
	return new Promise((resolve) => terminal.write(data, resolve));
}

/** Every cell's character and attributes, as a user would see them. */
function snapshot(terminal: InstanceType<typeof Terminal>): string[] {
	const buffer = terminal.buffer.active;
	const out: string[] = [];
	for (let row = 0; row < rows; row++) {
		const line = buffer.getLine(row)!;
		let text = '';
		for (let column = 0; column < cols; column++) {
			const cell = line.getCell(column)!;
			const chars = cell.getChars() || ' ';
			const attributes = [cell.isBold(), cell.isDim(), cell.isItalic(), cell.isUnderline(), cell.isInverse(), cell.getFgColorMode(), cell.getFgColor(), cell.getBgColorMode(), cell.getBgColor()];
			text += chars === ' ' && attributes.slice(0, 5).every((value) => !value) && cell.getBgColorMode() === 0 ? ' ' : `${chars}{${attributes.join(',')}}`;
		}
		out.push(text);
	}
	return out;
}

async function paintDirect(lines: string[]): Promise<string[]> {
	const terminal = new Terminal({cols, rows, allowProposedApi: true});
	await write(terminal, lines.map((line, row) => `\x1b[${row + 1};1H${line}\x1b[m`).join(''));
	return snapshot(terminal);
}

async function paintByDiffs(frames: string[][]): Promise<string[]> {
	const terminal = new Terminal({cols, rows, allowProposedApi: true});
	let previous: ReturnType<typeof parseCells>[] = [];
	for (const frame of frames) {
		const cells = frame.map(parseCells);
		await write(terminal, diffCells(previous, cells));
		previous = cells;
	}
	return snapshot(terminal);
}

const styles = ['', '\x1b[1m', '\x1b[2m', '\x1b[3m', '\x1b[33m', '\x1b[96m\x1b[1m', '\x1b[7m', '\x1b[30m\x1b[43m', '\x1b[38;2;135;95;0m', '\x1b[4m'];
const words = ['Lavrov', 'Johnson', '“He’s', 'afraid”', '—', '日本', '↓', '━━━', 'the', 'coat', '  ', '   '];

function randomFrame(random: () => number): string[] {
	return Array.from({length: Math.floor(random() * rows) + 1}, () => {
		let line = '';
		let width = 0;
		for (let count = Math.floor(random() * 8); count > 0; count--) {
			const word = words[Math.floor(random() * words.length)]!;
			const widthOf = [...word].reduce((sum, character) => sum + (/[日本]/.test(character) ? 2 : 1), 0) + 1;
			if (width + widthOf > cols) break;
			width += widthOf;
			line += `${styles[Math.floor(random() * styles.length)]}${word}\x1b[0m `;
		}
		return line;
	});
}

describe('frame diffs', () => {
	it('leave the screen exactly as painting the last frame afresh would, over many random frames', async () => {
		const random = seededRandom(42);
		for (let sequence = 0; sequence < 40; sequence++) {
			const frames = Array.from({length: 4}, () => randomFrame(random));
			expect(await paintByDiffs(frames)).toEqual(await paintDirect(frames.at(-1)!));
		}
	});

	it('leave the screen right after small edits of the previous frame, wide characters and styles included', async () => {
		const random = seededRandom(7);
		const pieces = ['日', '本', '語', 'a', 'b', ' ', 'the', 'coat', '\x1b[1mbold\x1b[0m', '\x1b[33m日本\x1b[0m', '—'];
		const pick = () => pieces[Math.floor(random() * pieces.length)]!;
		const edit = (line: string) => {
			const parts = [...line.matchAll(/\x1b\[[0-9;]*m|[^\x1b]/gu)].map((match) => match[0]);
			const at = Math.floor(random() * (parts.length + 1));
			const kind = random();
			if (kind < 0.33) parts.splice(at, 1);
			else if (kind < 0.66) parts.splice(at, 0, pick());
			else parts.splice(at, 1, pick());
			return parts.join('');
		};
		for (let sequence = 0; sequence < 60; sequence++) {
			const frames = [Array.from({length: 3}, () => Array.from({length: 6}, pick).join(''))];
			for (let step = 0; step < 5; step++) frames.push(frames.at(-1)!.map((line) => (random() < 0.5 ? edit(line) : line)));
			expect(await paintByDiffs(frames), JSON.stringify(frames)).toEqual(await paintDirect(frames.at(-1)!));
		}
		// The case seen by hand: two wide characters replaced by two narrow ones.
		expect(await paintByDiffs([['日本 the coat'], ['ab the coat']])).toEqual(await paintDirect(['ab the coat']));
	});

	it('write nothing for an unchanged frame and little for a small change', () => {
		const frame = ['\x1b[2m Johnson says Russia\x1b[22m                 \x1b[1m 1/4 \x1b[22m', ' Interference'];
		const cells = frame.map(parseCells);
		expect(diffCells(cells, cells)).toBe('');
		const next = [frame[0]!.replace('1/4', '2/4'), frame[1]!];
		expect(diffCells(cells, next.map(parseCells))).toBe('\x1b[1;39H\x1b[0;1m2\x1b[m');
	});

	it('erase what a shorter line leaves behind', () => {
		expect(diffCells([parseCells('abcdef')], [parseCells('abc')])).toBe('\x1b[1;4H\x1b[K');
	});
});

describe("Ink's writes", () => {
	it('are split into the frame and the controls that must pass through', () => {
		const write = '\x1b[?2026h\x1b[2K\x1b[1A\x1b[2K\x1b[G\x1b[2mtitle\x1b[22m\nbody\n\x1b[?2026l';
		expect(parseInkWrite(write)).toEqual({frame: ['\x1b[2mtitle\x1b[22m', 'body'], controls: '', cleared: false});
		expect(parseInkWrite('\x1b[?25l')).toEqual({frame: null, controls: '\x1b[?25l', cleared: false});
		expect(parseInkWrite('\x1b[2J\x1b[3J\x1b[Hframe\n').cleared).toBe(true);
	});
});
