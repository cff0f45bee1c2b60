import {describe, expect, it} from 'vitest';
import {bindingLabel, commandFor, forwardKeys, keymap, type Mode} from '../../src/keys/keymap.js';
import {helpLines} from '../../src/reader/overlays.js';
import {lineText} from '../../src/screen/line.js';

describe('the keymap', () => {
	it('gives each key at most one command per mode', () => {
		for (const mode of ['reader', 'toc', 'overlay', 'search'] as Mode[]) {
			const seen = new Map<string, string>();
			for (const binding of keymap.filter((candidate) => candidate.modes.includes(mode))) {
				for (const key of binding.keys) {
					const id = `${key.ctrl ? 'ctrl+' : ''}${key.name}`;
					expect(seen.get(id) ?? binding.command, `${mode}: ${id}`).toBe(binding.command);
					seen.set(id, binding.command);
				}
			}
		}
	});

	it('has the keys the reader promises', () => {
		const reader = (name: string, ctrl = false) => commandFor('reader', {name, ctrl})?.name;
		expect(['right', 'l', 'space', 'pagedown'].map((name) => reader(name))).toEqual(['next', 'next', 'next', 'next']);
		expect(['left', 'h', 'b', 'pageup'].map((name) => reader(name))).toEqual(['previous', 'previous', 'previous', 'previous']);
		expect(['down', 'j', 'up', 'k'].map((name) => reader(name))).toEqual(['scrollDown', 'scrollDown', 'scrollUp', 'scrollUp']);
		expect(['g', 'home', 'G', 'end', 't', '/', 'p', '?', 'q', 'd'].map((name) => reader(name))).toEqual(['first', 'first', 'last', 'last', 'toc', 'search', 'cast', 'help', 'quit', 'dialogue']);
		expect(reader('c', true)).toBe('quit');
		expect(commandFor('reader', {name: '4'})).toEqual({name: 'gotoSection', section: 3});
		expect(reader('z')).toBeUndefined();
	});

	it('feeds the help screen: every binding is listed with its keys', () => {
		const help = helpLines(80).map(lineText).join('\n');
		const folded = help.replace(/\s+/g, ' ');
		for (const binding of keymap) {
			expect(help).toContain(bindingLabel(binding));
			expect(folded).toContain(binding.description);
		}
	});

	it('on the help screen, q quits in the reader and leaves the room only where there is one to leave', () => {
		const help = helpLines(100).map(lineText);
		const quitLines = (heading: string) => {
			const start = help.findIndex((line) => line.trim() === heading);
			const end = help.findIndex((line, index) => index > start && line.trim() === '');
			return help.slice(start, end === -1 ? undefined : end).filter((line) => /^\s*q Ctrl\+C/.test(line)).map((line) => line.replace(/^\s*q Ctrl\+C\s+/, ''));
		};
		expect(quitLines('Reading')).toEqual(['Quit']);
		expect(quitLines('In a room')).toEqual(['Leave the room']);
	});
});

describe('the forward key of each mode', () => {
	it('is a key bound in that mode to the step a reader takes most often', () => {
		const expected = {reader: 'next', present: 'next', quizQuestion: 'chooseOption', quizFeedback: 'advance'} as const;
		for (const [mode, command] of Object.entries(expected)) {
			const presses = forwardKeys(mode as Mode);
			expect(presses.length, mode).toBeGreaterThan(0);
			for (const press of presses) expect(commandFor(mode as Mode, press)?.name, mode).toBe(command);
		}
		expect(forwardKeys('reader')).toHaveLength(1);
		// Each option leads to its own feedback screen.
		expect(forwardKeys('quizQuestion').map((press) => commandFor('quizQuestion', press))).toEqual([0, 1, 2, 3].map((option) => ({name: 'chooseOption', option})));
		expect(forwardKeys('search')).toEqual([]);
	});
});
