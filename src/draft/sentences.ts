// Sentence ends in news prose: ".", "!" or "?" (with any closing quote mark) before a space and
// a capital, a digit or an opening quote, unless the word before is an abbreviation ("Mr.",
// "Gen.", "U.S.") or an initial ("J.").

const abbreviations = new Set(
	'mr mrs ms dr st gen sen rep gov lt col capt sgt cpl maj jr sr prof inc corp co no vs etc rev fr adm brig det pte pvt mt ft jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m e.g i.e approx dept est'.split(' '),
);

/** Offsets just after each sentence end in `text` (the last is text.length). */
export function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	const pattern = /[.!?…]+["”’']*(?=\s+["“‘'(\p{Lu}\p{N}])/gu;
	for (const match of text.matchAll(pattern)) {
		const at = match.index;
		if (match[0].startsWith('.')) {
			const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
			// "U.N. General", "J. Smith": an acronym or an initial, not the end of a sentence.
			if (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
		}
		ends.push(at + match[0].length);
	}
	if (ends.at(-1) !== text.length) ends.push(text.length);
	return ends;
}

/** [start, end) of each sentence, trimmed of the spaces between them. */
export function sentenceRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	let start = 0;
	for (const end of sentenceEnds(text)) {
		let from = start;
		while (from < end && /\s/.test(text[from]!)) from++;
		if (from < end) ranges.push([from, end]);
		start = end;
	}
	return ranges;
}
