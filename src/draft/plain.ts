// Plain text (.txt, .md, stdin): paragraphs are split at blank lines and hard-wrapped lines
// joined; a short first block that reads as a title is the headline, and a short line standing
// alone without closing punctuation is a subheading.
import {normaliseWhitespace, type Extracted, type ExtractedBlock} from './extracted.js';

export function extractPlainText(source: string): Extracted {
	const chunks = source
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((chunk) => chunk.split('\n').map((line) => line.replace(/^#{1,6}\s+/, '')).join('\n'))
		.map(normaliseWhitespace)
		.filter((chunk) => chunk !== '');
	const result: Extracted = {from: 'text', blocks: []};
	// "… Mr Johnson replied. – Copyright The Financial Times Limited 2017": the notice is not text.
	const last = chunks.at(-1);
	const notice = last === undefined ? null : /(?:^|\s)(?:[–—-]\s*)?((?:Copyright|©|\(c\))\s[^.!?]{0,120})$/i.exec(last);
	if (notice !== null && chunks.length > 1) {
		result.rights = notice[1]!.trim();
		const rest = last!.slice(0, notice.index).trim();
		if (rest === '') chunks.pop();
		else chunks[chunks.length - 1] = rest;
	}
	let index = 0;
	if (chunks.length > 1 && looksLikeTitle(chunks[0]!)) {
		result.title = chunks[0]!;
		index = 1;
		// A second short block ending without a full stop, or ending in a quotation, is a standfirst.
		const next = chunks[1];
		if (next !== undefined && chunks.length > 2 && wordCount(next) <= 40 && !/[.!?]$/.test(next)) {
			result.standfirst = next;
			index = 2;
		}
	}
	for (const chunk of chunks.slice(index)) result.blocks.push(toBlock(chunk));
	return result;
}

function wordCount(text: string): number {
	return text.split(' ').length;
}

function looksLikeTitle(text: string): boolean {
	return wordCount(text) <= 25 && !/[.:;,]$/.test(text);
}

function toBlock(text: string): ExtractedBlock {
	// "Common ground": a few words, capitalised, no sentence punctuation at the end.
	const subhead = wordCount(text) <= 8 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.,;:!?"”’'…)]$/.test(text);
	return {kind: subhead ? 'subhead' : 'paragraph', text};
}
