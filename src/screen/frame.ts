// The frame around every screen, as lines: headline and position; title and what is hidden above;
// the body; status and what is hidden below; progress bar and keys. Pure, so the same lines are
// painted before the UI has loaded and then by Ink, and a diff between frames is a diff of lines.
import {textWidth} from '../text/width.js';
import type {Line, Segment, Style} from './line.js';
import {minimumViewport, type Viewport} from './layout.js';
import {wrapSegments} from './wrap.js';

export interface FrameParts {
	cols: number;
	/** Lines of the whole frame: the terminal's rows. */
	height: number;
	headline: string;
	position: string;
	title: string;
	above: string;
	body: Line[];
	/** Columns of margin before each body line. */
	margin: number;
	status: Segment[];
	below: string;
	progress: number;
	hints: string;
}

/** Cuts segments to `width` columns, marking a cut with "…". */
export function truncateSegments(segments: Segment[], width: number): Segment[] {
	const total = segments.reduce((sum, segment) => sum + textWidth(segment.text), 0);
	if (total <= width) return segments;
	const out: Segment[] = [];
	let used = 0;
	for (const segment of segments) {
		let text = '';
		for (const character of segment.text) {
			const characterWidth = textWidth(character);
			if (used + characterWidth > width - 1) break;
			text += character;
			used += characterWidth;
		}
		if (text !== '') out.push({text, style: segment.style});
		if (text.length < segment.text.length) {
			out.push({text: '…', style: segment.style});
			return out;
		}
	}
	return out;
}

/** Left segments, then right segments flush with the right edge; the left side gives way. */
export function spread(left: Segment[], right: Segment[], cols: number): Line {
	const rightWidth = right.reduce((sum, segment) => sum + textWidth(segment.text), 0);
	const fitted = truncateSegments(left, Math.max(0, cols - rightWidth));
	const leftWidth = fitted.reduce((sum, segment) => sum + textWidth(segment.text), 0);
	const gap = cols - leftWidth - rightWidth;
	return [...fitted, ...(gap > 0 && right.length > 0 ? [{text: ' '.repeat(gap), style: {role: 'text'} as Style}] : []), ...right];
}

export function indent(line: Line, columns: number): Line {
	return columns > 0 && line.length > 0 ? [{text: ' '.repeat(columns), style: {role: 'text'}}, ...line] : line;
}

/** The two lines above the body: headline and position; title and what is hidden above. */
export function frameHeader(parts: Pick<FrameParts, 'cols' | 'headline' | 'position' | 'title' | 'above'>): Line[] {
	const {cols} = parts;
	return [
		spread([{text: ` ${parts.headline}`, style: {role: 'dim'}}], [{text: ` ${parts.position} `, style: {role: 'position'}}], cols),
		spread([{text: ` ${parts.title}`, style: {role: 'heading'}}], dimNote(parts.above), cols),
	];
}

/** The two lines below the body: status and what is hidden below; progress bar and keys. */
export function frameFooter(parts: Pick<FrameParts, 'cols' | 'status' | 'below' | 'progress' | 'hints'>): Line[] {
	const {cols} = parts;
	const barWidth = progressBarWidth(cols);
	return [
		spread([{text: ' ', style: {role: 'text'}}, ...parts.status], dimNote(parts.below), cols),
		truncateSegments([{text: ` ${progressBar(parts.progress, barWidth)} `, style: {role: 'progress'}}, {text: parts.hints, style: {role: 'dim'}}], cols),
	];
}

const dimNote = (text: string): Segment[] => (text === '' ? [] : [{text: ` ${text} `, style: {role: 'dim'}}]);

/** The whole frame: header, the body (cut or padded to fit, indented by the margin), footer. */
export function composeFrame(parts: {height: number; header: Line[]; body: Line[]; margin: number; footer: Line[]}): Line[] {
	const bodyHeight = Math.max(0, parts.height - parts.header.length - parts.footer.length);
	const body = parts.body.slice(0, bodyHeight).map((line) => indent(line, parts.margin));
	while (body.length < bodyHeight) body.push([]);
	return [...parts.header, ...body, ...parts.footer];
}

export function progressBarWidth(cols: number): number {
	return Math.min(16, Math.max(6, Math.floor(cols / 6)));
}

/** Room for key hints beside the progress bar on the last line. */
export function hintsWidth(cols: number): number {
	return Math.max(10, cols - progressBarWidth(cols) - 3);
}

export function progressBar(progress: number, width: number): string {
	const filled = Math.round(Math.min(1, Math.max(0, progress)) * width);
	return '━'.repeat(filled) + '─'.repeat(width - filled);
}

/** Short lines, wrapped rather than cut, and never more of them than the terminal can show. */
export function tooSmallLines(viewport: Viewport, minimum: Viewport = minimumViewport): Line[] {
	const message = `Terminal too small (${viewport.cols}×${viewport.rows}). press-reader needs ${minimum.cols}×${minimum.rows}: enlarge the window, or press q to quit.`;
	return wrapSegments([{text: message, style: {role: 'text'}}], Math.max(1, viewport.cols)).slice(0, Math.max(1, viewport.rows));
}
