import {describe, expect, it} from 'vitest';
import {atEnd, documentFor, initialReaderState, modeOf, overlayLines, readerReducer, type ReaderState} from '../../src/reader/state.js';
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

/** Presses "right" until it reveals a turn or leaves the section; the state before and after. */
function revealNext(state: ReaderState): {before: ReaderState; after: ReaderState} | null {
	let current = state;
	while (current.section === state.section) {
		const next = press(current, 'right');
		if (next === current) return null;
		if (next.section !== state.section) return null;
		if (next.reveal > current.reveal) return {before: current, after: next};
		current = next;
	}
	return null;
}

describe('revealing a turn keeps it in view', () => {
	it('keeps the newest turn and the more turns marker (or what follows the last turn) in view, scrolling no more than needed', () => {
		let checked = 0;
		let tall = 0;
		for (const cols of [40, 50, 64, 80]) {
			for (let rows = 10; rows <= 18; rows++) {
				for (const section of [0, 2, 3]) {
					let state = press(start(cols, rows), String(section + 1));
					for (let step = revealNext(state); step !== null; step = revealNext(state)) {
						const {before, after} = step;
						const document = documentFor(article, after);
						const room = frameFor(after.viewport).bodyHeight;
						const gap = document.turnEnds[after.reveal - 2]! + 1;
						const newest = document.turnEnds[after.reveal - 1]!;
						// The marker, or the first line after the last turn, comes after a blank line.
						const following = Math.min(document.lines.length - 1, newest + 2);
						if (following - gap + 1 <= room) {
							expect(gap).toBeGreaterThanOrEqual(after.scroll);
							expect(following).toBeLessThan(after.scroll + room);
							if (after.scroll !== before.scroll) expect(following).toBe(after.scroll + room - 1);
						} else {
							// Too tall for the screen: the turn from its start, the blank line before its speaker on top.
							expect(after.scroll).toBe(gap);
							expect(lineText(document.lines[gap]!)).toBe('');
							tall++;
						}
						if (after.reveal < document.totalTurns || newest + 2 < document.lines.length) {
							expect(lineText(document.lines[following]!)).not.toBe('');
						}
						checked++;
						state = after;
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(100);
		expect(tall).toBeGreaterThan(0);
	});

	it('shows the more turns marker on the last row after revealing a turn at 50×14', () => {
		const state = revealNext(start(50, 14))!.after;
		expect(state.reveal).toBe(2);
		const document = documentFor(article, state);
		const room = frameFor(state.viewport).bodyHeight;
		expect(lineText(document.lines[state.scroll + room - 1]!)).toBe('▸ 1 more turn — Space or → to reveal');
	});
});

describe('where reading ends', () => {
	it('is only the last section, with every turn shown and nothing below', () => {
		expect(atEnd(article, tall())).toBe(false);
		const second = press(tall(), '2');
		expect(documentFor(article, second).totalTurns).toBe(0);
		expect(documentFor(article, second).lines.length).toBeLessThanOrEqual(frameFor(second.viewport).bodyHeight);
		expect(atEnd(article, second)).toBe(false);
		let state = press(tall(), 'G');
		expect(documentFor(article, state).totalTurns).toBeGreaterThan(1);
		expect(atEnd(article, state)).toBe(false);
		while (state.reveal < documentFor(article, state).totalTurns) state = press(state, 'right');
		expect(atEnd(article, state)).toBe(true);
		const small = press(start(40, 10), 'd', 'G');
		expect(atEnd(article, small)).toBe(false);
		expect(atEnd(article, press(small, ...Array.from({length: 200}, () => 'j')))).toBe(true);
	});
});

describe('search: the current match', () => {
	/** The segments marked as the current match on the section shown, with their lines. */
	const currentMarks = (state: ReaderState) =>
		documentFor(article, state).lines.flatMap((line, index) => line.filter((segment) => segment.style.hit === 'current').map((segment) => ({index, text: segment.text})));

	/** Steps the current match with a key; the view stays if the match is already on screen, else it comes a third of the way down. */
	function checkView(state: ReaderState, next: ReaderState) {
		const room = frameFor(state.viewport).bodyHeight;
		const nextLine = currentMarks(next)[0]!.index;
		const lines = documentFor(article, next).lines.length;
		expect(nextLine).toBeGreaterThanOrEqual(next.scroll);
		expect(nextLine).toBeLessThan(next.scroll + room);
		if (next.section === state.section && nextLine >= state.scroll && nextLine < state.scroll + room) expect(next.scroll).toBe(state.scroll);
		else expect(next.scroll).toBe(Math.min(Math.max(0, nextLine - Math.floor(room / 3)), Math.max(0, lines - room)));
	}

	it('steps back through every match with N, keeping the view when the match is on screen, else showing it a third of the way down', () => {
		let moves = 0;
		for (const [cols, rows] of [[80, 24], [40, 10], [50, 14], [64, 16]] as const) {
			for (const query of ['/lavrov', '/johnson', '/russia']) {
				let state = press(type(start(cols, rows), query), 'return');
				for (let match = 0; match < state.search.total; match++) {
					const previous = press(state, 'N');
					checkView(state, previous);
					const next = press(state, 'n');
					checkView(state, next);
					state = previous;
					moves += 2;
				}
			}
		}
		expect(moves).toBeGreaterThan(100);
	});

	it('marks exactly one match, in view, stepping through every match in reading order with n', () => {
		for (const [cols, rows] of [[80, 24], [40, 10]] as const) {
			let state = press(type(start(cols, rows), '/lavrov'), 'return');
			const room = frameFor(state.viewport).bodyHeight;
			const seen: Array<[number, number]> = [];
			for (let match = 0; match < state.search.total; match++) {
				const marks = currentMarks(state);
				expect(marks).toHaveLength(1);
				expect(marks[0]!.text.toLowerCase()).toBe('lavrov');
				const line = marks[0]!.index;
				expect(line).toBeGreaterThanOrEqual(state.scroll);
				expect(line).toBeLessThan(state.scroll + room);
				seen.push([state.section, line]);
				const next = press(state, 'n');
				checkView(state, next);
				state = next;
			}
			expect(state.search.current).toBe(0);
			const order = seen.map(([section, line]) => section * 10_000 + line);
			expect(order).toEqual([...order].sort((a, b) => a - b));
		}
	});

	it('marks nothing current in a section the current match is not in', () => {
		const state = press(type(start(), '/bentleys'), 'return');
		expect(state.section).toBe(2);
		expect(currentMarks({...state, section: 0})).toEqual([]);
	});

	it('finds nothing and moves nothing when nothing matches, wherever it starts', () => {
		const before = press(tall(), '4', 'right');
		const state = press(type(before, '/zebra'), 'return');
		expect([state.section, state.reveal, state.scroll]).toEqual([before.section, before.reveal, before.scroll]);
		expect(state.search).toEqual({draft: null, query: 'zebra', current: 0, total: 0});
	});

	it('searches for what was typed without the spaces around it', () => {
		const state = press(type(start(), '/  bentleys '), 'return');
		expect(state.search).toMatchObject({query: 'bentleys', total: 1});
	});

	it('closes the search when backspace erases past its start', () => {
		const state = press(type(start(), '/a'), 'backspace', 'backspace');
		expect(modeOf(state)).toBe('reader');
		expect(state.search.draft).toBeNull();
	});

	it('ignores n and N, and typed text, with no search', () => {
		const state = start();
		expect(press(state, 'n')).toBe(state);
		expect(press(state, 'N')).toBe(state);
		expect(readerReducer(article, state, {type: 'type', text: 'x'})).toBe(state);
	});
});

describe('showing a passage the quiz cites', () => {
	it('opens the section holding each cited paragraph, as text, with the cited words marked current and in view', () => {
		for (const question of article.quiz) {
			for (const evidence of question.evidence) {
				const state = readerReducer(article, start(60, 16), {type: 'showPassage', paragraphId: evidence.paragraphId, text: evidence.text});
				expect(article.sections[state.section]!.paragraphs.map((paragraph) => paragraph.id)).toContain(evidence.paragraphId);
				expect(state.dialogue).toBe(false);
				const document = documentFor(article, state);
				const marked = document.lines.findIndex((line) => line.some((segment) => segment.style.hit === 'current'));
				expect(marked).toBeGreaterThanOrEqual(state.scroll);
				expect(marked).toBeLessThan(state.scroll + frameFor(state.viewport).bodyHeight);
			}
		}
	});

	it('opens the cited paragraph’s section even when the cited words occur earlier in the article', () => {
		const paragraph = article.sections[2]!.paragraphs.find((candidate) => /Lavrov/.test(candidate.text))!;
		const state = readerReducer(article, start(), {type: 'showPassage', paragraphId: paragraph.id, text: 'Lavrov'});
		expect(state.section).toBe(2);
		expect(state.search.current).toBeGreaterThan(0);
		expect(documentFor(article, state).lines.some((line) => line.some((segment) => segment.style.hit === 'current'))).toBe(true);
	});

	it('marks the cited words in the cited paragraph, not where they first occur in its section', () => {
		// Section 4's last paragraph says "Mr Johnson replied"; "Mr Johnson" occurs twice before it in the section.
		const section = article.sections[3]!;
		const cited = section.paragraphs.at(-1)!;
		const state = readerReducer(article, start(100, 60), {type: 'showPassage', paragraphId: cited.id, text: 'Mr Johnson'});
		const document = documentFor(article, state);
		expect(document.hitBlocks.filter((block) => block !== cited.id).length).toBeGreaterThan(0);
		const current = document.lines.findIndex((line) => line.some((segment) => segment.style.hit === 'current'));
		expect(lineText(document.lines[current]!)).toContain('Mr Johnson replied');
	});

	it('leaves the reader as it was for a paragraph the article does not have', () => {
		const state = start();
		expect(readerReducer(article, state, {type: 'showPassage', paragraphId: 'no-such-paragraph', text: 'x'})).toBe(state);
	});
});

describe('overlays on a small screen', () => {
	const help = () => press(start(40, 10), '?');

	it('scrolls help, not the section behind it, and never past either end', () => {
		let state = press(help(), 'j', 'down');
		expect([state.overlayScroll, state.scroll]).toEqual([2, 0]);
		const end = overlayLines(article, state).length - frameFor(state.viewport).bodyHeight;
		for (let line = 0; line < 200; line++) state = press(state, 'j');
		expect(state.overlayScroll).toBe(end);
		expect(press(help(), 'k')).toEqual(help());
	});

	it('pages help down and up a screen less a line, and goes to its end and top, staying open', () => {
		const room = frameFor(help().viewport).bodyHeight;
		let state = press(help(), 'space');
		expect(state.overlayScroll).toBe(room - 1);
		state = press(state, 'pageup');
		expect(state.overlayScroll).toBe(0);
		state = press(state, 'end');
		expect([state.overlay, state.overlayScroll, state.section]).toEqual(['help', overlayLines(article, state).length - room, 0]);
		state = press(state, 'home');
		expect([state.overlay, state.overlayScroll, state.section]).toEqual(['help', 0, 0]);
	});

	it('closes help on ?, and switches from help to the cast on p from its top', () => {
		expect(press(help(), '?').overlay).toBeNull();
		const cast = press(help(), 'j', 'p');
		expect([cast.overlay, cast.overlayScroll]).toEqual(['cast', 0]);
	});

	it('has no text lines of its own for the contents, whose list is drawn apart', () => {
		expect(overlayLines(article, press(start(), 't'))).toEqual([]);
		expect(overlayLines(article, start())).toEqual([]);
	});
});

describe('keys and commands that change nothing', () => {
	it('leave the state as it was, so nothing is drawn again', () => {
		const state = start();
		expect(press(state, 'escape')).toBe(state);
		expect(press(state, '5')).toBe(state);
		for (const section of [-1, article.sections.length]) {
			expect(readerReducer(article, state, {type: 'command', command: {name: 'gotoSection', section}})).toBe(state);
		}
	});

	it('page the section itself a screen less a line with page commands when no overlay is open', () => {
		const state = press(start(40, 10), 'd');
		const room = frameFor(state.viewport).bodyHeight;
		const down = readerReducer(article, state, {type: 'command', command: {name: 'pageDown'}});
		expect(down.scroll).toBe(room - 1);
		expect(readerReducer(article, down, {type: 'command', command: {name: 'pageUp'}}).scroll).toBe(0);
	});
});
