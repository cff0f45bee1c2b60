// Display width in terminal columns. string-width is exact but costs microseconds per call, and
// the frame diff measures every character of every frame; nearly all of them are ASCII or common
// punctuation, so those take a fast path and the rest are asked once and remembered.
import stringWidth from 'string-width';

const known = new Map<string, number>();

export function characterWidth(character: string): number {
	const code = character.codePointAt(0)!;
	if (code >= 0x20 && code < 0x7f) return 1;
	let width = known.get(character);
	if (width === undefined) known.set(character, (width = stringWidth(character)));
	return width;
}

/** Width of plain text (no escape sequences). */
export function textWidth(text: string): number {
	if (/^[\x20-\x7e]*$/.test(text)) return text.length;
	let width = 0;
	for (const character of text) width += characterWidth(character);
	return width;
}
