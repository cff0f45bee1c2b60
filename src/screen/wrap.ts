// Word wrapping for styled text. wrap-ansi wraps strings; the reader also needs to know on which
// line each styled span (a quote, a search hit, a dialogue turn) lands, so it wraps spans itself.
import {textWidth} from '../text/width.js';
import {sameStyle, type Line, type Segment, type Style} from './line.js';

/** Appends text to a line, merging it into the last segment when the style is the same. */
function append(line: Line, text: string, style: Style) {
	const last = line.at(-1);
	if (last !== undefined && sameStyle(last.style, style)) last.text += text;
	else line.push({text, style});
}

interface Word {
	pieces: Segment[];
	width: number;
}

/** Splits styled text into words at spaces; a word may span several styles ("“He’s"). */
function toWords(segments: Segment[]): Word[] {
	const words: Word[] = [];
	let current: Word | null = null;
	for (const segment of segments) {
		for (const part of segment.text.split(/(\s+)/)) {
			if (part === '') continue;
			if (/^\s+$/.test(part)) {
				current = null;
				continue;
			}
			if (current === null) {
				current = {pieces: [], width: 0};
				words.push(current);
			}
			current.pieces.push({text: part, style: segment.style});
			current.width += textWidth(part);
		}
	}
	return words;
}

/** Breaks a word wider than the line into chunks: the only time a word is split. */
function splitWide(word: Word, width: number): Word[] {
	const chunks: Word[] = [];
	let chunk: Word = {pieces: [], width: 0};
	for (const piece of word.pieces) {
		for (const character of piece.text) {
			const characterWidth = textWidth(character);
			if (chunk.width + characterWidth > width && chunk.width > 0) {
				chunks.push(chunk);
				chunk = {pieces: [], width: 0};
			}
			const last = chunk.pieces.at(-1);
			if (last !== undefined && sameStyle(last.style, piece.style)) last.text += character;
			else chunk.pieces.push({text: character, style: piece.style});
			chunk.width += characterWidth;
		}
	}
	if (chunk.width > 0) chunks.push(chunk);
	return chunks;
}

/**
 * Wraps styled text to `width` columns, never breaking a word that fits on a line. `indent`
 * is prefixed to every line (dialogue turns hang under their speaker label).
 */
export function wrapSegments(segments: Segment[], width: number, indent = ''): Line[] {
	const room = Math.max(1, width - textWidth(indent));
	const words = toWords(segments).flatMap((word) => (word.width > room ? splitWide(word, room) : [word]));
	const lines: Line[] = [];
	let line: Line = [];
	let used = 0;
	const space: Style = {role: 'text'};
	for (const word of words) {
		if (used > 0 && used + 1 + word.width > room) {
			lines.push(line);
			line = [];
			used = 0;
		}
		if (used === 0 && indent !== '') append(line, indent, space);
		if (used > 0) {
			// The space takes the style of the word before it only when both words share it (inside a quote).
			const before = line.at(-1)!.style;
			append(line, ' ', sameStyle(before, word.pieces[0]!.style) ? before : space);
			used += 1;
		}
		for (const piece of word.pieces) append(line, piece.text, piece.style);
		used += word.width;
	}
	if (line.length > 0) lines.push(line);
	return lines;
}
