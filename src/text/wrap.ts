// Line wrapping for styled text, at the breaks the Unicode line breaking algorithm allows. Ink's
// <Text wrap> wraps strings; the reader also needs to know on which line each styled span (a
// quote, a search hit, a dialogue turn) lands, so text is wrapped in runs of one style each. The
// style is any value: screen/wrap.ts wraps the screen's styles, wrapText plain text.
import {breakOpportunities} from './lineBreak.js';
import {textWidth} from './width.js';

export interface Run<S> {
	text: string;
	style: S;
}

type Same<S> = (a: S, b: S) => boolean;

/** Appends text to a line, merging it into the last run when the style is the same. */
function append<S>(line: Array<Run<S>>, text: string, style: S, same: Same<S>) {
	const last = line.at(-1);
	if (last !== undefined && same(last.style, style)) last.text += text;
	else line.push({text, style});
}

interface Word<S> {
	pieces: Array<Run<S>>;
	width: number;
	/** A space follows before the next word (a break after a hyphen, a dash or a CJK character has none). */
	spaceAfter: boolean;
}

/**
 * Splits styled text into the pieces a line may not break inside, by the Unicode line breaking
 * algorithm (text/lineBreak.ts); a piece may span several styles ("“He’s"). Runs of white space
 * count as one space.
 */
function toWords<S>(segments: Array<Run<S>>): Array<Word<S>> {
	let full = '';
	const styles: Array<{end: number; style: S}> = [];
	for (const segment of segments) {
		let text = segment.text.replace(/\s+/g, ' ');
		if (full === '' || full.endsWith(' ')) text = text.replace(/^ /, '');
		if (text === '') continue;
		full += text;
		styles.push({end: full.length, style: segment.style});
	}
	const words: Array<Word<S>> = [];
	let start = 0;
	let styleIndex = 0;
	for (const end of breakOpportunities(full)) {
		const slice = full.slice(start, end);
		const content = slice.replace(/ +$/, '');
		if (content !== '') {
			const word: Word<S> = {pieces: [], width: textWidth(content), spaceAfter: content.length < slice.length};
			// Cut the content where the styles change.
			let at = start;
			const stop = start + content.length;
			while (at < stop) {
				while (styles[styleIndex]!.end <= at) styleIndex++;
				const until = Math.min(stop, styles[styleIndex]!.end);
				word.pieces.push({text: full.slice(at, until), style: styles[styleIndex]!.style});
				at = until;
			}
			words.push(word);
		} else if (words.length > 0) {
			words.at(-1)!.spaceAfter = true;
		}
		start = end;
	}
	return words;
}

/** Breaks a word wider than the line into chunks: the only time a word is split. */
function splitWide<S>(word: Word<S>, width: number, same: Same<S>): Array<Word<S>> {
	const chunks: Array<Word<S>> = [];
	let chunk: Word<S> = {pieces: [], width: 0, spaceAfter: false};
	for (const piece of word.pieces) {
		for (const character of piece.text) {
			const characterWidth = textWidth(character);
			if (chunk.width + characterWidth > width && chunk.width > 0) {
				chunks.push(chunk);
				chunk = {pieces: [], width: 0, spaceAfter: false};
			}
			const last = chunk.pieces.at(-1);
			if (last !== undefined && same(last.style, piece.style)) last.text += character;
			else chunk.pieces.push({text: character, style: piece.style});
			chunk.width += characterWidth;
		}
	}
	if (chunk.width > 0) chunks.push({...chunk, spaceAfter: word.spaceAfter});
	return chunks;
}

/**
 * Wraps runs of styled text to `width` columns, breaking only where the line breaking rules
 * allow (a piece wider than the line is cut between characters). `indent` is prefixed to every
 * line, in `plain` style (dialogue turns hang under their speaker label).
 */
export function wrapRuns<S>(runs: Array<Run<S>>, width: number, {indent = '', plain, same}: {indent?: string; plain: S; same: Same<S>}): Array<Array<Run<S>>> {
	const room = Math.max(1, width - textWidth(indent));
	return oneLine(runs, room, indent, plain, same) ?? wrapAtBreaks(runs, width, {indent, plain, same});
}

