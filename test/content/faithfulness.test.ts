// content/johnson-lavrov-2017.txt is the article as published: the source of record.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadBundled} from '../helpers/content.js';

const original = readFileSync('content/johnson-lavrov-2017.txt', 'utf8');
// The original separates blocks with blank lines (one run is doubled, between the two paragraphs
// of Johnson's quotation); the blocks themselves must match character for character.
const originalBlocks = original.split(/\n{2,}/).map((block) => block.trim()).filter(Boolean);

describe('the bundled article reproduces the original', () => {
	const article = loadBundled();

	it('has the headline and standfirst as printed', () => {
		expect(article.headline).toBe(originalBlocks[0]);
		expect(article.standfirst).toBe(originalBlocks[1]);
	});

	it('has every body block word for word and in order, the copyright split off the last', () => {
		const rebuilt = article.blocks.map((block) => block.text);
		rebuilt[rebuilt.length - 1] += ` – ${article.rights}`;
		expect(rebuilt).toEqual(originalBlocks.slice(2));
	});

	it('keeps curly quotes, straight quotes and the open-ended multi-paragraph quotation', () => {
		const byId = new Map(article.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
		expect(byId.get('p1')).toContain('"not successfully"');
		expect(byId.get('p4')).toMatch(/: “I think .* on that front\.$/);
		expect(byId.get('p4')).not.toContain('”');
		expect(byId.get('p5')!.startsWith('“Had they been successful')).toBe(true);
	});

	it('reads the same with sections in order as the body does', () => {
		const inSections = article.sections.flatMap((section) => section.blocks.map((block) => block.id));
		expect(inSections).toEqual(article.blocks.map((block) => block.id));
	});
});
