import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {paint} from '../../src/terminal/firstPaint.js';
import {InkOutputStream} from '../../src/terminal/inkOutput.js';
import type {TerminalSession} from '../../src/terminal/session.js';
import {createTheme} from '../../src/screen/theme.js';
import type {Line} from '../../src/screen/line.js';

class FakeStdout extends EventEmitter {
	readonly writes: string[] = [];
	writableNeedDrain = false;
	columns = 40;
	rows = 6;
	write(data: string): boolean {
		this.writes.push(data);
		return true;
	}
}

const session = {onRedraw: () => {}} as unknown as TerminalSession;
const lines: Line[] = [[{text: 'Interference', style: {role: 'heading'}}], [{text: 'Lavrov said yes', style: {role: 'text'}}]];

/** Paints the first screen, lets `meanwhile` happen, then mounts the UI's output stream on it as the app does. */
function firstFrame(meanwhile: (out: FakeStdout) => void): string {
	const out = new FakeStdout();
	const theme = createTheme('dark', false);
	const painted = paint(lines, theme, out as unknown as NodeJS.WriteStream, session);
	meanwhile(out);
	const stream = new InkOutputStream(out as unknown as NodeJS.WriteStream);
	stream.seed(painted);
	out.writes.length = 0;
	stream.draw(painted.length > 0 ? painted : ['Interference', 'Lavrov said yes']);
	return out.writes.join('');
}

describe('the first screen, painted before the UI loads', () => {
	it('is taken by the UI as on screen: its first frame of the same lines writes nothing', () => {
		expect(firstFrame(() => {})).toBe('');
	});

	it('is drawn again from a cleared screen when the terminal was resized before the UI took over', () => {
		const written = firstFrame((out) => {
			out.columns = 20;
			out.emit('resize');
		});
		expect(written.startsWith('\x1b[2J')).toBe(true);
		expect(written).toContain('Interference');
		expect(written).toContain('Lavrov said yes');
	});
});
