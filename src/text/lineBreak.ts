// Where a line may break, by the Unicode line breaking algorithm (UAX #14, the linebreak
// library): after spaces, after hyphens and dashes, between most CJK characters, never before
// closing punctuation. Text that can only break after spaces (most English prose) skips the
// library, which looks up every character's class. One tailoring: no break after a hyphen that
// starts a word (a command-line option, "--room").
import LineBreaker from 'linebreak';

// Letters, digits, spaces, and punctuation that neither allows nor forbids more than the spaces
// beside it (quotes, commas, stops, colons): in such text the only breaks are after spaces.
const spacesOnly = /^[A-Za-z0-9 ,.;:'"\u2018\u2019\u201C\u201D]*$/;

/** Offsets in `text` where a new line may start, in order (never 0; text.length last). */
export function breakOpportunities(text: string): number[] {
	if (spacesOnly.test(text)) {
		const breaks: number[] = [];
		for (const match of text.matchAll(/ +(?=[^ ])/g)) breaks.push(match.index + match[0].length);
		breaks.push(text.length);
		return breaks;
	}
	const breaks: number[] = [];
	const breaker = new LineBreaker(text);
	for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
		// Tailoring: a hyphen that starts a word ("--room", "-x") belongs to it, as an option's does.
		const at = next.position;
		if (text[at - 1] === '-' && (at < 2 || /[\s(-]/.test(text[at - 2]!))) continue;
		breaks.push(at);
	}
	if (breaks.at(-1) !== text.length) breaks.push(text.length);
	return breaks;
}
