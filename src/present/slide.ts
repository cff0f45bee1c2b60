// What the audience sees for a step, at the projector's size: big titles when they fit, text
// centred with margins, earlier steps of the section kept but faded, and a step too long for
// the screen split into pages rather than cut.
import type {Article} from '../content/model.js';
import {quoteRanges, styleRuns} from '../reader/document.js';
import {wrapSegments} from '../screen/wrap.js';
import {type Line, type Segment, type Style} from '../screen/line.js';
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
	/** Lines for content: the frame (rows - 1) less the progress line and the clock line. */
	height: number;
	measure: number;
	/** Columns left of the text column. */
	left: number;
}

export function presentGeometry(viewport: Viewport, clock: boolean): PresentGeometry {
	const margin = Math.max(2, Math.floor(viewport.cols * 0.08));
	const measure = Math.max(20, Math.min(viewport.cols - 2 * margin, 100));
	return {height: Math.max(1, viewport.rows - 2 - (clock ? 1 : 0)), measure, left: Math.floor((viewport.cols - measure) / 2)};
}

const blank: Line = [];

function text(value: string, style: Style, width: number, indent = ''): Line[] {
	return wrapSegments([{text: value, style}], width, indent);
}

function faded(lines: Line[]): Line[] {
	return lines.map((line) => line.map((segment) => ({...segment, style: {...segment.style, dim: true}})));
}

/** Big letters when they fit the width and a share of the height, else bold wrapped text. */
function title(value: string, style: Style, width: number, maxHeight: number, fonts: BigFont[] = ['Standard', 'Small']): Line[] {
	for (const font of fonts) {
		const art = bigText(value, font, width);
		if (art !== null && art.length <= maxHeight) return art.map((line) => [{text: line, style}]);
	}
	return text(value, {...style, role: style.role === 'label' ? 'label' : 'headline'}, width);
}

function unitLines(article: Article, unit: Unit, width: number, current: boolean, bigLabel: boolean, maxLabelHeight: number): Line[] {
	const lines: Line[] = [];
	if (unit.heading !== null) lines.push(...text(unit.heading, {role: 'subhead'}, width), blank);
	if (unit.kind === 'paragraph') {
		const {paragraph} = unit;
		lines.push(...wrapSegments(styleRuns(paragraph.text, {role: 'text'}, quoteRanges(article, paragraph.id, paragraph.text)), width));
		return lines;
	}
	const {turn} = unit;
	const speaker = article.people.find((person) => person.id === turn.speakerId);
	if (turn.kind === 'narration') {
		lines.push(...text(`[${turn.text}]`, {role: 'narration'}, width));
		return lines;
	}
	const quote = article.quotes.find((candidate) => candidate.id === turn.quoteId);
	const cue = turn.kind === 'reported' ? 'reported' : (quote?.cue ?? 'said');
	const labelStyle: Style = {role: 'label', speaker: speaker?.index};
	if (current && bigLabel) lines.push(...title(speaker?.name ?? 'Unknown', labelStyle, width, maxLabelHeight, ['Small']));
	else lines.push(...wrapSegments([{text: speaker?.name ?? 'Unknown', style: labelStyle}, {text: ` · ${cue}`, style: {role: 'cue'}}], width));
	if (turn.kind === 'reported') {
		lines.push(...text(turn.text, {role: 'reported'}, width, '  '));
	} else if (quote !== undefined) {
		const close = quote.closeMark ?? ({'“': '”', '‘': '’'} as Record<string, string>)[quote.openMark] ?? '';
		lines.push(...text(`${quote.openMark}${quote.text}${close}`, {role: 'quote', speaker: speaker?.index}, width, '  '));
	}
	return lines;
}

/** Splits lines into pages of `height`, breaking at blank lines where it can. */
function paginate(lines: Line[], height: number): Line[][] {
	const pages: Line[][] = [];
	let rest = lines;
	while (rest.length > height) {
		let cut = height;
		for (let index = height; index > height / 2; index--) {
			if (rest[index - 1]!.length === 0) {
				cut = index;
				break;
			}
		}
		pages.push(rest.slice(0, cut));
		rest = rest.slice(cut);
		while (rest.length > 0 && rest[0]!.length === 0) rest = rest.slice(1);
	}
	pages.push(rest);
	return pages;
}

