// Display width in terminal columns, by the same rules as string-width (East Asian Width, zero
// width for marks and controls, two columns for emoji) but without its large Unicode regular
// expressions, whose compilation alone cost ~40 ms of every start-up. Nearly every character is
// ASCII, which takes a fast path; the rest are measured once and remembered.
import {eastAsianWidth} from 'get-east-asian-width';
import {LRUCache} from 'lru-cache';

const zeroWidth = /^[\p{Mark}\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}]$/u;
const pictographic = /^\p{Extended_Pictographic}$/u;
// Distinct characters are few in any one text, but a hostile one may hold many: keep the most used.
const known = new LRUCache<string, number>({max: 8192});

export function characterWidth(character: string): number {
	const code = character.codePointAt(0)!;
	if (code >= 0x20 && code < 0x7f) return 1;
	let width = known.get(character);
	if (width === undefined) {
		width = zeroWidth.test(character) ? 0 : pictographic.test(character) && code > 0x2000 && code !== 0x2122 ? 2 : eastAsianWidth(code, {ambiguousAsWide: false});
		known.set(character, width);
	}
	return width;
}

/** Width of plain text (no escape sequences). */
export function textWidth(text: string): number {
	if (/^[\x20-\x7e]*$/.test(text)) return text.length;
	let width = 0;
	for (const character of text) width += characterWidth(character);
	return width;
}

// Made when first needed: creating a segmenter loads ICU's locale data, ~7 ms of the first screen.
let graphemes: Intl.Segmenter | undefined;

/**
 * The text cut to `width` columns, a cut marked with "…", whole characters only. A name is cut by
 * the columns it takes, not by how many characters it has: twenty CJK characters are forty wide.
 */
export function fitWidth(text: string, width: number): string {
	if (textWidth(text) <= width) return text;
	let kept = '';
	let used = 0;
	graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	for (const {segment} of graphemes.segment(text)) {
		const columns = textWidth(segment);
		if (used + columns > width - 1) break;
		kept += segment;
		used += columns;
	}
	return `${kept}…`;
}
