// Where a line may break, by the Unicode line breaking algorithm (UAX #14, the linebreak
// library): after spaces, after hyphens and dashes, between most CJK characters, never before
// closing punctuation. Plain English prose skips the library, which looks up every character's
// class (see simpleText). One tailoring: no break after a hyphen that starts a word (a
// command-line option, "--room").
import {createRequire} from 'node:module';

interface LineBreakerClass {
	new (text: string): {nextBreak(): {position: number; required: boolean} | null};
}

let lineBreaker: LineBreakerClass | undefined;

/**
 * The library, loaded the first time a text needs it: building its Unicode table takes ~8 ms,
 * which the first screen should not wait for when its text breaks only at spaces. In the bundle
 * esbuild turns the require() into a lazily run module; from source (tests), Node loads it.
 */
function breakerClass(): LineBreakerClass {
	if (lineBreaker === undefined) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const loaded = (typeof require === 'function' ? require('linebreak') : createRequire(import.meta.url)('linebreak')) as LineBreakerClass | {default: LineBreakerClass};
		lineBreaker = 'default' in loaded ? loaded.default : loaded;
	}
	return lineBreaker;
}

// Text of letters, digits, spaces, hyphens, the middle dot and plain punctuation (quotes, commas,
// stops, colons, ? and !) breaks by three rules, which give the library's breaks exactly (a test
// checks them against it on random text of these characters): after spaces, unless a comma, stop,
// colon, ? or ! follows; after a hyphen between a word and a letter; after ? or ! before a letter
// or digit.
const simpleText = /^[A-Za-z0-9 ,.;:?!'"\u2018\u2019\u201C\u201D\u00B7-]*$/;

function simpleBreaks(text: string): number[] {
	const breaks: number[] = [];
	for (let at = 1; at < text.length; at++) {
		const before = text[at - 1]!;
		const after = text[at]!;
		if (before === ' ' && after !== ' ' && !/[,.;:?!]/.test(after)) breaks.push(at);
		else if (before === '-' && /[A-Za-z\u00B7]/.test(after) && at >= 2 && !/[\s(-]/.test(text[at - 2]!)) breaks.push(at);
		else if ((before === '?' || before === '!') && /[A-Za-z0-9\u00B7]/.test(after)) breaks.push(at);
	}
	breaks.push(text.length);
	return breaks;
}

/** Offsets in `text` where a new line may start, in order (never 0; text.length last). */
export function breakOpportunities(text: string): number[] {
	if (simpleText.test(text)) return simpleBreaks(text);
	const breaks: number[] = [];
	const breaker = new (breakerClass())(text);
	for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
		// Tailoring: a hyphen that starts a word ("--room", "-x") belongs to it, as an option's does.
		const at = next.position;
		if (text[at - 1] === '-' && (at < 2 || /[\s(-]/.test(text[at - 2]!))) continue;
		breaks.push(at);
	}
	if (breaks.at(-1) !== text.length) breaks.push(text.length);
	return breaks;
}
