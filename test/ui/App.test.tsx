import {stripVTControlCharacters} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../src/ui/App.js';
import {SurfaceContext} from '../../src/ui/surface.js';
import {createTheme} from '../../src/screen/theme.js';
import {loadBundled} from '../helpers/content.js';
import {frameText, keys, send, settle} from '../helpers/ink.js';

const article = loadBundled();
const theme = createTheme('dark', false);

afterEach(() => cleanup());

async function open(cols: number, rows: number) {
	const app = render(<App article={article} theme={theme} viewport={{cols, rows}} />);
	await settle();
	return {...app, screen: () => frameText(app)};
}

describe('the reader at different sizes', () => {
	for (const [cols, rows] of [[80, 24], [50, 14], [40, 10], [100, 45]] as const) {
		it(`fits ${cols}×${rows}: header, body, footer within rows - 1 lines and cols columns`, async () => {
			const {screen, stdin} = await open(cols, rows);
			for (const step of ['', keys.right, keys.right, '?', keys.escape, 't', keys.escape, 'G']) {
				await send(stdin, step);
				const lines = screen().split('\n');
				expect(lines.length).toBeLessThanOrEqual(rows - 1);
				for (const line of lines) expect(line.length).toBeLessThanOrEqual(cols);
			}
		});
	}

	it('opens with the headline, the section title, the position and the main keys', async () => {
		const {screen} = await open(80, 24);
		const lines = screen().split('\n');
		expect(lines[0]).toMatch(/^ Johnson says Russia didn’t ‘successfully’ interfere in British elections +1\/4\s*$/);
		expect(lines[1]).toMatch(/^ Interference/);
		expect(screen()).toContain('‘He’s afraid that if he doesn’t contradict me');
		expect(lines.at(-1)).toMatch(/━.*→ next +← back .*\? help +q quit/);
		expect(lines.at(-2)).toMatch(/▸ 2 more turns \(→\)/);
	});

	it('shows what is below and above a long section', async () => {
		const {screen, stdin} = await open(50, 14);
		expect(screen().split('\n').at(-2)).toMatch(/↓ \d+ more below\s*$/);
		await send(stdin, 'j', 'j');
		expect(screen().split('\n')[1]).toMatch(/↑ 2 more above\s*$/);
	});
});

describe('dialogue with real keys', () => {
	it('reveals a turn per step, then moves on; ← steps back', async () => {
		const {screen, stdin} = await open(100, 45);
		expect(screen()).toContain('Sergei Lavrov · said');
		expect(screen()).not.toContain('Boris Johnson · replied');
		await send(stdin, keys.right);
		expect(screen()).toContain('Boris Johnson · replied');
		await send(stdin, ' ');
		expect(screen()).toContain('Boris Johnson · added');
		expect(screen()).not.toContain('more turn');
		await send(stdin, keys.pageDown);
		expect(screen().split('\n')[1]).toMatch(/A relationship in the deep freeze/);
		expect(screen().split('\n')[0]).toMatch(/2\/4\s*$/);
		await send(stdin, keys.left);
		expect(screen()).toContain('Boris Johnson · added');
		await send(stdin, keys.left);
		expect(screen()).not.toContain('Boris Johnson · added');
	});

	it('d shows the plain paragraphs of the section instead', async () => {
		const {screen, stdin} = await open(100, 45);
		await send(stdin, 'd');
		expect(screen()).toContain('But Mr Johnson replied: “I think you should recognise');
		expect(screen()).not.toContain('· said');
	});
});

describe('overlays and search', () => {
	it('? shows help generated from the keymap', async () => {
		const {screen, stdin} = await open(80, 40);
		await send(stdin, '?');
		expect(screen()).toContain(' Keys');
		expect(screen()).toMatch(/→ l Space PgDn +Next step/);
		await send(stdin, keys.escape);
		await new Promise((resolve) => setTimeout(resolve, 60));
		await settle();
		expect(screen()).not.toContain('Next step');
	});

	it('t lists sections and Enter goes to the selected one', async () => {
		const {screen, stdin} = await open(80, 24);
		await send(stdin, 't');
		expect(screen()).toMatch(/● 1\. Interference/);
		await send(stdin, keys.down, keys.down, keys.down, keys.enter);
		expect(screen().split('\n')[1]).toMatch(/Trust and coat pockets/);
	});

	it('p lists the cast with roles and the names the text uses', async () => {
		const {screen, stdin} = await open(80, 30);
		await send(stdin, 'p');
		expect(screen()).toContain('Sergei Lavrov');
		expect(screen()).toContain('Called: “Mr Lavrov”, “Lavrov”');
	});

	it('/ searches, shows the match count, n moves on', async () => {
		const {screen, stdin} = await open(80, 24);
		await send(stdin, '/', ...'coat', keys.enter);
		expect(screen()).toMatch(/“coat”: match 1 of 3/);
		expect(screen().split('\n')[1]).toMatch(/Trust and coat pockets/);
		await send(stdin, 'n');
		expect(screen()).toMatch(/“coat”: match 2 of 3/);
	});
});

