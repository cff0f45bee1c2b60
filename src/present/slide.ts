// What the audience sees for a step, at the projector's size: big titles when they fit, text
// centred with margins, earlier steps of the section kept but faded, and a step too long for
// the screen split into pages rather than cut.
import type {Article} from '../content/model.js';
import {memoPer} from '../cache/memo.js';
import {credits, turnVoice} from '../content/view.js';
import {quoteRanges, styleRuns} from '../reader/document.js';
import {wrapSegments} from '../screen/wrap.js';
import {appendLines, type Line, type Style} from '../screen/line.js';
import {passageLines} from '../quiz/lines.js';
import {optionLetters, presentQuiz} from '../quiz/session.js';
import {bigText, type BigFont} from './bigText.js';
import {sectionUnits, type Step, type Unit} from './steps.js';
import type {Viewport} from '../screen/layout.js';

export interface SlideLayout {
	/** Lines for the content area, each already centred. */
	pages: Line[][];
}

export interface PresentGeometry {
	/** Lines for content: the terminal's rows less the footer line and the clock line. */
	height: number;
	measure: number;
	/** Columns left of the text column. */
	left: number;
}

export function presentGeometry(viewport: Viewport, clock: boolean): PresentGeometry {
	const margin = Math.max(2, Math.floor(viewport.cols * 0.08));
	const measure = Math.max(20, Math.min(viewport.cols - 2 * margin, 100));
	// The column is at least 20 wide, wider than a terminal below 20 columns: the page count is
	// still asked for there (the screen itself says it is too small), so the margin stays at 0.
	return {height: Math.max(1, viewport.rows - 1 - (clock ? 1 : 0)), measure, left: Math.max(0, Math.floor((viewport.cols - measure) / 2))};
}

const blank: Line = [];

function text(value: string, style: Style, width: number, indent = ''): Line[] {
	return wrapSegments([{text: value, style}], width, indent);
}

function faded(lines: Line[]): Line[] {
	return lines.map((line) => line.map((segment) => ({...segment, style: {...segment.style, dim: true}})));
}

/** Big letters when they fit the width and a share of the height, else bold wrapped text. */
export function title(value: string, style: Style, width: number, maxHeight: number, fonts: BigFont[] = ['Standard', 'Small']): Line[] {
	for (const font of fonts) {
		const art = bigText(value, font, width);
		if (art !== null && art.length <= maxHeight) return art.map((line) => (line === '' ? blank : [{text: line, style}]));
	}
	return text(value, {...style, role: style.role === 'label' ? 'label' : 'headline'}, width);
}

function unitLines(article: Article, unit: Unit, width: number, current: boolean, bigLabel: boolean, maxLabelHeight: number, sectionTitle = ''): Line[] {
	const lines: Line[] = [];
	// A printed subheading that only repeats the section's title (already in big letters) is left out.
	if (unit.heading !== null && unit.heading.toLowerCase() !== sectionTitle.toLowerCase()) appendLines(lines, text(unit.heading, {role: 'subhead'}, width)).push(blank);
	if (unit.kind === 'paragraph') {
		const {paragraph} = unit;
		appendLines(lines, wrapSegments(styleRuns(paragraph.text, {role: 'text'}, quoteRanges(article, paragraph.id, paragraph.text)), width));
		return lines;
	}
	const {turn} = unit;
	const {speaker, cue, words} = turnVoice(article, turn);
	if (turn.kind === 'narration') {
		appendLines(lines, text(`[${words}]`, {role: 'narration'}, width));
		return lines;
	}
	const labelStyle: Style = {role: 'label', speaker: speaker?.index};
	if (current && bigLabel) appendLines(lines, title(speaker?.name ?? 'Unknown', labelStyle, width, maxLabelHeight, ['Small', 'Mini']));
	else appendLines(lines, wrapSegments([{text: speaker?.name ?? 'Unknown', style: labelStyle}, {text: ` · ${cue}`, style: {role: 'cue'}}], width));
	appendLines(lines, text(words, turn.kind === 'reported' ? {role: 'reported'} : {role: 'quote', speaker: speaker?.index}, width, '  '));
	return lines;
}

export const continues: Line = [{text: '⋯ continued on the next page', style: {role: 'dim'}}];
export const continued: Line = [{text: '(continued)', style: {role: 'dim'}}];

/**
 * Splits lines into pages of `height`, breaking at blank lines where it can; a page that goes on
 * says so at its foot, and the next says it is continued at its head.
 */
export function paginate(lines: Line[], height: number): Line[][] {
	if (lines.length <= height || height < 4) return [lines];
	const pages: Line[][] = [];
	// Where the rest starts: slicing the rest off for every page was quadratic in a long step.
	let start = 0;
	while (start < lines.length) {
		const head = pages.length > 0 ? [continued, blank] : [];
		const room = height - head.length;
		if (lines.length - start <= room) {
			pages.push([...head, ...lines.slice(start)]);
			break;
		}
		// Leave room for the line that says the step goes on; at least a line a page, however small
		// the screen (at four rows a later page has none left, and the loop never moved on).
		const fit = Math.max(1, room - 2);
		let cut = fit;
		for (let index = fit; index > fit / 2; index--) {
			if (lines[start + index - 1]!.length === 0) {
				cut = index;
				break;
			}
		}
		pages.push([...head, ...lines.slice(start, start + cut), blank, continues]);
		start += cut;
		while (start < lines.length && lines[start]!.length === 0) start++;
	}
	return pages;
}

function centreVertically(lines: Line[], height: number): Line[] {
	const top = Math.max(0, Math.floor((height - lines.length) / 2));
	return [...Array.from({length: top}, () => blank), ...lines];
}

const rememberedSlide = memoPer<Article, SlideLayout>(256);

