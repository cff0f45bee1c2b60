// The article as plain text: what a pipe, a file or a screen reader gets.
import {wrapText} from '../text/wrap.js';
import type {Article} from '../content/model.js';
import {credits} from '../content/view.js';

/** `width` 0 leaves each paragraph on one line, for screen readers and reflowing viewers. */
export function articleToText(article: Article, width = 80): string {
	const wrap = (text: string) => wrapText(text, width);
	const out: string[] = [wrap(article.headline)];
	if (article.standfirst) out.push(wrap(article.standfirst));
	const byline = credits(article);
	if (byline) out.push(wrap(byline));
	article.sections.forEach((section, index) => {
		out.push(wrap(`[Section ${index + 1}/${article.sections.length}: ${section.title}]`));
		for (const block of section.blocks) out.push(wrap(block.text));
	});
	if (article.rights) out.push(wrap(article.rights));
	return `${out.join('\n\n')}\n`;
}
