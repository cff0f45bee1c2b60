// Does a text name a person? A name matches as a whole word in scripts written with spaces
// ("Lavrov" is not in "Lavrova"), and anywhere in scripts written without them, where the name
// runs straight into the next word ("王市长说"). Case, typographic quotes and Unicode
// composition ("José" typed either way) are ignored.
import {foldTypography} from './text.js';

/** Letters, digits and combining marks: what continues a word (tested on one character). */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;
/**
 * Scripts whose words are not separated by spaces, and Korean, whose particles attach to the
 * name before them ("라브로프는"): next to these a name needs no word boundary.
 */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

function prepare(value: string): string {
	return foldTypography(value.normalize('NFC'));
}

/** The whole character (code point) ending just before `at`, or '' at the start. */
function characterBefore(text: string, at: number): string {
	const low = text.charCodeAt(at - 1);
	if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
		const high = text.charCodeAt(at - 2);
		if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
	}
	return text.slice(Math.max(0, at - 1), at);
}

function characterAt(text: string, at: number): string {
	const code = text.codePointAt(at);
	return code === undefined ? '' : String.fromCodePoint(code);
}

/** True when the two characters on either side of an edge would be read as one word. */
function joined(left: string, right: string): boolean {
	return wordCharacter.test(left) && wordCharacter.test(right) && !unspacedScript.test(left) && !unspacedScript.test(right);
}

function escape(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A test for one name, to run against many texts. */
export function nameMatcher(name: string): (text: string) => boolean {
	const prepared = prepare(name).trim();
	if (prepared === '') return () => false;
	const pattern = new RegExp(escape(prepared), 'giu');
	const first = characterAt(prepared, 0);
	const last = characterBefore(prepared, prepared.length);
	return (text) => {
		const haystack = prepare(text);
		pattern.lastIndex = 0;
		for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack)) {
			const end = match.index + match[0].length;
			if (!joined(characterBefore(haystack, match.index), first) && !joined(last, characterAt(haystack, end))) return true;
			pattern.lastIndex = match.index + 1;
		}
		return false;
	};
}

/** True when `text` names someone by `name`. */
export function names(text: string, name: string): boolean {
	return nameMatcher(name)(text);
}
