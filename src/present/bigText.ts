// Big letters for titles, from FIGlet fonts (figlet), with the fonts bundled rather than read
// from disk. Text the fonts cannot draw faithfully is left to normal type by the caller.
import figlet from 'figlet/browser';
import small from 'figlet/fonts/Small';
import standard from 'figlet/fonts/Standard';
import {foldTypography} from '../content/text.js';

export type BigFont = 'Standard' | 'Small';

const fonts: Record<BigFont, string> = {Standard: standard, Small: small};
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
const drawn = new Map<string, string[] | null>();
/** Whether anything was drawn since the titles were last remembered or handed out. */
let drawnAfresh = false;

export function bigText(text: string, font: BigFont, width: number): string[] | null {
	const key = `${font}\0${width}\0${text}`;
	if (!drawn.has(key)) {
		drawn.set(key, draw(text, font, width));
		drawnAfresh = true;
	}
	return drawn.get(key)!;
}

export type DrawnTitles = Array<[key: string, art: string[] | null]>;

/** Titles drawn before (see titleCache.ts); drawing them costs tens of milliseconds. */
export function rememberTitles(titles: DrawnTitles) {
	for (const [key, art] of titles) if (!drawn.has(key)) drawn.set(key, art);
}

/** Every title drawn or remembered, oldest first, or null when nothing new was drawn. */
export function titlesToKeep(): DrawnTitles | null {
	if (!drawnAfresh) return null;
	drawnAfresh = false;
	return [...drawn];
}

function draw(text: string, font: BigFont, width: number): string[] | null {
	const ascii = foldTypography(text);
	if (!/^[\x20-\x7e]*$/.test(ascii)) return null;
	loadFont(font);
	// figlet breaks a word wider than the line between letters; big letters are for words that fit.
	for (const word of ascii.split(/\s+/).filter(Boolean)) {
		if (figlet.textSync(word, {font}).split('\n').some((line) => line.trimEnd().length > width)) return null;
	}
	const art = figlet.textSync(ascii, {font, width, whitespaceBreak: true});
	const lines = art.split('\n').map((line) => line.replace(/\s+$/, ''));
	while (lines.length > 0 && lines.at(-1) === '') lines.pop();
	if (lines.some((line) => line.length > width)) return null;
	return lines;
}
