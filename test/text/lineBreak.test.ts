import LineBreaker from 'linebreak';
import {describe, expect, it} from 'vitest';
import {breakOpportunities} from '../../src/text/lineBreak.js';
import {seededRandom} from '../../src/quiz/shuffle.js';

/** The library's own breaks, with the one tailoring the app adds (no break after an option's leading hyphen). */
function libraryBreaks(text: string): number[] {
	const breaker = new LineBreaker(text);
	const breaks: number[] = [];
	for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
		if (text[next.position - 1] === '-' && (next.position < 2 || /[\s(-]/.test(text[next.position - 2]!))) continue;
		breaks.push(next.position);
	}
	if (breaks.at(-1) !== text.length) breaks.push(text.length);
	return breaks;
}

describe('line break opportunities', () => {
	it('for plain English prose, breaks exactly where the Unicode algorithm does, without asking it', () => {
		const random = seededRandom(14);
		const alphabet = 'abZ019  ,.;:?!\'"‘’“”·-';
		for (let sample = 0; sample < 20_000; sample++) {
			let text = '';
			for (let length = 1 + Math.floor(random() * 30); length > 0; length--) text += alphabet[Math.floor(random() * alphabet.length)];
			expect(breakOpportunities(text), JSON.stringify(text)).toEqual(libraryBreaks(text));
		}
	});

	it('asks the library for anything else: dashes, CJK, closing punctuation', () => {
		for (const text of ['he left—quickly—and', '王市长说，这是一个很长的句子。', 'a (closed) meeting!', 'x / y']) expect(breakOpportunities(text)).toEqual(libraryBreaks(text));
	});

	it('keeps a command-line option whole', () => {
		expect(breakOpportunities('use --room now')).toEqual([4, 11, 14]);
	});
});
