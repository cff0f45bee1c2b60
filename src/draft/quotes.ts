// Finds direct quotations: the words between quote marks, as offsets into each paragraph.
// Curly and straight double quotes; single quotes too, when a text uses them for speech (or
// outside double quotes, as headlines do). A quotation that runs over paragraphs leaves its
// paragraph unclosed and the next one re-opens it. Apostrophes (don’t, Boris’s, ’91) are not
// quote marks.

export interface QuoteSpan {
	/** Index of the paragraph in the list given. */
	block: number;
	/** Offsets of the quoted words: text.slice(start, end), the marks excluded. */
	start: number;
	end: number;
	family: 'double' | 'single';
	/** Not closed in its paragraph: the quotation runs on into the next one. */
	runsOn: boolean;
	/** Re-opens a quotation that ran on from the previous paragraph. */
	continued: boolean;
}

type Role = 'open' | 'close' | 'either' | 'none';

const doubleMarks = new Set(['\u201C', '\u201D', '"']);
const singleMarks = new Set(['\u2018', '\u2019', "'"]);
const letter = /[\p{L}\p{N}]/u;
const beforeOpening = /[\s([{\u2014\u2013/\u201C\u2018"'-]/;
const afterClosing = /[\s.,;:!?)\]}\u2014\u2013\u2026\u201D\u2019"'-]/;

function roleOf(text: string, at: number): Role {
	const mark = text[at]!;
	const previous = text[at - 1];
	const next = text[at + 1];
	const opener = previous === undefined || beforeOpening.test(previous) || (previous === ':' && next !== ' ');
	const closer = next === undefined || afterClosing.test(next);
	switch (mark) {
		case '\u201C':
			// “ typed for ” ("… And that“—taking …"): after a word and before a dash or a space, it closes.
			return previous !== undefined && !beforeOpening.test(previous) && (next === undefined || afterClosing.test(next)) ? 'close' : 'open';
		case '\u201D':
			return 'close';
		case '"':
			if (next !== undefined && /\s/.test(next) && previous !== undefined && /\s/.test(previous)) return 'none';
			return opener && !closer ? 'open' : closer && !opener ? 'close' : 'either';
		case '\u2018':
		case "'":
		case '\u2019': {
			// ’91, '90s: an elided year; don’t, Boris’s: an apostrophe.
			if (next !== undefined && /\d/.test(next) && (previous === undefined || /\s/.test(previous))) return 'none';
			if (previous !== undefined && letter.test(previous) && next !== undefined && letter.test(next)) return 'none';
			if (mark === '\u2018') return opener ? 'open' : 'none';
			if (opener && next !== undefined && letter.test(next)) return mark === "'" ? 'open' : 'none';
			return closer && previous !== undefined && !/\s/.test(previous) ? 'close' : 'none';
		}
	}
	return 'none';
}

interface RawSpan {
	start: number;
	end: number;
	runsOn: boolean;
	continued: boolean;
}

/** Pairs one family's marks in a paragraph; `carried` when a quotation runs on into it. */
function pair(text: string, family: Set<string>, carried: boolean, skip: (at: number) => boolean, allowRunOn: boolean): RawSpan[] {
	const spans: RawSpan[] = [];
	let openAt = -1;
	let continued = false;
	for (let at = 0; at < text.length; at++) {
		if (!family.has(text[at]!) || skip(at)) continue;
		const role = roleOf(text, at);
		if (role === 'none') continue;
		if (openAt === -1) {
			if (role === 'open' || role === 'either') {
				openAt = at;
				continued = carried && text.slice(0, at).trim() === '';
			}
			continue;
		}
		if (role === 'close' || role === 'either') {
			spans.push({start: openAt + 1, end: at, runsOn: false, continued});
			openAt = -1;
			continued = false;
		} else {
			// A second opening mark before any closing one: the first was never closed; start again.
			openAt = at;
			continued = false;
		}
	}
	if (openAt !== -1 && allowRunOn) spans.push({start: openAt + 1, end: text.length, runsOn: true, continued});
	return spans;
}

function countOpenings(texts: string[], family: Set<string>): number {
	let count = 0;
	for (const text of texts) {
		for (let at = 0; at < text.length; at++) if (family.has(text[at]!) && roleOf(text, at) === 'open') count++;
	}
	return count;
}

/** Every quotation in `texts` (consecutive paragraphs), in order. */
export function findQuotes(texts: string[]): QuoteSpan[] {
	// The family a text uses for speech; the other only marks quotations outside it.
	const primary: QuoteSpan['family'] = countOpenings(texts, singleMarks) > countOpenings(texts, doubleMarks) * 2 ? 'single' : 'double';
	const marks = {double: doubleMarks, single: singleMarks};
	const secondary: QuoteSpan['family'] = primary === 'double' ? 'single' : 'double';
	const spans: QuoteSpan[] = [];
	let carried = false;
	texts.forEach((text, block) => {
		const main = pair(text, marks[primary], carried, () => false, true);
		const inside = (at: number) => main.some((span) => at >= span.start - 1 && at <= span.end);
		const other = pair(text, marks[secondary], false, inside, false);
		carried = main.at(-1)?.runsOn ?? false;
		const found = [
			...main.map((span) => ({...span, family: primary})),
			...other.map((span) => ({...span, family: secondary})),
		].sort((a, b) => a.start - b.start);
		for (const span of found) {
			const trimmed = trimSpan(text, span.start, span.end);
			if (trimmed === undefined) continue;
			spans.push({block, ...span, ...trimmed});
		}
	});
	return spans;
}

/** A quotation's words with trailing space dropped; none when they start with a space or are empty. */
function trimSpan(text: string, start: number, end: number): {start: number; end: number} | undefined {
	let last = end;
	while (last > start && /\s/.test(text[last - 1]!)) last--;
	if (last === start || /\s/.test(text[start]!)) return undefined;
	return {start, end: last};
}
