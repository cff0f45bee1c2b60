import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {textWidth} from '../../src/text/width.js';
import {loadBundled} from '../helpers/content.js';

describe('text width', () => {
	it('agrees with string-width on everything the article and the interface print', () => {
		const article = loadBundled();
		const samples = [...article.paragraphs.map((paragraph) => paragraph.text), article.headline, article.standfirst!, '━─↑↓→←▸●❯✓✗…·¶“”‘’—–', '日本語', 'café', 'e\u0301', '👍', '©™'];
		for (const sample of samples) {
			for (const character of sample) expect(textWidth(character), `"${character}"`).toBe(stringWidth(character));
			expect(textWidth(sample)).toBe(stringWidth(sample));
		}
	});
});
