import {describe, expect, it} from 'vitest';
import {articleToHtml, articleToMarkdown} from '../../src/export/handout.js';
import {edited, loadBundled} from '../helpers/content.js';
import {parseArticle} from '../../src/content/load.js';

const article = loadBundled();
const unescape = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the HTML handout', () => {
	const html = articleToHtml(article);

	it('is one self-contained page: no scripts, no external resources, print styles', () => {
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).not.toMatch(/<script|<link|src=|url\(/);
		expect(html).toContain('@media print');
		expect(html).toContain('<html lang="en-GB">');
	});

	it('has every paragraph, the subheading and the copyright line', () => {
		const text = unescape(html);
		for (const paragraph of article.paragraphs) expect(text).toContain(paragraph.text);
		expect(html).toContain('<h3>Common ground</h3>');
		expect(text).toContain('Copyright The Financial Times Limited 2017');
	});

	it('sets each exchange out as a dialogue, reported speech apart', () => {
		expect(html.match(/<div class="dialogue">/g)).toHaveLength(article.exchanges.length);
		expect(unescape(html)).toContain('Sergei Lavrov · said“There was nothing in Boris’s coat pockets.”');
		expect(html).toMatch(/<div class="turn reported"><span class="speaker s1">Sergei Lavrov <span class="cue">· reported<\/span><\/span><p>Mr Lavrov disputed/);
	});

	it('ends with the quiz, then the answers with their evidence', () => {
		const text = unescape(html);
		for (const question of article.quiz) {
			expect(text).toContain(question.question);
			for (const evidence of question.evidence) expect(text).toContain(evidence.text);
		}
		expect(html.indexOf('class="quiz"')).toBeLessThan(html.indexOf('class="answers"'));
	});
});

describe('the Markdown handout', () => {
	it('has the article, the dialogues and the quiz with answers', () => {
		const markdown = articleToMarkdown(article);
		expect(markdown).toMatch(/^# Johnson says Russia/);
		expect(markdown).toContain('## 3. Common ground\n\n### Common ground');
		expect(markdown).toContain('> **Sergei Lavrov** (said): “There was nothing in Boris’s coat pockets.”');
		expect(markdown).toContain('## Quiz');
		expect(markdown).toMatch(/## Answers\n\n1\. \*\*A\. Not successful\*\*/);
	});

	it('keeps the article\'s words as words: nothing in them starts a list, a rule, an entity or emphasis', () => {
		const source = edited([
			['text: The bridge has cost 40 million pounds so far.', 'text: "1. The bridge has cost 40 million pounds so far.\\n---\\n- Spent"'],
			['cue: replied', 'cue: re*pl*ied'],
			['rights: Copyright Test Gazette', 'rights: Copyright Test &amp; Gazette'],
		]);
		const {article, problems} = parseArticle('a.yaml', source);
		expect(problems).toEqual([]);
		const markdown = articleToMarkdown(article!);
		expect(markdown).toContain('\n\n1\\. The bridge has cost 40 million pounds so far. --- - Spent\n\n');
		expect(markdown).toContain('> **Bob Leader** (re\\*pl\\*ied): “Spring of which year?”');
		expect(markdown).toContain('*Copyright Test \\&amp; Gazette*');
	});
});
