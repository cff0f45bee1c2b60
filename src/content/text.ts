// Text comparison that ignores what typography changes but meaning does not:
// curly vs straight quotes, dashes vs hyphens, case, and runs of white space.

const quoteMarks = /[\u2018\u2019\u201A\u201B\u2032'`]/g;
const doubleQuoteMarks = /[\u201C\u201D\u201E\u201F\u2033"]/g;
const dashes = /[\u2010-\u2015\u2212]/g;

/** Same characters, with typographic quotes and dashes made plain: offsets are preserved. */
export function foldTypography(value: string): string {
	return value.replace(quoteMarks, "'").replace(doubleQuoteMarks, '"').replace(dashes, '-');
}

/** Lower case, typography folded, white space collapsed: for "is it the same text" checks. */
export function normaliseText(value: string): string {
	return foldTypography(value).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Lower case with punctuation and quote marks removed: for "are these options the same". */
export function normaliseWords(value: string): string {
	return foldTypography(value)
		.toLowerCase()
		.replace(/'s\b/g, 's')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const stopWords = new Set(
	(
		'a an the and or but of to in on at by for with from as is are was were be been it its that this ' +
		'these those he she they his her their him them you your i me my we our us not no do did does ' +
		'had has have what which who whom when where why how than then so if into about over after before'
	).split(' '),
);

/** Crude stem so that "minutes"/"minute" and "searched"/"search" compare equal. */
export function stem(word: string): string {
	if (word.length <= 3 || /^\d/.test(word)) return word;
	return word.replace(/(ing|ed|es|s|e)$/, '');
}

/** The meaningful words of a phrase, stemmed. */
export function contentWords(value: string): string[] {
	return normaliseWords(value)
		.split(' ')
		.filter((word) => word !== '' && !stopWords.has(word))
		.map(stem);
}

/**
 * Every opening quote mark a quotation may start with: English “ ‘ " ', German „ ‚,
 * French « ‹, Danish » ›, Chinese and Japanese 「 『.
 */
export const openingQuoteMarks = ['\u201C', '\u2018', '"', "'", '\u201E', '\u201A', '\u00AB', '\u2039', '\u00BB', '\u203A', '\u300C', '\u300E'];

/** The marks that may close a quotation opened with each mark. */
export const closingQuoteMarks: Readonly<Record<string, readonly string[]>> = {
	'\u201C': ['\u201D'],
	'\u2018': ['\u2019'],
	'"': ['"'],
	"'": ["'"],
	'\u201E': ['\u201C', '\u201D'],
	'\u201A': ['\u2018', '\u2019'],
	'\u00AB': ['\u00BB'],
	'\u2039': ['\u203A'],
	'\u00BB': ['\u00AB', '\u00BB'],
	'\u203A': ['\u2039', '\u203A'],
	'\u300C': ['\u300D'],
	'\u300E': ['\u300F'],
};

export interface QuotedSpan {
	text: string;
	start: number;
}

/**
 * Text between quote marks in a stem or option. Single curly quotes need care: the closing
 * mark is also the apostrophe, so a span only ends at one not followed by a letter.
 */
export function quotedSpans(value: string): QuotedSpan[] {
	const spans: QuotedSpan[] = [];
	const patterns = [/\u201C([^\u201D]+)\u201D/g, /"([^"]+)"/g, /\u2018(.+?)\u2019(?!\p{L})/gu, /\u00AB([^\u00BB]+)\u00BB/g, /\u201E([^\u201C\u201D]+)[\u201C\u201D]/g, /\u300C([^\u300D]+)\u300D/g, /\u300E([^\u300F]+)\u300F/g];
	for (const pattern of patterns) {
		for (const match of value.matchAll(pattern)) {
			spans.push({text: match[1]!, start: match.index + 1});
		}
	}
	return spans.sort((a, b) => a.start - b.start);
}

/** Trailing punctuation that a quotation may or may not carry when cited elsewhere. */
export function trimQuotePunctuation(value: string): string {
	return value.replace(/^[\s,.;:!?…]+|[\s,.;:!?…]+$/g, '');
}

/** All start offsets of `needle` in `haystack`, case-insensitive and typography-folded. */
export function findAll(haystack: string, needle: string): number[] {
	if (needle === '') return [];
	const folded = foldTypography(haystack).toLowerCase();
	const target = foldTypography(needle).toLowerCase();
	const offsets: number[] = [];
	let from = 0;
	for (;;) {
		const at = folded.indexOf(target, from);
		if (at === -1) return offsets;
		offsets.push(at);
		from = at + Math.max(1, target.length);
	}
}
