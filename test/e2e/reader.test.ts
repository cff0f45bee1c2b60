import {afterEach, describe, expect, it} from 'vitest';
import {PtySession} from '../helpers/pty.js';

const headline = 'Johnson says Russia didn’t ‘successfully’ interfere in British elections';
let session: PtySession | undefined;
afterEach(() => session?.dispose());

function open(args: string[] = [], size = {cols: 100, rows: 30}) {
	session = new PtySession(args, size);
	return session;
}

/** Every row is used and fits: the header on the first, the keys on the last, nothing scrolled away. */
function expectFits(terminal: PtySession, cols: number, rows: number) {
	const lines = terminal.lines();
	expect(lines).toHaveLength(rows);
	for (const line of lines) expect(line.length).toBeLessThanOrEqual(cols);
	expect(lines[0]).toMatch(/\d\/4\s*$/);
	expect(lines[rows - 1]).toMatch(/[━─].* q/);
}

describe('the reader in a real terminal', () => {
	it('opens on the headline, pages, reveals turns, survives a resize, shows help and quits with q', async () => {
		const terminal = open();
		await terminal.ready(headline);
		expect(terminal.bufferType).toBe('alternate');
		expect(terminal.cursorVisible).toBe(false);
		expect(terminal.screen()).toMatch(/1\/4/);
		expect(terminal.screen()).toContain('Sergei Lavrov · said');

		terminal.write('\x1b[C');
		await terminal.waitFor('Boris Johnson · replied');
		terminal.write(' ');
		await terminal.waitFor('Boris Johnson · added');
		terminal.write('l');
		await terminal.waitFor(/A relationship in the deep freeze/);
		expect(terminal.screen()).toMatch(/2\/4/);

		terminal.resize(50, 14);
		await terminal.waitFor(() => terminal.lines()[0]!.includes('2/4') && /↓ \d+ more below/.test(terminal.screen()) && /[━─].* q/.test(terminal.lines()[13]!));
		expectFits(terminal, 50, 14);
		terminal.resize(100, 30);
		await terminal.waitFor(() => /Litvinenko, a former KGB officer turned critic of the Kremlin/.test(terminal.screen().replace(/\s+/g, ' ')) && /[━─].* q/.test(terminal.lines()[29]!));
		expectFits(terminal, 100, 30);

		terminal.write('?');
		await terminal.waitFor(/Next: the rest of a long section/);
		terminal.write('\x1b');
		await terminal.waitFor(() => !terminal.screen().includes('Next: the rest'));

		terminal.write('q');
		const status = await terminal.exit();
		expect(status.exitCode).toBe(0);
		expect(terminal.bufferType).toBe('normal');
		expect(terminal.cursorVisible).toBe(true);
	});

	it('draws the whole screen again when the window is shrunk and grown back at once', async () => {
		const terminal = open();
		await terminal.ready(headline);
		terminal.write('l');
		await terminal.waitFor('Boris Johnson · replied');
		// All while the program is stopped: when it looks, its size is the old one again, and the
		// terminal has cut what was on screen to fit the smallest.
		process.kill(terminal.pid, 'SIGSTOP');
		for (const [cols, rows] of [[1, 1], [300, 100], [1, 1], [100, 30]] as const) terminal.resize(cols, rows);
		await terminal.waitFor(() => !terminal.screen().includes('Boris Johnson · replied'));
		process.kill(terminal.pid, 'SIGCONT');
		await terminal.waitFor(() => terminal.lines()[0]!.includes('1/4') && terminal.screen().includes('Boris Johnson · replied') && /[━─].* q/.test(terminal.lines()[29]!));
		expectFits(terminal, 100, 30);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	it('draws the first screen at the new size when the window is resized while the program starts', async () => {
		const fresh = open([], {cols: 60, rows: 20});
		await fresh.ready('Financial Times · Moscow');
		fresh.write('3');
		await fresh.waitFor(/3\/4/);
		const expected = fresh.screen();
		fresh.dispose();
		const terminal = open();
		await terminal.waitFor(headline);
		// Before the UI has loaded (the first screen is painted first): what was painted is reflowed.
		terminal.resize(60, 20);
		terminal.write('3');
		await terminal.waitFor(/3\/4/);
		await terminal.waitFor(() => terminal.screen() === expected, 3000);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	it('quits with Ctrl+C and leaves raw mode off', async () => {
		// A shell around the reader reports the terminal's modes after it exits.
		const terminal = new PtySession(['-c', 'node dist/cli.js; echo "exit=$?"; stty -a; sleep 0.3'], {command: '/bin/bash'});
		session = terminal;
		await terminal.ready(headline);
		expect(terminal.rawMode()).toBe(true);
		terminal.write('\x03');
		await terminal.exit();
		expect(terminal.screen()).toContain('exit=0');
		expect(terminal.screen()).toMatch(/ icanon /);
		expect(terminal.screen()).toMatch(/ echo /);
		expect(terminal.bufferType).toBe('normal');
		expect(terminal.cursorVisible).toBe(true);
	});

	it('on a fault outside the start-up (here a timer that throws), says so in one line after restoring the terminal', async () => {
		// A module loaded first plants the fault, half a second in: the reader is up by then.
		const fault = `data:text/javascript,setTimeout(() => { throw new Error('planted fault'); }, 500)`;
		const terminal = new PtySession(['-c', `node --import "${fault}" dist/cli.js; echo "exit=$?"; stty -a; sleep 0.3`], {command: '/bin/bash'});
		session = terminal;
		await terminal.ready(headline);
		await terminal.exit();
		expect(terminal.screen()).toContain('exit=70');
		expect(terminal.screen()).toContain('press-reader: internal error: planted fault (set PRESS_READER_DEBUG=1 for details)');
		expect(terminal.output).not.toMatch(/\n\s+at /);
		expect(terminal.screen()).toMatch(/ icanon /);
		expect(terminal.bufferType).toBe('normal');
		expect(terminal.cursorVisible).toBe(true);
	});

	for (const signal of ['SIGTERM', 'SIGHUP']) {
		it(`restores the terminal on ${signal}`, async () => {
			const terminal = open();
			await terminal.ready(headline);
			terminal.kill(signal);
			const status = await terminal.exit();
			expect(status.exitCode).toBe(signal === 'SIGTERM' ? 143 : 129);
			expect(terminal.bufferType).toBe('normal');
			expect(terminal.cursorVisible).toBe(true);
		});
	}

	// Colour SGR parameters: 30–37, 39, 40–47, 49, 90–97, 100–107, 38;…, 48;….
	const colourCodes = /\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;
	const screenOutput = (terminal: PtySession) => terminal.output.slice(terminal.output.indexOf('\x1b[?1049h'));

	it('uses colour by default, none with NO_COLOR or --no-color, but keeps bold for names', async () => {
		const coloured = open();
		await coloured.ready(headline);
		expect(screenOutput(coloured)).toMatch(colourCodes);
		coloured.write('q');
		await coloured.exit();
		for (const [args, env] of [[[], {NO_COLOR: '1'}], [['--no-color'], {}]] as const) {
			const plain = (session = new PtySession([...args], {env}));
			await plain.ready(headline);
			expect(screenOutput(plain)).not.toMatch(colourCodes);
			expect(screenOutput(plain)).toMatch(/\x1b\[(?:0;)?1m/);
			plain.write('q');
			expect((await plain.exit()).exitCode).toBe(0);
		}
	});

	it('draws speakers in other colours with --theme light', async () => {
		const speakerColours = async (args: string[]) => {
			const terminal = (session = new PtySession(args));
			await terminal.ready(headline);
			const codes = new Set([...screenOutput(terminal).matchAll(/\x1b\[[0-9;]*m/g)].map((match) => match[0]));
			terminal.write('q');
			await terminal.exit();
			return codes;
		};
		const dark = await speakerColours([]);
		const light = await speakerColours(['--theme', 'light']);
		expect([...light].some((code) => !dark.has(code))).toBe(true);
	});

	it('asks for a larger terminal below 40×10 and recovers', async () => {
		const terminal = open([], {cols: 36, rows: 9});
		await terminal.ready(/Terminal too small \(36×9\)/);
		terminal.resize(60, 16);
		await terminal.waitFor(/1\/4/);
		expectFits(terminal, 60, 16);
		terminal.write('q');
		expect((await terminal.exit()).exitCode).toBe(0);
	});

	// The shells below sleep a moment before exiting: node-pty can drop output that arrives as the
	// process exits.
	it('with stdout piped, prints the article and exits without waiting for keys', async () => {
		const terminal = new PtySession(['-c', 'node dist/cli.js | tail -n 3; echo "exit=${PIPESTATUS[0]}"; sleep 0.3'], {command: '/bin/bash'});
		session = terminal;
		const status = await terminal.exit();
		expect(status.exitCode).toBe(0);
		expect(terminal.screen()).toContain('Copyright The Financial Times Limited 2017');
		expect(terminal.screen()).toContain('exit=0');
	});

	it('in a dumb terminal (TERM=dumb), prints plain text instead of a full screen, and join says why it cannot play', async () => {
		// node-pty sets TERM from the terminal's name: the shell sets it again.
		const terminal = new PtySession(['-c', 'export TERM=dumb; node dist/cli.js; echo "read=$?"; node dist/cli.js quiz --seed 1 > /dev/null; echo "quiz=$?"; node dist/cli.js join 127.0.0.1:9 123456; echo "join=$?"; sleep 0.3'], {command: '/bin/bash', cols: 200, rows: 30});
		session = terminal;
		expect((await terminal.exit()).exitCode).toBe(0);
		expect(terminal.output).not.toContain('\x1b[?1049h');
		expect(terminal.screen()).toContain('Copyright The Financial Times Limited 2017');
		expect(terminal.screen()).toContain('read=0');
		expect(terminal.screen()).toContain('quiz=0');
		expect(terminal.screen()).toContain('press-reader: join needs a terminal (stdin and stdout must be a terminal that can show a full screen, not TERM=dumb)');
		expect(terminal.screen()).toContain('join=2');
	});

	it('--print prints plain text even in a terminal', async () => {
		const terminal = new PtySession(['-c', 'node dist/cli.js --print --width 60; sleep 0.3'], {command: '/bin/bash', cols: 100, rows: 200});
		session = terminal;
		expect((await terminal.exit()).exitCode).toBe(0);
		expect(terminal.bufferType).toBe('normal');
		expect(terminal.screen().replace(/\s+/g, ' ')).toContain('“So you’ve searched it already,” Mr Johnson replied.');
	});
});
