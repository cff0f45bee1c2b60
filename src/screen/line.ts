// A screen is lines of styled segments; the roles say what the text is, and the theme decides
// how each looks.
import {textWidth} from '../text/width.js';

export type Role =
	| 'text'
	| 'headline'
	| 'standfirst'
	| 'meta'
	| 'subhead'
	| 'quote'
	| 'label'
	| 'cue'
	| 'reported'
	| 'narration'
	| 'marker'
	| 'rights'
	| 'heading'
	| 'key'
	| 'selected'
	| 'position'
	| 'progress'
	| 'dim'
	/** A QR code's light and dark modules (full blocks), and a row of half blocks (light above dark). */
	| 'qrLight'
	| 'qrDark'
	| 'qrHalf';

export interface Style {
	role: Role;
	/** Cast position of the speaker, for the speaker's colour. */
	speaker?: number;
	/** Search match: every match, or the current one. */
	hit?: 'match' | 'current';
	/** Which match, so that a match broken across lines is found on its first line. */
	hitId?: number;
	/** Shown faded: what came before on a presenter's slide. */
	dim?: boolean;
}

export interface Segment {
	text: string;
	style: Style;
}

export type Line = Segment[];

/**
 * Appends `more` to `lines` in place. Not `lines.push(...more)`: a long paragraph wraps to more
 * lines than a call takes as arguments (~100,000), and spreading them overflowed the stack.
 */
export function appendLines<T>(lines: T[], more: readonly T[]): T[] {
	for (const line of more) lines.push(line);
	return lines;
}

export function lineText(line: Line): string {
	return line.map((segment) => segment.text).join('');
}

export function lineWidth(line: Line): number {
	return line.reduce((width, segment) => width + textWidth(segment.text), 0);
}

export function sameStyle(a: Style, b: Style): boolean {
	return a.role === b.role && a.speaker === b.speaker && a.hit === b.hit && a.hitId === b.hitId && a.dim === b.dim;
}
