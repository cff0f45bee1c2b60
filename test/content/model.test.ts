import {describe, expect, it} from 'vitest';
import {lookups, textOf} from '../../src/content/model.js';
import {parseArticle} from '../../src/content/load.js';
import {minimalSource} from '../helpers/content.js';

const article = parseArticle('m.yaml', minimalSource).article!;

describe('look-ups by id on the model', () => {
	it('finds paragraphs, people, quotes and the quotes of each paragraph', () => {
		const found = lookups(article);
		expect(found.paragraph.get('p4')?.number).toBe(4);
		expect(found.paragraph.get('h1')).toBeUndefined();
		expect(found.person.get('leader')?.name).toBe('Bob Leader');
		expect(found.quote.get('q-spring')?.paragraphId).toBe('p2');
		expect(found.quotesIn.get('p1')?.map((quote) => quote.id)).toEqual(['q-nearly']);
		expect(found.quotesIn.get('p4')).toBeUndefined();
	});

	it('keeps the quotes of a paragraph in article order', () => {
		const two = {...article, quotes: [...article.quotes, {...article.quotes[0]!, id: 'q-again'}]};
		expect(lookups(two).quotesIn.get('p1')?.map((quote) => quote.id)).toEqual(['q-nearly', 'q-again']);
	});

	it('builds them once per article', () => {
		expect(lookups(article)).toBe(lookups(article));
		expect(lookups({...article})).not.toBe(lookups(article));
	});

	it('gives the text of any paragraph id, the headline and standfirst included', () => {
		expect(textOf(article, 'p2')).toBe('“It will open in spring,” Ms Mayor said.');
		expect(textOf(article, 'headline')).toBe(article.headline);
		expect(textOf(article, 'standfirst')).toBe('Council leader doubts the date');
		expect(textOf({...article, standfirst: null}, 'standfirst')).toBeUndefined();
		expect(textOf(article, 'h1')).toBeUndefined();
	});
});
