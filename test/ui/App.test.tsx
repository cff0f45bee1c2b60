import {afterEach, describe, expect, it} from 'vitest';
import {AppRoot, type AppProps} from '../../src/ui/App.js';
import {loadBundled} from '../helpers/content.js';
import {keys, renderView, type RenderedView} from '../helpers/terminal.js';

const article = loadBundled();
let view: RenderedView | undefined;
afterEach(() => view?.unmount());

async function open(cols: number, rows: number, props: Partial<Omit<AppProps, 'viewport'>> = {}) {
	view = await renderView(<AppRoot article={props.article ?? article} {...props} />, {cols, rows});
	return view;
}

describe('the reader at different sizes', () => {
	for (const [cols, rows] of [[80, 24], [50, 14], [40, 10], [100, 45]] as const) {
		it(`fits ${cols}×${rows}: the header on the first row, the keys on the last, nothing past the edge`, async () => {
			const app = await open(cols, rows);
			for (const step of ['', keys.right, keys.right, '?', keys.escape, 't', keys.escape, 'G']) {
				await app.press(step);
				const lines = app.lines();
				expect(lines).toHaveLength(rows);
				expect(lines.at(-1)).toMatch(/━|─/);
				expect(lines.at(-1)).toMatch(/ q/);
			}
		});
	}

	it('opens with the headline once, the section title, the position and the main keys', async () => {
		const app = await open(80, 24);
		const lines = app.lines();
		expect(lines[0]).toMatch(/^ +1\/4\s*$/);
		expect(lines[1]).toMatch(/^ Interference/);
		expect(app.screen().match(/Johnson says Russia/g)).toHaveLength(1);
		expect(lines.at(-1)).toMatch(/━.*→ next +← back .*\? help/);
		await app.press(keys.right);
		expect(app.lines()[0]).toMatch(/^ Johnson says Russia .* British elections +1\/4\s*$/);
	});

	it('says how many turns are left once, beside the turns', async () => {
		const app = await open(100, 45);
		expect(app.screen().match(/more turns?/g)).toHaveLength(1);
		expect(app.screen()).toMatch(/Sergei Lavrov · said[^]*▸ 2 more turns/);
	});

	it('at 40 columns the footer still names every key', async () => {
		const app = await open(40, 12);
		const last = app.lines().at(-1)!;
		for (const key of ['→', '←', 't', '/', 'p', 'x', '?', 'q']) expect(last).toContain(key);
	});

	it('offers scrolling only when the section does not fit, and d by what it switches to', async () => {
		const tall = await open(100, 60);
		expect(tall.lines().at(-1)).not.toContain('scroll');
		expect(tall.lines().at(-1)).toContain('d paragraphs');
		await tall.press('d');
		expect(tall.lines().at(-1)).toContain('d dialogue');
		tall.unmount();
		const short = await open(100, 14);
		expect(short.lines().at(-1)).toContain('↓/↑ scroll');
	});

	it('shows what is below and above a long section', async () => {
		const app = await open(50, 14);
		expect(app.lines().at(-2)).toMatch(/↓ \d+ more below\s*$/);
		await app.press('j', 'j');
		expect(app.lines()[1]).toMatch(/↑ 2 more above\s*$/);
	});

	it('pages through a long section as a pager does before moving to the next one', async () => {
		const app = await open(60, 12);
		await app.press('d');
		expect(app.lines().at(-2)).toMatch(/↓ (\d+) more below/);
		await app.press(' ');
		expect(app.lines()[1]).toMatch(/Interference +↑ \d+ more above/);
		// Paging never skips a line: every line of the section is seen on the way.
		const seen = new Set<string>();
		for (let page = 0; page < 10 && /Interference/.test(app.lines()[1]!); page++) {
			for (const line of app.lines().slice(2, -2)) seen.add(line.trim());
			await app.press(' ');
		}
		expect(app.lines()[1]).toMatch(/A relationship in the deep freeze/);
		for (const fragment of ['90-minute', 'contradict me', 'entirely different matter']) expect([...seen].some((line) => line.includes(fragment))).toBe(true);
	});

	it('at the end of the article says so and offers the quiz', async () => {
		const app = await open(100, 60);
		await app.press('G', ...Array.from({length: 6}, () => ' '));
		expect(app.lines().at(-2)).toMatch(/The end — x for the quiz, q to quit/);
	});
});

