// The presenter's reducer at the edges of the talk, the pages of a long step, the clock and
// articles without time targets: what mutation testing (npm run mutate) found unchecked.
import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/content/load.js';
import {initialPresentState, pageCount, presentReducer, timing, timingText, type PresentState} from '../../src/present/state.js';
import {presentationSteps} from '../../src/present/steps.js';
import {edited, loadBundled, minimalSource} from '../helpers/content.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true});
const key = (state: PresentState, name: string, now = 0, ctrl = false) => presentReducer(article, steps, state, {type: 'key', press: {name, ctrl, text: name.length === 1 ? name : undefined}, now});

describe('presenting: the edges of the talk', () => {
	const small = () => initialPresentState(article, {cols: 40, rows: 10}, 0);

	it('stays on the last page of the last step when asked for more, drawing nothing new', () => {
		let state = key(small(), 'G');
		const pages = pageCount(article, steps, state);
		expect(pages).toBeGreaterThan(1);
		for (let page = 1; page < pages; page++) state = key(state, 'right');
		expect([state.step, state.page]).toEqual([steps.length - 1, pages - 1]);
		expect(key(state, 'right')).toBe(state);
	});

	it('stays on the title when asked to go back, drawing nothing new', () => {
		const state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		expect(key(state, 'left')).toBe(state);
	});

	it('goes back a page within a long step before going back a step', () => {
		let state = key(key(small(), 'G'), 'right');
		state = key(state, 'right');
		expect([state.step, state.page]).toEqual([steps.length - 1, 2]);
		state = key(state, 'left');
		expect([state.step, state.page]).toEqual([steps.length - 1, 1]);
	});

	it('ignores keys it has no use for, drawing nothing new', () => {
		const state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		expect(key(state, 'z')).toBe(state);
	});

	it('leaves the screen as it is for a command it has no use for (a reader command)', () => {
		const state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		expect(presentReducer(article, steps, state, {type: 'command', command: {name: 'scrollDown'}, now: 0})).toBe(state);
	});

	it('quits on q and on Ctrl+C', () => {
		const state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		expect(key(state, 'q').quit).toBe(true);
		expect(key(state, 'c', 0, true).quit).toBe(true);
	});

	it('while blank, brings the screen back on c or another Ctrl key rather than quitting', () => {
		const blank = key(initialPresentState(article, {cols: 80, rows: 24}, 0), 'b');
		for (const [name, ctrl] of [['c', false], ['x', true]] as const) {
			const back = key(blank, name, 0, ctrl);
			expect([back.blank, back.quit]).toEqual([false, false]);
		}
	});
});

describe('presenting: resizing a long step', () => {
	it('keeps the first page when the terminal changes size', () => {
		const state = key(initialPresentState(article, {cols: 40, rows: 10}, 0), 'G');
		const resized = presentReducer(article, steps, state, {type: 'resize', viewport: {cols: 40, rows: 11}});
		expect(pageCount(article, steps, resized)).toBeGreaterThan(1);
		expect(resized.page).toBe(0);
	});

	it('lands on the last page there is when the step needs fewer pages', () => {
		let state = key(initialPresentState(article, {cols: 40, rows: 10}, 0), 'G');
		for (let page = 1; page < 4; page++) state = key(state, 'right');
		expect(state.page).toBe(3);
		const large = presentReducer(article, steps, state, {type: 'resize', viewport: {cols: 160, rows: 45}});
		expect(pageCount(article, steps, large)).toBe(1);
		expect(large.page).toBe(0);
	});
});

describe('presenting: the clock', () => {
	it('moves on every tick, for the timer to read', () => {
		const state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		expect(presentReducer(article, steps, state, {type: 'tick', now: 5_000}).now).toBe(5_000);
		expect(key(state, 'right', 7_000).now).toBe(7_000);
	});

	it('adds up the time of every visit to a section, title and quiz included', () => {
		const at = (state: PresentState, name: string, now: number) => key(state, name, now);
		let state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		state = at(state, '1', 10_000); // title: 10 s
		state = at(state, '2', 40_000); // section 1: 30 s
		state = at(state, '1', 100_000); // section 2: 60 s
		state = at(state, '2', 130_000); // section 1: 30 s more
		state = at(state, '1', 160_000); // section 2: 30 s more
		state = at(state, '5', 170_000); // section 1: 10 s more; now in the quiz
		expect(state.spent).toEqual([10_000, 70_000, 90_000, 0, 0, 0]);
		expect(timing(article, steps, state, 175_000)).toEqual({section: article.sections.length, sectionElapsed: 5_000, sectionTarget: null, talkElapsed: 175_000, talkTarget: 540_000});
		expect(timing(article, steps, at(state, '2', 180_000), 181_000).sectionElapsed).toBe(91_000);
	});

	it('on the title and in the quiz, times the section without a target', () => {
		const state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		expect(timing(article, steps, state, 3_000)).toMatchObject({section: -1, sectionTarget: null});
		expect(timingText(timing(article, steps, state, 3_000), 3_000)).toMatch(/^talk 0:03 \/ 9:00 · \d\d:\d\d$/);
	});
});

describe('presenting: an article without time targets', () => {
	const untimed = parseArticle('minimal.yaml', minimalSource).article!;
	const untimedSteps = presentationSteps(untimed, {quiz: true});

	it('shows time spent alone, talk and section, and the wall clock in hours and minutes', () => {
		let state = initialPresentState(untimed, {cols: 80, rows: 24}, 0);
		state = presentReducer(untimed, untimedSteps, state, {type: 'key', press: {name: '1', text: '1'}, now: 80_000});
		const value = timing(untimed, untimedSteps, state, 125_000);
		expect(value).toEqual({section: 0, sectionElapsed: 45_000, sectionTarget: null, talkElapsed: 125_000, talkTarget: null});
		expect(timingText(value, 125_000)).toMatch(/^talk 2:05 · section 0:45 · \d\d:\d\d$/);
	});

	it('counts a section without a target as none toward the talk’s target', () => {
		const partly = parseArticle('partly.yaml', edited([['    notes: Start with the promise.\n', '    notes: Start with the promise.\n    targetMinutes: 4\n']])).article!;
		const partlySteps = presentationSteps(partly, {quiz: true});
		const state = initialPresentState(partly, {cols: 80, rows: 24}, 0);
		expect(timing(partly, partlySteps, state, 0).talkTarget).toBe(240_000);
	});
});
