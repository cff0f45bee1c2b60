// What the drafter reads from a page or a text: the article's blocks in order, text exactly as
// published (only white space normalised), and none of the page's furniture.
import {describe, expect, it} from 'vitest';
import {extractHtml, NoArticleError} from '../../src/draft/html.js';
import {extractPlainText} from '../../src/draft/plain.js';

const filler = 'The council met on Tuesday to discuss the plan in detail, and members asked many questions about its cost and timing.';
const page = `<!doctype html><html lang="en-GB"><head><title>Bridge to open in May | Test Gazette</title>
<meta property="og:site_name" content="Test Gazette"><meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge to open in May</h1>
<p>The mayor said the bridge would open in May.\u00a0It cost “40\u00a0million”, she added.</p>
<figure><img src="x.jpg"><figcaption>The bridge at dusk. Photo: Getty</figcaption></figure>
<p>${filler} Soft\u00adhyphen and “curly” and "straight" quotes stay as they are.</p>
<p><a href="/related">Read more: council budget cuts</a></p>
<h2>What comes next</h2>
<ul><li>Traffic will be diverted during the works for several weeks.</li><li>A second bridge is planned for the east side of town.</li></ul>
<p>${filler}</p><p>${filler}</p>
</article><footer>© Test Gazette</footer></body></html>`;

describe('a saved page', () => {
	const extracted = extractHtml(page);

	it('gives the title, byline, site name, published time and language', () => {
		expect(extracted).toMatchObject({title: 'Bridge to open in May', byline: 'Ann Writer', siteName: 'Test Gazette', publishedTime: '2024-05-01T10:00:00Z', language: 'en-GB'});
	});

	it('keeps paragraphs as published, h2 as subheadings and list items as paragraphs', () => {
		expect(extracted.blocks).toEqual([
			{kind: 'paragraph', text: 'The mayor said the bridge would open in May.\u00a0It cost “40\u00a0million”, she added.'},
			{kind: 'paragraph', text: `${filler} Soft\u00adhyphen and “curly” and "straight" quotes stay as they are.`},
			{kind: 'subhead', text: 'What comes next'},
			{kind: 'paragraph', text: 'Traffic will be diverted during the works for several weeks.'},
			{kind: 'paragraph', text: 'A second bridge is planned for the east side of town.'},
			{kind: 'paragraph', text: filler},
			{kind: 'paragraph', text: filler},
		]);
	});

	it('refuses a page with no article', () => {
		expect(() => extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).toThrow(NoArticleError);
	});
});

describe('a plain text', () => {
	it('splits paragraphs at blank lines, joins hard-wrapped lines, and takes a first short line as the headline', () => {
		expect(extractPlainText('Bridge to open\r\n\r\nThe mayor said the bridge\r\nwould open in May.\n\n\nIt cost a lot.\n')).toEqual({
			from: 'text',
			title: 'Bridge to open',
			blocks: [
				{kind: 'paragraph', text: 'The mayor said the bridge would open in May.'},
				{kind: 'paragraph', text: 'It cost a lot.'},
			],
		});
	});

	it('takes a short unpunctuated line between paragraphs as a subheading, and a copyright line at the end as the rights', () => {
		const extracted = extractPlainText('Headline here\n\nFirst paragraph of the text.\n\nCommon ground\n\nLast paragraph. – Copyright The Gazette 2017\n');
		expect(extracted.blocks.map((block) => block.kind)).toEqual(['paragraph', 'subhead', 'paragraph']);
		expect(extracted.blocks.at(-1)!.text).toBe('Last paragraph.');
		expect(extracted.rights).toBe('Copyright The Gazette 2017');
	});
});

describe('a saved page with links to other stories between its paragraphs', () => {
	it('leaves out a bulleted link line, keeping the paragraphs around it', () => {
		const text = (words: string) => `${words} ${'and the team went on to talk about it for a long while afterwards.'.repeat(3)}`;
		const extracted = extractHtml(`<html><head><title>Draft night</title></head><body><article><h1>Draft night</h1><p>${text('The owner wanted the quarterback.')}</p><p>• All Sixth-Round Team: Best lineup of players drafted in Round 6</p><p>${text('His son wanted the guard.')}</p><p>${text('They took the guard.')}</p></article></body></html>`);
		expect(extracted.blocks.map((block) => block.text.split(' ').slice(0, 4).join(' '))).toEqual(['The owner wanted the', 'His son wanted the', 'They took the guard.']);
	});
});
