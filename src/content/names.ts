// Does a text name a person? A name matches as a whole word in scripts written with spaces
// ("Lavrov" is not in "Lavrova"), and anywhere next to scripts written without them, where the
// name runs straight into the next word ("王市长说"). Case, typographic quotes and Unicode
// composition ("José" typed either way) are ignored.
import {foldTypography} from './text.js';

/** Letters, digits and combining marks: what continues a word. */
const wordCharacter = '[\\p{L}\\p{N}\\p{M}]';
/**
 * Scripts whose words are not separated by spaces, and Korean, whose particles attach to the
 * name before them ("라브로프는"): next to these a name needs no word boundary.
 */
const unspaced = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\p{Script=Tibetan}]';
const unspacedCharacter = new RegExp(unspaced, 'u');

// The checks ask about one paragraph for each of several names in turn: its prepared text is
// remembered until another text is asked about.
let lastText = '';
let lastPrepared = '';

function prepare(value: string): string {
	if (value !== lastText) {
		lastPrepared = foldTypography(value.normalize('NFC'));
		lastText = value;
	}
	return lastPrepared;
}

function escape(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A test for one name, to run against many texts. */
export function nameMatcher(name: string): (text: string) => boolean {
	const prepared = prepare(name).trim();
	if (prepared === '') return () => false;
	const characters = Array.from(prepared);
	// A word boundary is needed on a side unless the name or the text next to it is unspaced there.
	const before = unspacedCharacter.test(characters[0]!) ? '' : `(?:(?<!${wordCharacter})|(?<=${unspaced}))`;
	const after = unspacedCharacter.test(characters.at(-1)!) ? '' : `(?:(?!${wordCharacter})|(?=${unspaced}))`;
	const pattern = new RegExp(`${before}${escape(prepared)}${after}`, 'iu');
	return (text) => pattern.test(prepare(text));
}

/** True when `text` names someone by `name`. */
export function names(text: string, name: string): boolean {
	return nameMatcher(name)(text);
}
