import {describe, expect, it} from 'vitest';
import {documentFor, initialReaderState, modeOf, readerReducer, type ReaderState} from '../../src/reader/state.js';
import {frameFor} from '../../src/screen/layout.js';
import {commandFor, type KeyPress} from '../../src/keys/keymap.js';
import {lineText} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();

/** Presses keys by name ("right", "j") or types characters ("/lavrov"), one at a time. */
function press(state: ReaderState, ...keys: string[]): ReaderState {
	return keys.reduce((current, name) => {
		const key: KeyPress = name.length === 1 ? {name, text: name} : name === 'ctrl+c' ? {name: 'c', ctrl: true} : {name};
		const command = commandFor(modeOf(current), key);
		if (command !== null) return readerReducer(article, current, {type: 'command', command});
		return modeOf(current) === 'search' && key.text !== undefined ? readerReducer(article, current, {type: 'type', text: key.text}) : current;
	}, state);
}
const type = (state: ReaderState, text: string) => press(state, ...Array.from(text));
const start = (cols = 80, rows = 24) => initialReaderState({cols, rows});
/** A terminal tall enough that every section fits: steps are not taken up by paging. */
const tall = () => start(100, 60);

describe('paging and reveal steps', () => {
	it('reveals each turn of an exchange before moving to the next section', () => {
		let state = tall();
		expect([state.section, state.reveal]).toEqual([0, 1]);
		state = press(state, 'right');
		expect([state.section, state.reveal]).toEqual([0, 2]);
		state = press(state, 'space');
		expect([state.section, state.reveal]).toEqual([0, 3]);
		state = press(state, 'l');
		expect([state.section, state.reveal, state.scroll]).toEqual([1, 1, 0]);
	});

	it('steps back through turns, then into the previous section fully revealed', () => {
		let state = press(tall(), 'right', 'right', 'right', 'right');
		expect(state.section).toBe(2);
		state = press(state, 'left');
		expect(state.section).toBe(1);
		state = press(state, 'left');
		expect(state.section).toBe(0);
		expect(documentFor(article, state).turnEnds).toHaveLength(3);
		state = press(state, 'h');
		expect(documentFor(article, state).turnEnds).toHaveLength(2);
	});

	it('on a small screen pages down to the end of what is shown before revealing a turn, then keeps the new turn in view', () => {
		let state = start(50, 14);
		const room = frameFor(state.viewport).bodyHeight;
		let pages = 0;
		while (documentFor(article, state).lines.length - state.scroll > room) {
			const before = state.scroll;
			state = press(state, 'space');
			expect(state.reveal).toBe(1);
			// A page, less one line kept for the eye to find its place.
			expect(state.scroll - before).toBeLessThanOrEqual(room - 1);
			pages++;
		}
		expect(pages).toBeGreaterThan(0);
		state = press(state, 'right');
		expect(state.reveal).toBe(2);
		const newest = documentFor(article, state).turnEnds.at(-1)!;
		expect(newest).toBeGreaterThanOrEqual(state.scroll);
		expect(newest).toBeLessThan(state.scroll + room);
	});

	it('back pages up first, and into the previous section lands at its end', () => {
		let state = press(start(50, 14), 'space', 'space');
		const scrolled = state.scroll;
		expect(scrolled).toBeGreaterThan(0);
		state = press(state, 'b');
		expect(state.scroll).toBeLessThan(scrolled);
		state = press(start(50, 14), '2', 'left');
		expect(state.section).toBe(0);
		expect(state.scroll).toBe(documentFor(article, state).lines.length - frameFor(state.viewport).bodyHeight);
	});

	it('stops at the ends and goes straight to first, last and numbered sections', () => {
		expect(press(tall(), 'left')).toEqual(tall());
		expect(press(tall(), 'G').section).toBe(3);
		expect(press(tall(), 'end', 'right', 'right', 'right', 'right', 'right').section).toBe(3);
		expect(press(tall(), 'G', 'g').section).toBe(0);
		expect(press(tall(), 'G', 'home').section).toBe(0);
		expect(press(tall(), '3').section).toBe(2);
		expect(press(tall(), '9').section).toBe(0);
		expect(press(tall(), 'pagedown').reveal).toBe(2);
	});

	it('turns dialogue view off and on with d', () => {
		const off = press(tall(), 'd');
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
	it('opens and closes the contents with t; the list on it takes the arrows, digits and Enter', () => {
		const state = press(start(), 't');
		expect(state.overlay).toBe('toc');
		expect(press(state, 'j', '2', 'return')).toBe(state);
		expect(press(state, 't').overlay).toBe(null);
		const chosen = readerReducer(article, state, {type: 'command', command: {name: 'gotoSection', section: 2}});
		expect([chosen.overlay, chosen.section]).toEqual([null, 2]);
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