/** wrapRuns without its one-line shortcut: every text split at its break opportunities first. */
export function wrapAtBreaks<S>(runs: Array<Run<S>>, width: number, {indent = '', plain, same}: {indent?: string; plain: S; same: Same<S>}): Array<Array<Run<S>>> {
	const room = Math.max(1, width - textWidth(indent));
	const words = toWords(runs).flatMap((word) => (word.width > room ? splitWide(word, room, same) : [word]));
	const lines: Array<Array<Run<S>>> = [];
	let line: Array<Run<S>> = [];
	let used = 0;
	let space = false;
	for (const word of words) {
		const gap = used > 0 && space ? 1 : 0;
		if (used > 0 && used + gap + word.width > room) {
			lines.push(line);
			line = [];
			used = 0;
		}
		if (used === 0 && indent !== '') append(line, indent, plain, same);
		if (used > 0 && space) {
			// The space takes the style of the word before it only when both words share it (inside a quote).
			const before = line.at(-1)!.style;
			append(line, ' ', same(before, word.pieces[0]!.style) ? before : plain, same);
			used += 1;
		}
		for (const piece of word.pieces) append(line, piece.text, piece.style, same);
		used += word.width;
		space = word.spaceAfter;
	}
	if (line.length > 0) lines.push(line);
	return lines;
}

/**
 * Text that fits on one line, laid out as wrapRuns would without asking where lines may break:
 * most chrome and many short texts (the line breaking library then need not load for the first
 * screen). Where it breaks matters only for the spaces: a space after which a line may break takes
 * the style around it, or plain between two styles; one after which none may (before a comma or a
 * closing bracket) keeps its own. Undefined (wrap as usual) when the text is too wide, or when that
 * difference shows and the break after the space is not certain.
 */
function oneLine<S>(runs: Array<Run<S>>, room: number, indent: string, plain: S, same: Same<S>): Array<Array<Run<S>>> | undefined {
	const characters: Array<{text: string; style: S}> = [];
	let full = '';
	for (const run of runs) {
		let text = run.text.replace(/\s+/g, ' ');
		if (full === '' || full.endsWith(' ')) text = text.replace(/^ /, '');
		full += text;
		for (const character of text) characters.push({text: character, style: run.style});
	}
	while (characters.at(-1)?.text === ' ') characters.pop();
	if (characters.length === 0) return [];
	if (textWidth(full.trimEnd()) > room) return undefined;
	const line: Array<Run<S>> = [];
	if (indent !== '') append(line, indent, plain, same);
	for (const [index, {text, style}] of characters.entries()) {
		if (text !== ' ') {
			append(line, text, style, same);
			continue;
		}
		const before = characters[index - 1]!;
		const after = characters[index + 1]!;
		const between = same(before.style, after.style) ? before.style : plain;
		if (same(between, style)) append(line, text, style, same);
		else if (certainBreakAfterSpace(before.text, after.text)) append(line, text, between, same);
		else return undefined;
	}
	return [line];
}

/** Between a letter, digit or plain punctuation and a letter or digit, a space is always a break. */
function certainBreakAfterSpace(before: string, after: string): boolean {
	return /^[A-Za-z0-9,.;:?!'"\u2018\u2019\u201C\u201D-]$/.test(before) && /^[A-Za-z0-9]$/.test(after);
}

/**
 * Plain prose wrapped to `width` columns (0: not at all), the first line prefixed with `first`
 * and the others with `rest`, for hanging indents ("12. " then "    ").
 */
export function wrapText(text: string, width: number, first = '', rest = first): string {
	if (width <= 0) return first + text;
	const room = Math.max(1, width - Math.max(first.length, rest.length));
	return wrapRuns([{text, style: null}], room, {plain: null, same: () => true})
		.map((line, index) => (index === 0 ? first : rest) + line.map((run) => run.text).join(''))
		.join('\n');
}
