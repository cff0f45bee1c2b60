import {EventEmitter} from 'node:events';
import xterm from '@xterm/headless';
import {describe, expect, it} from 'vitest';
import {InkOutputStream} from '../../src/terminal/inkOutput.js';

const {Terminal} = xterm;

/** A stdout that feeds a headless terminal, and can pretend to be full (write backpressure). */
class FakeTerminal extends EventEmitter {
	readonly terminal = new Terminal({cols: 30, rows: 6, allowProposedApi: true});
	readonly writes: string[] = [];
	writableNeedDrain = false;
	columns = 30;
	rows = 6;

	write(data: string, done?: () => void): boolean {
		this.writes.push(data);
		this.terminal.write(data, done);
		return true;
	}

	async screen(): Promise<string[]> {
		await new Promise<void>((resolve) => this.terminal.write('', resolve));
		const buffer = this.terminal.buffer.active;
		return Array.from({length: this.rows}, (_, row) => buffer.getLine(row)!.translateToString(true));
	}
}

function setUp() {
	const out = new FakeTerminal();
	const stream = new InkOutputStream(out as unknown as NodeJS.WriteStream);
	return {out, stream};
}

/** What Ink's log-update writes for a frame in standard mode: erase the old lines, then the frame. */
const inkFrame = (lines: string[]) => `\x1b[2K\x1b[1A\x1b[2K\x1b[G${lines.join('\n')}\n`;

describe('InkOutputStream as a drawing surface', () => {
	it('draws lines directly, and a second frame writes only the row that changed', async () => {
		const {out, stream} = setUp();
		stream.draw(['Interference', 'Lavrov: yes', 'Johnson: no']);
		expect(await out.screen()).toEqual(['Interference', 'Lavrov: yes', 'Johnson: no', '', '', '']);
		out.writes.length = 0;
		stream.draw(['Interference', 'Lavrov: yes', 'Johnson: never']);
		expect(await out.screen()).toEqual(['Interference', 'Lavrov: yes', 'Johnson: never', '', '', '']);
		expect(out.writes.join('')).not.toContain('Interference');
		expect(out.writes.join('')).not.toContain('Lavrov');
	});

	it('ignores Ink’s frames while a view draws directly, and follows them again once released', async () => {
		const {out, stream} = setUp();
		stream.draw(['the reader']);
		// Ink's frame for a tree that renders nothing must not blank the screen.
		stream.write(inkFrame(['']));
		expect(await out.screen()).toEqual(['the reader', '', '', '', '', '']);
		stream.release();
		stream.write(inkFrame(['Question 1 of 17', '❯ a) 300']));
		expect(await out.screen()).toEqual(['Question 1 of 17', '❯ a) 300', '', '', '', '']);
		// And back: the direct frame is diffed against what Ink drew.
		stream.draw(['the reader']);
		expect(await out.screen()).toEqual(['the reader', '', '', '', '', '']);
	});

	it('writes only what changed when Ink clears the terminal before a frame as tall as it', async () => {
		const {out, stream} = setUp();
		// Ink's log-update, for a frame of the terminal's height: clear everything, then the frame.
		const tall = (lines: string[]) => `\x1b[2J\x1b[3J\x1b[H${lines.join('\n')}`;
		stream.write(tall(['Question 1', '❯ A. 300', '  B. 3,000', '', '', 'keys']));
		out.writes.length = 0;
		stream.write(tall(['Question 1', '  A. 300', '❯ B. 3,000', '', '', 'keys']));
		expect(await out.screen()).toEqual(['Question 1', '  A. 300', '❯ B. 3,000', '', '', 'keys']);
		const written = out.writes.join('');
		expect(written).not.toContain('\x1b[2J');
		expect(written).not.toContain('Question 1');
		expect(written).not.toContain('keys');
	});

	it('passes Ink’s cursor controls through even while drawing directly', () => {
		const {out, stream} = setUp();
		stream.draw(['x']);
		out.writes.length = 0;
		stream.write('\x1b[?25l');
		expect(out.writes).toEqual(['\x1b[?25l']);
	});

	it('redraws everything after a resize', async () => {
		const {out, stream} = setUp();
		stream.draw(['one', 'two']);
		out.emit('resize');
		out.writes.length = 0;
		stream.draw(['one', 'two']);
		expect(out.writes.join('')).toContain('\x1b[2J');
		expect(await out.screen()).toEqual(['one', 'two', '', '', '', '']);
	});

	it('while the terminal is behind, keeps only the newest frame and draws it on drain', async () => {
		const {out, stream} = setUp();
		stream.draw(['section 1']);
		out.writableNeedDrain = true;
		stream.draw(['section 2']);
		stream.draw(['section 3']);
		expect(await out.screen()).toEqual(['section 1', '', '', '', '', '']);
		out.writableNeedDrain = false;
		out.writes.length = 0;
		out.emit('drain');
		expect(await out.screen()).toEqual(['section 3', '', '', '', '', '']);
		expect(out.writes.join('')).not.toContain('section 2');
	});

	it('rehearsing a frame writes nothing and leaves the next diff against what is on screen', async () => {
		const {out, stream} = setUp();
		stream.draw(['Interference', 'turn 1']);
		out.writes.length = 0;
		stream.rehearse(['Interference', 'turn 1', 'turn 2']);
		expect(out.writes).toEqual([]);
		stream.draw(['Interference', 'turn 1', 'turn 2']);
		expect(await out.screen()).toEqual(['Interference', 'turn 1', 'turn 2', '', '', '']);
		expect(out.writes.join('')).not.toContain('Interference');
	});

	it('drops a waiting frame once released, so it never draws over Ink', async () => {
		const {out, stream} = setUp();
		stream.draw(['reader']);
		out.writableNeedDrain = true;
		stream.draw(['stale reader']);
		stream.release();
		out.writableNeedDrain = false;
		stream.write(inkFrame(['quiz']));
		out.emit('drain');
		expect(await out.screen()).toEqual(['quiz', '', '', '', '', '']);
	});
});
