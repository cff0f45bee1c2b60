import {describe, expect, it} from 'vitest';
import {citation, QuoteIndex} from '../../src/content/quoteIndex.js';

const quotes = [
	{id: 'a', text: 'It will open in spring,'},
	{id: 'b', text: 'Spring of which year?'},
	{id: 'c', text: 'It will OPEN in spring again'},
	{id: 'd', text: 'Open'},
];
const index = new QuoteIndex(quotes);
const ids = (cited: string) => index.containing(citation(cited)).map((quote) => quote.id);

describe('finding the quotes that contain some quoted words', () => {
	it('finds every quote holding a citation of three or more words, whatever the case', () => {
		expect(ids('it will open in spring')).toEqual(['a', 'c']);
		expect(ids('It Will Open In Spring,')).toEqual(['a', 'c']);
	});

	it('finds citations whose first and last words are cut short', () => {
		expect(ids('t will open in spri')).toEqual(['a', 'c']);
	});

	it('finds short citations anywhere, even inside a word', () => {
		expect(ids('spring')).toEqual(['a', 'b', 'c']);
		expect(ids('pen')).toEqual(['a', 'c', 'd']);
		expect(ids('which year')).toEqual(['b']);
	});

	it('finds nothing for words no quote holds, or for nothing at all', () => {
		expect(ids('will close in spring')).toEqual([]);
		expect(ids('it will open in autumn')).toEqual([]);
		expect(ids('autumn')).toEqual([]);
		expect(ids('')).toEqual([]);
		expect(ids('…')).toEqual([]);
	});

	it('needs the whole citation, not just its rarest word', () => {
		expect(ids('of which day')).toEqual([]);
		expect(ids('open in spring again')).toEqual(['c']);
	});

	it('compares a long citation only with the quotes holding its rarest inner word, the first of equals', () => {
		const many = new QuoteIndex([
			{id: 'w', text: 'one two three four'},
			{id: 'x', text: 'one two five'},
			{id: 'y', text: 'two three six'},
			{id: 'z', text: 'seven three'},
		]);
		// "two" is in three quotes, "three" in three: the first is used.
		expect(many.candidates('one two three four')).toEqual([0, 1, 2]);
		// "four" in one quote beats "two" in three, whatever their order.
		expect(many.candidates('x two four y')).toEqual([0]);
		expect(many.candidates('x four two y')).toEqual([0]);
		expect(many.candidates('x eight y')).toEqual([]);
		expect(many.candidates('two three')).toBeNull();
		expect(many.candidates('three')).toBeNull();
	});

	it('normalises a citation as a quote is normalised: trimmed of punctuation, case and apostrophes folded', () => {
		expect(citation(' Spring, ')).toBe('spring');
		expect(citation('It’s  OPEN!')).toBe("it's open");
	});
});