describe('a terminal below the usable size', () => {
	it('asks for a larger terminal and recovers when it grows', async () => {
		const app = render(<App article={article} theme={theme} viewport={{cols: 30, rows: 8}} />);
		await settle();
		expect(frameText(app)).toMatch(/Terminal too small \(30×8\)/);
		expect(frameText(app).split('\n').length).toBeLessThanOrEqual(7);
		app.rerender(<App article={article} theme={theme} viewport={{cols: 80, rows: 24}} />);
		await settle();
		expect(frameText(app)).toContain('Interference');
	});
});

describe('drawing through a surface, as the CLI does', () => {
	/** Records what the app draws directly, and whether Ink's frames are drawn meanwhile. */
	function recorder() {
		const frames: string[][] = [];
		const rehearsed: string[][] = [];
		let claimed = false;
		return {
			surface: {
				draw: (lines: string[]) => {
					claimed = true;
					frames.push(lines.map((line) => stripVTControlCharacters(line)));
				},
				release: () => {
					claimed = false;
				},
				rehearse: (lines: string[]) => {
					rehearsed.push(lines.map((line) => stripVTControlCharacters(line)));
				},
			},
			frames,
			rehearsed,
			claimed: () => claimed,
		};
	}

	it('the reader and the quiz draw whole frames on the surface and leave Ink nothing to draw', async () => {
		const record = recorder();
		const app = render(
			<SurfaceContext.Provider value={record.surface}>
				<App article={article} theme={theme} viewport={{cols: 80, rows: 24}} />
			</SurfaceContext.Provider>,
		);
		await settle();
		expect(record.claimed()).toBe(true);
		expect(record.frames.at(-1)![0]).toMatch(/Johnson says Russia/);
		expect(record.frames.at(-1)!.length).toBeLessThanOrEqual(23);
		expect(frameText(app).trim()).toBe('');
		// While the user reads, the screen of the likely next key is composed ahead, not drawn.
		await new Promise((resolve) => setTimeout(resolve, 10));
		const drawn = record.frames.length;
		expect(record.rehearsed).toHaveLength(1);
		await send(app.stdin, keys.right);
		expect(record.frames).toHaveLength(drawn + 1);
		expect(record.frames.at(-1)).toEqual(record.rehearsed[0]);
		expect(record.frames.at(-1)!.join('\n')).toMatch(/more turn/);
		// The quiz's options are drawn with its frame; ink-select-input only moves the highlight.
		await send(app.stdin, 'x');
		expect(record.frames.at(-1)!.join('\n')).toMatch(/Quiz · question 1 of 17/);
		expect(record.frames.at(-1)!.join('\n')).toMatch(/❯ A\. /);
		await send(app.stdin, keys.down);
		expect(record.frames.at(-1)!.join('\n')).toMatch(/❯ B\. /);
		expect(record.claimed()).toBe(true);
		expect(frameText(app).trim()).toBe('');
		await send(app.stdin, keys.escape);
		expect(record.frames.at(-1)![1]).toMatch(/Interference/);
	});
});

describe('composing ahead', () => {
	it('a rehearsal that fails leaves the reader running and the key still works', async () => {
		const drawn: string[][] = [];
		const surface = {
			draw: (lines: string[]) => drawn.push(lines.map((line) => stripVTControlCharacters(line))),
			release: () => {},
			rehearse: () => {
				throw new Error('rehearsal failed');
			},
		};
		const app = render(
			<SurfaceContext.Provider value={surface}>
				<App article={article} theme={theme} viewport={{cols: 80, rows: 24}} />
			</SurfaceContext.Provider>,
		);
		await settle();
		await new Promise((resolve) => setTimeout(resolve, 10));
		await send(app.stdin, keys.right);
		expect(drawn.at(-1)!.join('\n')).toMatch(/more turn/);
	});
});
