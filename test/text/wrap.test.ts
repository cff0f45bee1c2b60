import {describe, expect, it} from 'vitest';
import {wrapAtBreaks, wrapRuns, type Run} from '../../src/text/wrap.js';
import {seededRandom} from '../../src/quiz/shuffle.js';

const options = {plain: 'plain', same: (a: string, b: string) => a === b};

describe('wrapRuns on text that fits one line', () => {
	it('lays it out exactly as wrapping at the Unicode break opportunities does, styles of spaces included', () => {
		const random = seededRandom(2611);
		// Letters, spaces, the punctuation a space may or may not break before, dashes, CJK and arrows.
		const alphabet = 'ab Z0  ,.!?:;()[]\'"“”‘’—–-/·▸→王说、。';
		const styles = ['text', 'quote', 'cue', 'plain'];
		for (let sample = 0; sample < 5000; sample++) {
			const runs: Array<Run<string>> = [];
			for (let count = 1 + Math.floor(random() * 4); count > 0; count--) {
				let text = '';
				for (let length = Math.floor(random() * 8); length > 0; length--) text += alphabet[Math.floor(random() * alphabet.length)];
				runs.push({text, style: styles[Math.floor(random() * styles.length)]!});
			}
			const indent = random() < 0.3 ? '  ' : '';
			const width = 80;
			expect(wrapRuns(runs, width, {...options, indent}), JSON.stringify(runs)).toEqual(wrapAtBreaks(runs, width, {...options, indent}));
		}
	});

	it('still wraps text wider than the line at its break opportunities', () => {
		const runs = [{text: 'one two three four', style: 'text'}];
		expect(wrapRuns(runs, 9, options).map((line) => line.map((run) => run.text).join(''))).toEqual(['one two', 'three', 'four']);
	});
});
