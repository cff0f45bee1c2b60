import {describe, expect, it} from 'vitest';
import {clockTime, initialPresentState, pageCount, presentReducer, timing, type PresentState} from '../../src/present/state.js';
import {firstStepOf, presentationSteps} from '../../src/present/steps.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true});
const key = (state: PresentState, name: string, now = 0, ctrl = false) => presentReducer(article, steps, state, {type: 'key', press: {name, ctrl, text: name.length === 1 ? name : undefined}, now});

describe('presenting', () => {
	it('steps with the keys clickers send', () => {
		let state = initialPresentState(article, {cols: 160, rows: 45}, 0);
		for (const name of ['right', 'space', 'pagedown', 'return']) state = key(state, name);
		expect(state.step).toBe(4);
		for (const name of ['left', 'pageup', 'backspace']) state = key(state, name);
		expect(state.step).toBe(1);
		expect(key(key(state, 'end'), 'G').step).toBe(steps.length - 1);
		expect(key(key(state, 'G'), 'home').step).toBe(0);
		expect(key(state, '2').step).toBe(firstStepOf(article, steps, 1));
		expect(key(state, '5').step).toBe(firstStepOf(article, steps, 4));
		expect(key(state, '9')).toBe(state);
	});

	it('walks through the pages of a long step before moving on, and back', () => {
		let state = initialPresentState(article, {cols: 40, rows: 10}, 0);
		state = key(state, '4');
		state = key(state, 'right');
		const pages = pageCount(article, steps, state);
		expect(pages).toBeGreaterThan(1);
		const step = state.step;
		for (let page = 1; page < pages; page++) {
			state = key(state, 'right');
			expect([state.step, state.page]).toEqual([step, page]);
		}
		state = key(state, 'right');
		expect([state.step, state.page]).toEqual([step + 1, 0]);
		state = key(state, 'left');
		expect(state.step).toBe(step);
	});

	it('blanks with b; any key brings the screen back without moving', () => {
		let state = key(initialPresentState(article, {cols: 80, rows: 24}, 0), 'right');
		state = key(state, 'b');
		expect(state.blank).toBe(true);
		state = key(state, 'x');
		expect([state.blank, state.step]).toEqual([false, 1]);
		expect(key(key(state, 'b'), 'c', 0, true).quit).toBe(true);
	});

	it('follows commands from the speaker view, even while blank', () => {
		const blank = key(initialPresentState(article, {cols: 80, rows: 24}, 0), 'b');
		const moved = presentReducer(article, steps, blank, {type: 'command', command: {name: 'next'}, now: 0});
		expect([moved.step, moved.blank]).toEqual([1, true]);
	});

	it('times each section against its target and the talk against the total', () => {
		let state = initialPresentState(article, {cols: 80, rows: 24}, 0);
		state = key(state, 'right', 10_000);
		state = key(state, 'right', 40_000);
		state = key(state, '2', 100_000);
		state = key(state, '1', 130_000);
		const value = timing(article, steps, state, 145_000);
		expect(value).toEqual({section: 0, sectionElapsed: 105_000, sectionTarget: 180_000, talkElapsed: 145_000, talkTarget: 540_000});
		expect(clockTime(value.sectionElapsed)).toBe('1:45');
		expect(key(state, 'c').clock).toBe(true);
	});
});