function centreVertically(lines: Line[], height: number): Line[] {
	const top = Math.max(0, Math.floor((height - lines.length) / 2));
	return [...Array.from({length: top}, () => blank), ...lines];
}

const slides = new WeakMap<Article, Map<string, SlideLayout>>();

/** The slide for a step at a size; remembered, since the reducer, the screen and the channel all ask. */
export function slideFor(article: Article, step: Step, geometry: PresentGeometry): SlideLayout {
	let cache = slides.get(article);
	if (cache === undefined) slides.set(article, (cache = new Map()));
	const key = JSON.stringify([step, geometry]);
	let slide = cache.get(key);
	if (slide === undefined) {
		if (cache.size > 500) cache.clear();
		cache.set(key, (slide = composeSlide(article, step, geometry)));
	}
	return slide;
}

function composeSlide(article: Article, step: Step, geometry: PresentGeometry): SlideLayout {
	const {height, measure} = geometry;
	const pad = (lines: Line[]) => lines.map((line): Line => (line.length === 0 ? line : [{text: ' '.repeat(geometry.left), style: {role: 'text'}} as Segment, ...line]));

	if (step.kind === 'title') {
		const lines = [...title(article.headline, {role: 'headline'}, measure, Math.floor(height * 0.6))];
		if (article.standfirst) lines.push(blank, ...text(article.standfirst, {role: 'standfirst'}, measure));
		const credits = [article.byline, article.publisher, article.dateline, article.datePublished].filter(Boolean).join(' · ');
		if (credits) lines.push(blank, ...text(credits, {role: 'meta'}, measure));
		return {pages: paginate(lines, height).map((page) => pad(centreVertically(page, height)))};
	}

	if (step.kind === 'question') {
		const question = presentQuiz(article.quiz, null)[step.index]!;
		const lines: Line[] = [...text(`Quiz · question ${step.index + 1} of ${article.quiz.length}`, {role: 'heading'}, measure), blank];
		lines.push(...text(question.question, {role: 'headline'}, measure), blank);
		question.options.forEach((option, index) => {
			const right = index === question.answer;
			const style: Style = step.answer ? (right ? {role: 'marker'} : {role: 'text', dim: true}) : {role: 'text'};
			const mark = step.answer && right ? '✓ ' : '  ';
			const [first = [], ...rest] = wrapSegments([{text: `${optionLetters[index]}. `, style: {role: 'key', dim: style.dim}}, {text: option, style}], measure - 2);
			lines.push([{text: mark, style: {role: 'marker'}}, ...first], ...rest.map((line): Line => [{text: '     ', style: {role: 'text'}}, ...line]), blank);
		});
		if (step.answer) {
			lines.push(blank, ...text(question.source.explanation, {role: 'text'}, measure));
			for (const evidence of question.source.evidence) {
				lines.push(blank, ...passageLines(article, evidence.paragraphId, evidence.text, measure));
			}
		}
		return {pages: paginate(lines, height).map(pad)};
	}

	const section = article.sections[step.section]!;
	const units = sectionUnits(article, step.section);
	const heading = title(section.title, {role: 'heading'}, measure, Math.max(1, Math.floor(height / 5)));
	const room = height - heading.length - 1;
	const roomForLabel = Math.floor(room / 3);
	// The current unit, then as many earlier ones (faded) as fit above it.
	let body = unitLines(article, units[step.unit]!, measure, true, true, roomForLabel);
	if (body.length > room) body = unitLines(article, units[step.unit]!, measure, true, false, 0);
	for (let index = step.unit - 1; index >= 0; index--) {
		const earlier = faded(unitLines(article, units[index]!, measure, false, false, 0));
		if (earlier.length + 1 + body.length > room) {
			if (body.length < room) body = [[{text: '⋯', style: {role: 'dim'}}], ...body];
			break;
		}
		body = [...earlier, blank, ...body];
	}
	if (heading.length + 1 + body.length <= height) return {pages: [pad([...heading, blank, ...body])]};
	return {pages: paginate([...heading, blank, ...body], height).map(pad)};
}