/** The slide for a step at a size; remembered, since the reducer, the screen and the channel all ask. */
export function slideFor(article: Article, step: Step, geometry: PresentGeometry): SlideLayout {
	return rememberedSlide(article, JSON.stringify([step, geometry]), () => composeSlide(article, step, geometry));
}

function composeSlide(article: Article, step: Step, geometry: PresentGeometry): SlideLayout {
	const {height, measure} = geometry;
	const pad = (lines: Line[]) => lines.map((line): Line => (line.length === 0 ? line : [{text: ' '.repeat(geometry.left), style: {role: 'text'}}, ...line]));

	if (step.kind === 'title') {
		const below: Line[] = [];
		if (article.standfirst) appendLines(below, [blank, ...text(article.standfirst, {role: 'standfirst'}, measure)]);
		const byline = credits(article);
		if (byline) appendLines(below, [blank, ...text(byline, {role: 'meta'}, measure)]);
		// The headline in big letters may take whatever the standfirst and credits leave.
		const lines = [...title(article.headline, {role: 'headline'}, measure, height - below.length), ...below];
		return {pages: paginate(lines, height).map((page) => pad(centreVertically(page, height)))};
	}

	if (step.kind === 'question') {
		const question = presentQuiz(article.quiz, null)[step.index]!;
		const lines: Line[] = [...text(`Quiz · question ${step.index + 1} of ${article.quiz.length}`, {role: 'heading'}, measure), blank];
		appendLines(lines, text(question.question, {role: 'headline'}, measure)).push(blank);
		question.options.forEach((option, index) => {
			const right = index === question.answer;
			const style: Style = step.answer ? (right ? {role: 'marker'} : {role: 'text', dim: true}) : {role: 'text'};
			const mark = step.answer && right ? '✓ ' : '  ';
			const [first = [], ...rest] = wrapSegments([{text: `${optionLetters[index]}. `, style: {role: 'key', dim: style.dim}}, {text: option, style}], measure - 2);
			appendLines(lines, [[{text: mark, style: {role: 'marker'}}, ...first], ...rest.map((line): Line => [{text: '     ', style: {role: 'text'}}, ...line]), blank]);
		});
		if (step.answer) {
			appendLines(lines, [blank, ...text(question.source.explanation, {role: 'text'}, measure)]);
			for (const evidence of question.source.evidence) {
				appendLines(lines, [blank, ...passageLines(article, evidence.paragraphId, evidence.text, measure)]);
			}
		}
		return {pages: paginate(lines, height).map(pad)};
	}

	if (step.kind === 'leaderboard' || step.kind === 'podium') {
		// Drawn live from the room (present/roomScreen.ts); without one, a title card stands in.
		const lines = title(step.kind === 'podium' ? 'Podium' : 'Leaderboard', {role: 'heading'}, measure, height);
		return {pages: [pad(centreVertically(lines, height))]};
	}

	const lines = sectionSlideLines(article, step.section, step.unit, geometry);
	if (lines.length > height) return {pages: paginate(lines, height).map(pad)};
	// Every slide of a section starts on the same line: the section's tallest slide is centred,
	// and the others grow down from where it starts instead of jumping as steps are added.
	const top = Math.max(0, Math.floor((height - tallestSlide(article, step.section, geometry)) / 2));
	return {pages: [pad([...Array.from({length: top}, () => blank), ...lines])]};
}

const rememberedHeight = memoPer<Article, {lines: number}>(64);

/** Lines of the tallest slide of a section, at most the content height. */
function tallestSlide(article: Article, sectionIndex: number, geometry: PresentGeometry): number {
	return rememberedHeight(article, JSON.stringify([sectionIndex, geometry]), () => {
		// No slide is taller than the screen: once one fills it, the rest are not laid out (in a
		// section of thousands of paragraphs that took seconds to minutes, and spreading every
		// slide's height into Math.max overflowed the stack).
		const units = sectionUnits(article, sectionIndex).length;
		let lines = 0;
		for (let unit = 0; unit < units && lines < geometry.height; unit++) lines = Math.max(lines, Math.min(geometry.height, sectionSlideLines(article, sectionIndex, unit, geometry).length));
		return {lines};
	}).lines;
}

/** A section's step: its title, then the current unit with as many earlier ones (faded) as fit above. */
function sectionSlideLines(article: Article, sectionIndex: number, unitIndex: number, geometry: PresentGeometry): Line[] {
	const {height, measure} = geometry;
	const section = article.sections[sectionIndex]!;
	const units = sectionUnits(article, sectionIndex);
	const heading = title(section.title, {role: 'heading'}, measure, Math.max(1, Math.floor(height / 4)), ['Standard', 'Small', 'Mini']);
	const room = height - heading.length - 1;
	const roomForLabel = Math.floor(room / 3);
	const unit = units[unitIndex]!;
	const previous = units[unitIndex - 1];
	// The speaker's name in big letters when a new speaker takes the floor, not again for their next turn.
	const newSpeaker = unit.kind === 'turn' && !(previous?.kind === 'turn' && previous.exchange === unit.exchange && previous.turn.speakerId === unit.turn.speakerId);
	let body = unitLines(article, unit, measure, true, newSpeaker, roomForLabel, section.title);
	if (body.length > room) body = unitLines(article, unit, measure, true, false, 0, section.title);
	for (let index = unitIndex - 1; index >= 0; index--) {
		const earlier = faded(unitLines(article, units[index]!, measure, false, false, 0, section.title));
		if (earlier.length + 1 + body.length > room) {
			if (body.length < room) body = [[{text: '⋯', style: {role: 'dim'}}], ...body];
			break;
		}
		body = [...earlier, blank, ...body];
	}
	return [...heading, blank, ...body];
}
