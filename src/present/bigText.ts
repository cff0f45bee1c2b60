// Big letters for titles, from FIGlet fonts (figlet), with the fonts bundled rather than read
// from disk. Text the fonts cannot draw faithfully is left to normal type by the caller.
import figlet from 'figlet/browser';
import mini from 'figlet/fonts/Mini';
import small from 'figlet/fonts/Small';
import standard from 'figlet/fonts/Standard';
import {LRUCache} from 'lru-cache';
import {foldTypography} from '../content/text.js';

export type BigFont = 'Standard' | 'Small' | 'Mini';

const fonts: Record<BigFont, string> = {Standard: standard, Small: small, Mini: mini};

const parsed = new Set<BigFont>();
/** Parsing a font takes a while; only the ones asked for are parsed, once. */
function loadFont(font: BigFont) {
	if (parsed.has(font)) return;
	figlet.parseFont(font, fonts[font]);
	parsed.add(font);
}

/**
 * The text in big letters, or null when it cannot be drawn faithfully (characters outside
 * printable ASCII once curly quotes are made straight) or would be wider than `width`.
 */
const drawn = new LRUCache<string, {art: string[] | null}>({max: 512});
/** Whether anything was drawn since the titles were last remembered or handed out. */
let drawnAfresh = false;

export function bigText(text: string, font: BigFont, width: number): string[] | null {
	const key = `${font}\0${width}\0${text}`;
	let entry = drawn.get(key);
	if (entry === undefined) {
		drawn.set(key, (entry = {art: draw(text, font, width)}));
		drawnAfresh = true;
	}
	return entry.art;
}

export type DrawnTitles = Array<[key: string, art: string[] | null]>;

/** Titles drawn before (see titleCache.ts); drawing them costs tens of milliseconds. */
export function rememberTitles(titles: DrawnTitles) {
	for (const [key, art] of titles) if (!drawn.has(key)) drawn.set(key, {art});
}

/** Every title drawn or remembered, oldest first, or null when nothing new was drawn. */
export function titlesToKeep(): DrawnTitles | null {
	if (!drawnAfresh) return null;
	drawnAfresh = false;
	// Least recently used first, so that the file keeps the order a new cache would fill in.
	return [...drawn.entries()].reverse().map(([key, entry]): [string, string[] | null] => [key, entry.art]);
}

/** One line of text in big letters, without blank lines at the end. */
function render(text: string, font: BigFont): string[] {
	const lines = figlet.textSync(text, {font}).split('\n').map((line) => line.replace(/\s+$/, ''));
	while (lines.length > 0 && lines.at(-1) === '') lines.pop();
	return lines;
}

const widthOf = (lines: string[]) => Math.max(0, ...lines.map((line) => line.length));

/**
 * Words go into rows greedily, each row drawn on its own and separated from the next by a blank
 * line: figlet's own line breaking overlaps rows, so one row's descenders (g, y) ran into the next.
 */
function draw(text: string, font: BigFont, width: number): string[] | null {
	const ascii = foldTypography(text);
	if (!/^[\x20-\x7e]*$/.test(ascii)) return null;
	loadFont(font);
	const rows: string[][] = [];
	let row = '';
	let drawn: string[] = [];
	for (const word of ascii.split(/\s+/).filter(Boolean)) {
		const longer = row === '' ? word : `${row} ${word}`;
		const attempt = render(longer, font);
		if (widthOf(attempt) <= width) {
			row = longer;
			drawn = attempt;
			continue;
		}
		// Big letters are for words that fit: a word wider than the line is left to normal type.
		if (row === '') return null;
		rows.push(drawn);
		row = word;
		drawn = render(word, font);
		if (widthOf(drawn) > width) return null;
	}
	if (row !== '') rows.push(drawn);
	return rows.flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]));
}
