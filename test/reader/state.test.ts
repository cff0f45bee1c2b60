import {describe, expect, it} from 'vitest';
import {documentFor, initialReaderState, modeOf, readerReducer, type ReaderState} from '../../src/reader/state.js';
import {frameFor} from '../../src/screen/layout.js';
import type {KeyPress} from '../../src/keys/keymap.js';
import {lineText} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();

/** Presses keys by name ("right", "j") or types characters ("/lavrov"), one at a time. */
function press(state: ReaderState, ...keys: string[]): ReaderState {
	return keys.reduce((current, name) => {
		const key: KeyPress = name.length === 1 ? {name, text: name} : name === 'ctrl+c' ? {name: 'c', ctrl: true} : {name};
		return readerReducer(article, current, {type: 'key', press: key});
	}, state);
}
const type = (state: ReaderState, text: string) => press(state, ...Array.from(text));
const start = (cols = 80, rows = 24) => initialReaderState({cols, rows});

describe('paging and reveal steps', () => {
	it('reveals each turn of an exchange before moving to the next section', () => {
		let state = start();
		expect([state.section, state.reveal]).toEqual([0, 1]);
		state = press(state, 'right');
		expect([state.section, state.reveal]).toEqual([0, 2]);
		state = press(state, 'space');
		expect([state.section, state.reveal]).toEqual([0, 3]);
		state = press(state, 'l');
		expect([state.section, state.reveal, state.scroll]).toEqual([1, 1, 0]);
	});

	it('steps back through turns, then into the previous section fully revealed', () => {
		let state = press(start(), 'right', 'right', 'right', 'right');
		expect(state.section).toBe(2);
		state = press(state, 'left');
		expect(state.section).toBe(1);
		state = press(state, 'left');
		expect(state.section).toBe(0);
		expect(documentFor(article, state).turnEnds).toHaveLength(3);
		state = press(state, 'h');
		expect(documentFor(article, state).turnEnds).toHaveLength(2);
	});

	it('keeps the newest turn in view on a small screen', () => {
		let state = start(50, 14);
		for (let step = 0; step < 2; step++) {
			state = press(state, 'right');
			const document = documentFor(article, state);
			const newest = document.turnEnds.at(-1)!;
			expect(newest).toBeGreaterThanOrEqual(state.scroll);
			expect(newest).toBeLessThan(state.scroll + frameFor(state.viewport).bodyHeight);
		}
	});

	it('stops at the ends and goes straight to first, last and numbered sections', () => {
		expect(press(start(), 'left')).toEqual(start());
		expect(press(start(), 'G').section).toBe(3);
		expect(press(start(), 'end', 'right', 'right', 'right', 'right', 'right').section).toBe(3);
		expect(press(start(), 'G', 'g').section).toBe(0);
		expect(press(start(), 'G', 'home').section).toBe(0);
		expect(press(start(), '3').section).toBe(2);
		expect(press(start(), '9').section).toBe(0);
		expect(press(start(), 'pagedown').reveal).toBe(2);
	});

	it('turns dialogue view off and on with d', () => {
		const off = press(start(), 'd');
		expect(off.dialogue).toBe(false);
		expect(documentFor(article, off).totalTurns).toBe(0);
		expect(press(off, 'right').section).toBe(1);
	});
});

describe('scrolling', () => {
	it('scrolls a long section line by line and never past its end', () => {
		let state = press(start(40, 10), 'd');
		const lines = documentFor(article, state).lines.length;
		const room = frameFor(state.viewport).bodyHeight;
		state = press(state, 'j', 'down', 'j');
		expect(state.scroll).toBe(3);
		state = press(state, 'k');
		expect(state.scroll).toBe(2);
		for (let step = 0; step < 200; step++) state = press(state, 'j');
		expect(state.scroll).toBe(lines - room);
		for (let step = 0; step < 200; step++) state = press(state, 'up');
		expect(state.scroll).toBe(0);
	});

	it('re-clamps when the terminal grows', () => {
		let state = press(start(40, 10), 'd');
		for (let step = 0; step < 200; step++) state = press(state, 'j');
		state = readerReducer(article, state, {type: 'resize', viewport: {cols: 200, rows: 100}});
		expect(state.scroll).toBe(0);
	});
});

describe('search', () => {
	it('starts from the section being read', () => {
		const state = press(type(press(start(), '4'), '/lavrov'), 'return');
		expect(state.section).toBe(3);
		expect(state.search.current).toBeGreaterThan(0);
	});

	it('types after /, jumps to the first match and steps with n and N', () => {
		let state = type(start(), '/bentleys');
		expect(modeOf(state)).toBe('search');
		expect(state.search.draft).toBe('bentleys');
		expect(state.section).toBe(0);
		state = press(state, 'return');
		expect(state.search).toMatchObject({query: 'bentleys', total: 1, current: 0, draft: null});
		expect(state.section).toBe(2);
		const document = documentFor(article, state);
		expect(lineText(document.lines[document.hitLines[0]!]!)).toMatch(/Bentleys/);
	});

	it('keys typed into the search are text, not commands', () => {
		const state = type(start(), '/lavrov q');
		expect(state.quit).toBe(false);
		expect(state.search.draft).toBe('lavrov q');
		expect(press(state, 'backspace', 'backspace').search.draft).toBe('lavrov');
	});

	it('is quote-insensitive and wraps around with n and N', () => {
		expect(press(type(start(), "/boris's"), 'return').search.total).toBe(1);
		let state = press(type(start(), '/lavrov'), 'return');
		expect(state.search.current).toBe(0);
		const total = state.search.total;
		expect(total).toBeGreaterThan(5);
		state = press(state, 'N');
		expect(state.search.current).toBe(total - 1);
		expect(state.section).toBe(3);
		state = press(state, 'n');
		expect(state.search.current).toBe(0);
		expect(state.section).toBe(0);
	});

	it('says when nothing matches, and Esc clears', () => {
		let state = press(type(start(), '/zebra'), 'return');
		expect(state.search).toMatchObject({query: 'zebra', total: 0});
		state = press(state, 'escape');
		expect(state.search.query).toBe('');
		expect(press(type(start(), '/abc'), 'escape').search).toMatchObject({draft: null, query: ''});
	});
});

describe('overlays and quitting', () => {
	it('opens the contents, selects and goes to a section', () => {
		let state = press(start(), 't');
		expect(state.overlay).toBe('toc');
		state = press(state, 'j', 'j', 'return');
		expect([state.overlay, state.section]).toEqual([null, 2]);
	});

	it('Esc closes an overlay before anything else; q quits from anywhere', () => {
		for (const overlay of ['?', 'p', 't']) {
			expect(press(start(), overlay, 'escape').overlay).toBe(null);
			expect(press(start(), overlay, 'q').quit).toBe(true);
		}
		expect(press(start(), 'escape')).toEqual(start());
		expect(press(start(), 'ctrl+c').quit).toBe(true);
		expect(press(type(start(), '/x'), 'ctrl+c').quit).toBe(true);
	});

	it('ignores unknown keys', () => {
		expect(press(start(), 'z', 'x', 'f1', 'tab')).toEqual(start());
	});
});
