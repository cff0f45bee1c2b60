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

	it('splits a word only when it is wider than the line', () => {
		const lines = wrapSegments(plain('a counter-terrorism b'), 8);
		expect(lines.map(lineText)).toEqual(['a', 'counter-', 'terroris', 'm b']);
	});

	it('hangs an indent on every line', () => {
		expect(wrapSegments(plain('one two three four'), 10, '  ').map(lineText)).toEqual(['  one two', '  three', '  four']);
	});

	it('measures wide characters by their columns', () => {
		const lines = wrapSegments(plain('日本語 日本語'), 7);
		expect(lines.map(lineText)).toEqual(['日本語', '日本語']);
	});
});
