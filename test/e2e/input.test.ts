import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {PtySession} from '../helpers/pty.js';

const headline = 'Johnson says Russia didn’t ‘successfully’ interfere in British elections';
let session: PtySession | undefined;
afterEach(() => session?.dispose());

/** The process state letter from /proc: "T" when stopped. */
function processState(pid: number): string {
	return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[0]!;
}

async function until(check: () => boolean, timeout = 5000) {
	const deadline = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('many keys in one write, in a real terminal', () => {
	it('the reader takes every key of a burst in order: "ll" reveals two turns, "3" then "q" goes and quits', async () => {
		const terminal = (session = new PtySession([], {cols: 100, rows: 45}));
		await terminal.ready(headline);
		terminal.write('ll');
		await terminal.waitFor('Boris Johnson · added');
		terminal.write('3q');
		expect((await terminal.exit()).exitCode).toBe(0);
		expect(terminal.output).toContain('Common ground');
	});

	for (const [name, burst] of [
		['Ctrl+C pressed twice', '\x03\x03'],
		['keys then Ctrl+C', 'llll\x03'],
		['q twice then Ctrl+C', 'qq\x03'],
	] as const) {
		it(`quits on ${name} arriving in one read`, async () => {
			const terminal = (session = new PtySession([], {cols: 100, rows: 30}));
			await terminal.ready(headline);
			terminal.write(burst);
			expect((await terminal.exit()).exitCode).toBe(0);
			expect(terminal.bufferType).toBe('normal');
		});
	}

	it('keys typed before the app is up wait for it instead of being lost', async () => {
		const terminal = (session = new PtySession([], {cols: 100, rows: 30}));
		// At once, before the first screen: the terminal holds them until the app reads.
		terminal.write('3');
		await terminal.waitFor(/3\/4/);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	it('Enter typed while the quiz starts, before raw mode, chooses: the terminal turned it into a line feed', async () => {
		const terminal = (session = new PtySession(['quiz', '--seed', '5', '--no-save'], {cols: 100, rows: 30}));
		// At once: the terminal is still in line mode, which echoes it and turns \r into \n.
		terminal.write('\r');
		await terminal.waitFor(/Right|Not quite/);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	it('the presenter moves once for each of ten spaces sent at once', async () => {
		const terminal = (session = new PtySession(['present'], {cols: 100, rows: 30, env: {XDG_RUNTIME_DIR: process.env['TMPDIR'] ?? '/tmp'}}));
		await terminal.ready(/ 1 \/ \d+ $/m);
		terminal.write(' '.repeat(10));
		await terminal.waitFor(/ 11 \/ \d+ $/m);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	it('the quiz moves the highlight once for each arrow of "Down Down" and for each of "jj"', async () => {
		const terminal = (session = new PtySession(['quiz', '--seed', '5', '--no-save'], {cols: 100, rows: 30}));
		await terminal.ready('❯ A.');
		terminal.write('\x1b[B\x1b[B');
		await terminal.waitFor('❯ C.');
		terminal.write('kk');
		await terminal.waitFor('❯ A.');
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	it('ignores keys it has no name for (Ctrl+F1, Ctrl+F3, a focus report) and takes the next one', async () => {
		const terminal = (session = new PtySession([], {cols: 100, rows: 30}));
		await terminal.ready(headline);
		terminal.write('\x1b[1;5P\x1b[1;5R\x1b[I');
		terminal.write('3');
		await terminal.waitFor(/3\/4/);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
		expect(terminal.output).not.toMatch(/TypeError|\n\s+at /);
	});
});

describe('suspending like a full-screen program', () => {
	it('Ctrl+Z gives the terminal back and stops; SIGCONT takes it back, redraws and listens again', async () => {
		const terminal = (session = new PtySession([], {cols: 100, rows: 30}));
		await terminal.ready(headline);
		terminal.write('\x1a');
		await until(() => processState(terminal.pid) === 'T');
		await terminal.waitFor(() => terminal.bufferType === 'normal' && terminal.cursorVisible);
		expect(terminal.rawMode()).toBe(false);
		process.kill(terminal.pid, 'SIGCONT');
		await terminal.waitFor(() => terminal.bufferType === 'alternate' && terminal.screen().includes('Sergei Lavrov · said'));
		await until(() => terminal.rawMode());
		terminal.write('3');
		await terminal.waitFor(/3\/4/);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
		expect(terminal.bufferType).toBe('normal');
	});

	it('a SIGTSTP from outside does the same', async () => {
		const terminal = (session = new PtySession([], {cols: 100, rows: 30}));
		await terminal.ready(headline);
		terminal.kill('SIGTSTP');
		await until(() => processState(terminal.pid) === 'T');
		await terminal.waitFor(() => terminal.bufferType === 'normal');
		process.kill(terminal.pid, 'SIGCONT');
		await terminal.waitFor(() => terminal.bufferType === 'alternate' && terminal.screen().includes('1/4'));
		await until(() => terminal.rawMode());
		terminal.write('l');
		await terminal.waitFor('Boris Johnson · replied');
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});
});
