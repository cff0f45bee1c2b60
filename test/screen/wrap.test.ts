import {describe, expect, it} from 'vitest';
import {wrapSegments} from '../../src/screen/wrap.js';
import {lineText, lineWidth, type Segment} from '../../src/screen/line.js';

const plain = (text: string): Segment[] => [{text, style: {role: 'text'}}];

describe('wrapSegments', () => {
	it('fills lines without breaking words or exceeding the width', () => {
		const text = 'Mr Johnson also cited an uptick in exports of Kettle Chips to Russia, as well as sales of 300 Bentleys';
		for (const width of [10, 17, 23, 40]) {
			const lines = wrapSegments(plain(text), width);
			for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
			expect(lines.map(lineText).join(' ')).toBe(text);
		}
	});

	it('keeps styles across a line break and merges runs of one style', () => {
		const lines = wrapSegments(
			[
				{text: 'He said: ', style: {role: 'text'}},
				{text: '“nothing in the pockets”', style: {role: 'quote', speaker: 1}},
			],
			16,
		);
		expect(lines.map(lineText)).toEqual(['He said:', '“nothing in the', 'pockets”']);
		expect(lines[1]).toEqual([{text: '“nothing in the', style: {role: 'quote', speaker: 1}}]);
	});

	it('breaks after a hyphen or a dash as the Unicode line breaking rules allow, and splits a word only when it is wider than the line', () => {
		expect(wrapSegments(plain('a counter-terrorism b'), 12).map(lineText)).toEqual(['a counter-', 'terrorism b']);
		expect(wrapSegments(plain('he left—quickly—and'), 9).map(lineText)).toEqual(['he left—', 'quickly—', 'and']);
		expect(wrapSegments(plain('a counterterrorism b'), 8).map(lineText)).toEqual(['a', 'countert', 'errorism', 'b']);
	});

	it('never starts a line with closing punctuation or a number’s sign', () => {
		const lines = wrapSegments(plain('“nothing in the pockets,” he said; a 90-minute meeting (closed).'), 14);
		for (const line of lines.map(lineText)) expect(line).not.toMatch(/^[,.;:)”’]/);
	});

	it('breaks Chinese and Japanese text between characters, not at spaces it does not have', () => {
		const lines = wrapSegments(plain('王市长说，这是一个很长的句子。日本語のテキストを折り返す。'), 12);
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(12);
		expect(lines.length).toBeGreaterThan(3);
		// Full-width punctuation stays with the character before it.
		for (const line of lines.map(lineText)) expect(line).not.toMatch(/^[，。]/);
		expect(lines.map(lineText).join('')).toBe('王市长说，这是一个很长的句子。日本語のテキストを折り返す。');
	});

	it('hangs an indent on every line', () => {
		expect(wrapSegments(plain('one two three four'), 10, '  ').map(lineText)).toEqual(['  one two', '  three', '  four']);
	});

	it('measures wide characters by their columns', () => {
		const lines = wrapSegments(plain('日本語 日本語'), 7);
		expect(lines.map(lineText)).toEqual(['日本語', '日本語']);
	});
});

describe('wrapping command-line options', () => {
	it('keeps an option whole: no break after the hyphens that start it', () => {
		const lines = wrapSegments(plain('lock the room (present --room) or --hide-tally'), 16);
		for (const line of lines.map(lineText)) expect(line).not.toMatch(/--$/);
		expect(lines.map(lineText).join(' ')).toContain('--room');
	});
});
