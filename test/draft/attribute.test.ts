// Quotations and their speakers, pattern by pattern, as an author would want them drafted.
import {describe, expect, it} from 'vitest';
import {attribute} from '../../src/draft/attribute.js';
import {findQuotes} from '../../src/draft/quotes.js';

/** Quote texts found in consecutive paragraphs. */
const quotesIn = (...paragraphs: string[]) => findQuotes(paragraphs).map((span) => paragraphs[span.block]!.slice(span.start, span.end));

/** [quote, speaker name or null, kind] for each quotation in consecutive body paragraphs. */
function attributed(...paragraphs: string[]) {
	const result = attribute(paragraphs, paragraphs.map(() => true));
	return result.quotes.map((quote) => [quote.text, quote.leftOut ? 'left out' : quote.speaker?.name ?? null, quote.kind] as const);
}

describe('finding quotations', () => {
	it('takes curly and straight double quotes, keeping the words between the marks verbatim', () => {
		expect(quotesIn('“Not now,” he said, and "later" too.')).toEqual(['Not now,', 'later']);
	});

	it('does not take apostrophes for quote marks: don’t, Boris’s, ’91, the Joneses’', () => {
		expect(quotesIn('He didn’t visit Boris’s home in ’91 or the Joneses’ farm.')).toEqual([]);
		expect(quotesIn('“It didn’t hurt the way it did with Shamir in ’91.”')).toEqual(['It didn’t hurt the way it did with Shamir in ’91.']);
	});

	it('takes single quotes used for speech, as headlines do', () => {
		expect(quotesIn('Johnson says Russia didn’t ‘successfully’ interfere')).toEqual(['successfully']);
		expect(quotesIn("Obama admits gun laws are his 'biggest frustration'")).toEqual(['biggest frustration']);
	});

	it('follows a quotation over paragraphs: one left open, the next re-opening it', () => {
		const spans = findQuotes(['He replied: “First part.', '“Second part,” he added.']);
		expect(spans.map((span) => [span.runsOn, span.continued])).toEqual([
			[true, false],
			[false, true],
		]);
	});

	it('leaves quote marks nested in a quotation inside it', () => {
		expect(quotesIn('“It’s ‘Showtime at the Apollo.’” he said.')).toEqual(['It’s ‘Showtime at the Apollo.’']);
	});
});

describe('attributing quotations', () => {
	it('finds the speaker after the quotation, in either order', () => {
		expect(attributed('“We are ready,” Mr Lavrov said.', '“We are not,” said Boris Johnson, the foreign secretary.')).toEqual([
			['We are ready,', 'Lavrov', 'full'],
			['We are not,', 'Boris Johnson', 'full'],
		]);
	});

	it('finds the speaker before it: "X said:", "X told reporters", "according to X"', () => {
		expect(attributed('British foreign secretary Boris Johnson said: “We are ready.”', 'Mr Johnson told reporters “nothing has changed”.', 'Prices will rise “by a lot”, according to Jane Smith, an economist.')).toEqual([
			['We are ready.', 'Boris Johnson', 'full'],
			['nothing has changed', 'Boris Johnson', 'partial'],
			['by a lot', 'Jane Smith', 'partial'],
		]);
	});

	it('gives one person every name the text uses, with the role it gives', () => {
		const result = attribute(['White House press secretary Josh Earnest said: “We are concerned.”', '“It undermines our values,” Mr Earnest said.', '“It will pass,” Earnest added.'], [true, true, true]);
		const speakers = new Set(result.quotes.map((quote) => quote.speaker));
		expect(speakers.size).toBe(1);
		const [earnest] = speakers;
		expect(earnest).toMatchObject({name: 'Josh Earnest', role: 'White House press secretary'});
		expect(earnest!.aliases).toEqual(expect.arrayContaining(['Mr Earnest', 'Earnest']));
	});

	it('resolves "the president" to the person the text calls president', () => {
		expect(attributed('President Barack Obama spoke on Friday.', '“We will keep trying,” the president said.')).toEqual([['We will keep trying,', 'Barack Obama', 'full']]);
	});

	it('gives "he added" to the last man quoted, and a paragraph of quotation only to the previous speaker', () => {
		expect(attributed('“It is hard,” said Martin Indyk, a former ambassador.', 'Talks resume in May.', '“It can be repaired,” he added.', '“But not soon.”')).toEqual([
			['It is hard,', 'Martin Indyk', 'full'],
			['It can be repaired,', 'Martin Indyk', 'full'],
			['But not soon.', 'Martin Indyk', 'full'],
		]);
	});

	it('does not take the subject of a quoted sentence for its speaker', () => {
		expect(attributed('“Netanyahu broke a lot of crockery,” said Martin Indyk.')).toEqual([['Netanyahu broke a lot of crockery,', 'Martin Indyk', 'full']]);
	});

	it('makes a short quotation with no speaker a scare quote, and leaves out a long one', () => {
		expect(attributed('The so-called “metadata” is kept.', '“This is a long quotation that nobody in the text is said to have said at all.”')).toEqual([
			['metadata', null, 'scare'],
			['This is a long quotation that nobody in the text is said to have said at all.', 'left out', 'full'],
		]);
	});

	it('does not take a place before a passive "was described as" for a speaker', () => {
		expect(attributed('In South Taranaki, a stranding that was described as “unprecedented” left the tribe scrambling.')).toEqual([['unprecedented', null, 'scare']]);
	});
});