describe('keys that arrive together, as when typed fast, repeated or pasted', () => {
	it('counts every key of one read, in order', async () => {
		const app = await open(100, 45);
		await app.press('ll');
		expect(app.screen()).toContain('Boris Johnson · added');
		await app.press('3');
		expect(app.lines()[0]).toMatch(/3\/4/);
		await app.press('1ll');
		expect(app.screen()).toContain('Boris Johnson · added');
	});

	it('runs a search typed and committed in one read', async () => {
		const app = await open(80, 24);
		await app.press('/coat\r');
		expect(app.screen()).toMatch(/“coat”: match 1 of 3/);
	});

	it('quits on the first of two Ctrl+C in one read, and on q before more keys', async () => {
		const app = await open(80, 24);
		await app.press('\x03\x03');
		await app.exited;
		const other = await open(80, 24);
		await other.press('qlll');
		await other.exited;
	});
});

describe('dialogue with real keys', () => {
	it('reveals a turn per step, then moves on; ← steps back', async () => {
		const app = await open(100, 45);
		expect(app.screen()).toContain('Sergei Lavrov · said');
		expect(app.screen()).not.toContain('Boris Johnson · replied');
		await app.press(keys.right);
		expect(app.screen()).toContain('Boris Johnson · replied');
		await app.press(' ');
		expect(app.screen()).toContain('Boris Johnson · added');
		expect(app.screen()).not.toContain('more turn');
		await app.press(keys.pageDown);
		expect(app.lines()[1]).toMatch(/A relationship in the deep freeze/);
		expect(app.lines()[0]).toMatch(/2\/4\s*$/);
		await app.press(keys.left);
		expect(app.screen()).toContain('Boris Johnson · added');
		await app.press(keys.left);
		expect(app.screen()).not.toContain('Boris Johnson · added');
	});

	it('d shows the plain paragraphs of the section instead', async () => {
		const app = await open(100, 45);
		await app.press('d');
		expect(app.text()).toContain('But Mr Johnson replied: “I think you should recognise');
		expect(app.screen()).not.toContain('· said');
	});
});

describe('overlays and search', () => {
	it('? shows help generated from the keymap, and pages with Space', async () => {
		const app = await open(80, 16);
		await app.press('?');
		expect(app.lines()[1]).toMatch(/^ Keys/);
		expect(app.screen()).toMatch(/→ l Space PgDn +Next: the rest of a long section/);
		await app.press(' ');
		expect(app.lines()[1]).toMatch(/↑ 1[01] more above/);
		await app.press(keys.escape);
		expect(app.screen()).not.toContain('Next: the rest');
	});

	it('t lists the sections with ink-select-input, starting on the one being read; Enter goes', async () => {
		const app = await open(80, 24);
		await app.press('t');
		expect(app.screen()).toMatch(/❯ ● 1\. Interference/);
		await app.press(keys.down, keys.down);
		expect(app.screen()).toMatch(/❯ {3}3\. Common ground/);
		await app.press(keys.down, keys.enter);
		expect(app.lines()[1]).toMatch(/Trust and coat pockets/);
		await app.press('t');
		expect(app.screen()).toMatch(/❯ ● 4\. Trust and coat pockets/);
		await app.press('2');
		expect(app.lines()[1]).toMatch(/A relationship in the deep freeze/);
	});

	it('p lists the cast with roles and the names the text uses', async () => {
		const app = await open(80, 30);
		await app.press('p');
		expect(app.screen()).toContain('Sergei Lavrov');
		expect(app.screen()).toContain('Called: “Mr Lavrov”, “Lavrov”');
	});

	it('/ searches, shows the match count, n moves on', async () => {
		const app = await open(80, 24);
		await app.press('/', ...'coat', keys.enter);
		expect(app.screen()).toMatch(/“coat”: match 1 of 3/);
		expect(app.lines()[1]).toMatch(/Trust and coat pockets/);
		await app.press('n');
		expect(app.screen()).toMatch(/“coat”: match 2 of 3/);
	});

	it('x on an article without a quiz says so and stays in the article', async () => {
		const app = await open(80, 24, {article: {...article, quiz: []}});
		expect(app.lines().at(-1)).not.toMatch(/x quiz/);
		await app.press('x');
		expect(app.lines().at(-2)).toContain('This article has no quiz.');
		expect(app.lines()[1]).toMatch(/Interference/);
	});
});

describe('a terminal below the usable size', () => {
	it('asks for a larger terminal and recovers when it grows', async () => {
		const app = await open(30, 8);
		expect(app.screen()).toMatch(/Terminal too small \(30×8\)/);
		await app.resize(80, 24);
		expect(app.lines()[1]).toContain('Interference');
	});
});
