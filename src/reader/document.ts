// What a section looks like as lines of styled text at a given width: paragraphs with their
// quotes marked by speaker, or, in dialogue view, its exchanges as turns revealed one by one.
import {lookups, type Article, type Exchange, type Paragraph, type Section, type Turn} from '../content/model.js';
import {foldTypography} from '../content/text.js';
import {credits, turnVoice} from '../content/view.js';
import {wrapSegments} from '../screen/wrap.js';
import {appendLines, sameStyle, type Line, type Segment, type Style} from '../screen/line.js';

export interface DocumentOptions {
	width: number;
	dialogue: boolean;
	/** Turns revealed in this section's exchanges, counted across them in order. */
	reveal: number;
	/** Search text; empty for none. */
	query: string;
	/** Index, within this section, of the match to mark as current. */
	currentHit: number | null;
}

export interface SectionDocument {
	lines: Line[];
	/** Turns in the section's exchanges (0 when dialogue view is off). */
	totalTurns: number;
	/** Line index where each revealed turn ends, to keep the newest one in view. */
	turnEnds: number[];
	/** Line index of each search match, in reading order. */
	hitLines: number[];
	/** The block (paragraph id, "headline", "standfirst") each search match is in, in the same order. */
	hitBlocks: string[];
}

export function turnsIn(section: Section): number {
	return section.exchanges.reduce((count, exchange) => count + exchange.turns.length, 0);
}

/** Finds matches of the query, ignoring case and the difference between curly and straight quotes. */
export function findMatches(text: string, query: string): Array<[number, number]> {
	const needle = foldTypography(query).toLowerCase();
	if (needle.trim() === '') return [];
	const haystack = foldTypography(text).toLowerCase();
	const matches: Array<[number, number]> = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
		matches.push([at, at + needle.length]);
	}
	return matches;
}

/** Builds the lines of one section; pure, so paging, reveal and search are testable without a terminal. */
export function sectionDocument(article: Article, sectionIndex: number, options: DocumentOptions): SectionDocument {
	const section = article.sections[sectionIndex]!;
	const builder = new DocumentBuilder(article, options, turnsIn(section));

	if (sectionIndex === 0) builder.opening();
	const dialogue = options.dialogue && section.exchanges.length > 0;
	const exchangeAt = new Map<string, Exchange>();
	const inExchange = new Set<string>();
	if (dialogue) {
		for (const exchange of section.exchanges) {
			exchangeAt.set(exchange.paragraphIds[0]!, exchange);
			for (const id of exchange.paragraphIds) inExchange.add(id);
		}
	}
	for (const block of section.blocks) {
		if (builder.hidden) break;
		const exchange = exchangeAt.get(block.id);
		if (exchange !== undefined) builder.exchange(exchange);
		else if (inExchange.has(block.id)) continue;
		else if (block.kind === 'subhead') builder.block(block.text, {role: 'subhead'}, []);
		else builder.paragraph(block);
	}
	if (sectionIndex === article.sections.length - 1 && article.rights && !builder.hidden) {
		builder.block(article.rights, {role: 'rights'}, []);
	}
	return {
		lines: builder.lines,
		totalTurns: dialogue ? turnsIn(section) : 0,
		turnEnds: builder.turnEnds,
		hitLines: builder.hitLines,
		hitBlocks: builder.hitBlocks,
	};
}

class DocumentBuilder {
	readonly lines: Line[] = [];
	readonly turnEnds: number[] = [];
	readonly hitLines: number[] = [];
	readonly hitBlocks: string[] = [];
	/** The block being laid out, for hitBlocks. */
	private blockId = '';
	/** Set once a turn is held back: nothing after it shows yet. */
	hidden = false;
	private turnsShown = 0;
	private hitCount = 0;

	constructor(
		private readonly article: Article,
		private readonly options: DocumentOptions,
		private readonly sectionTurns: number,
	) {}

	opening() {
		const {article} = this;
		this.blockId = 'headline';
		this.block(article.headline, {role: 'headline'}, quoteRanges(article, 'headline', article.headline));
		this.blockId = 'standfirst';
		if (article.standfirst) this.block(article.standfirst, {role: 'standfirst'}, quoteRanges(article, 'standfirst', article.standfirst));
		this.blockId = '';
		const byline = credits(article);
		if (byline) this.block(byline, {role: 'meta'}, []);
	}

	paragraph(paragraph: Paragraph) {
		this.blockId = paragraph.id;
		this.block(paragraph.text, {role: 'text'}, quoteRanges(this.article, paragraph.id, paragraph.text));
		this.blockId = '';
	}

	exchange(exchange: Exchange) {
		this.block(`Exchange: ${exchange.title}`, {role: 'heading'}, []);
		exchange.turns.forEach((turn) => {
			if (this.hidden) return;
			if (this.turnsShown >= this.options.reveal) {
				this.hidden = true;
				const remaining = this.sectionTurns - this.turnsShown;
				this.block(`▸ ${remaining} more ${remaining === 1 ? 'turn' : 'turns'} — Space or → to reveal`, {role: 'marker'}, []);
				return;
			}
			this.turn(turn);
			this.turnsShown++;
			this.turnEnds.push(this.lines.length - 1);
		});
	}

	private turn(turn: Turn) {
		const {speaker, cue, words} = turnVoice(this.article, turn);
		if (turn.kind === 'narration') {
			this.block(`[${words}]`, {role: 'narration'}, [], '  ');
			return;
		}
		const label: Segment[] = [
			{text: speaker?.name ?? 'Unknown', style: {role: 'label', speaker: speaker?.index}},
			{text: ` · ${cue}`, style: {role: 'cue'}},
		];
		this.block(label, null, [], '');
		this.block(words, {role: turn.kind === 'reported' ? 'reported' : 'quote', speaker: speaker?.index}, [], '  ', false);
	}

	/** A block of text (or of segments already styled), after a blank line unless it continues the last. */
	block(text: string | Segment[], base: Style | null, ranges: Range[], indent = '', separate = true) {
		if (separate && this.lines.length > 0) this.lines.push([]);
		const first = this.lines.length;
		const segments = typeof text === 'string' ? this.styled(text, base ?? {role: 'text'}, ranges) : text.flatMap((segment) => this.styled(segment.text, segment.style, []));
		const wrapped = wrapSegments(segments, this.options.width, indent);
		appendLines(this.lines, wrapped);
		wrapped.forEach((line, offset) => {
			for (const segment of line) {
				const id = segment.style.hitId;
				if (id !== undefined && this.hitLines[id] === undefined) this.hitLines[id] = first + offset;
			}
		});
	}

	/** Styled runs of a block, with this section's search matches numbered in reading order. */
	private styled(text: string, base: Style, ranges: Range[]): Segment[] {
		const matches = findMatches(text, this.options.query).map(([start, end]): Range => {
			const id = this.hitCount++;
			this.hitBlocks[id] = this.blockId;
			return {start, end, style: {role: 'text', hit: id === this.options.currentHit ? 'current' : 'match', hitId: id}};
		});
		return styleRuns(text, base, ranges, matches);
	}
}

export interface Range {
	start: number;
	end: number;
	style: Style;
}

/** Quotes in a paragraph, marks included, styled by speaker. */
export function quoteRanges(article: Article, paragraphId: string, text: string): Range[] {
	const {quotesIn, person} = lookups(article);
	return (quotesIn.get(paragraphId) ?? []).map((quote) => {
		const speaker = quote.speakerId === null ? undefined : person.get(quote.speakerId);
		const end = quote.start + quote.text.length + (quote.closeMark === null ? 0 : 1);
		return {start: Math.max(0, quote.start - 1), end: Math.min(text.length, end), style: {role: 'quote', speaker: speaker?.index}};
	});
}

/**
 * The text in runs of one style: the base style, then ranges (quotes) over it, then matches,
 * which keep the style below and add their hit marking. Offsets are in code units.
 */
export function styleRuns(text: string, base: Style, ranges: Range[], matches: Range[] = []): Segment[] {
	// Styles change only where a range or match starts or ends, so the text is cut there rather
	// than styled a character at a time (this runs on every paragraph a screen shows).
	const cuts = new Set([0, text.length]);
	for (const range of [...ranges, ...matches]) for (const offset of [range.start, range.end]) cuts.add(characterStart(text, offset));
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let index = 0; index + 1 < points.length; index++) {
		const start = points[index]!;
		const end = points[index + 1]!;
		let style = base;
		for (const range of ranges) if (covers(text, range, start)) style = range.style;
		for (const match of matches) if (covers(text, match, start)) style = {...style, hit: match.style.hit, hitId: match.style.hitId};
		const last = segments.at(-1);
		if (last !== undefined && sameStyle(last.style, style)) last.text += text.slice(start, end);
		else segments.push({text: text.slice(start, end), style});
	}
	return segments;
}

/** An offset moved back off the second half of a surrogate pair, so no character is split. */
function characterStart(text: string, offset: number): number {
	const clamped = Math.max(0, Math.min(offset, text.length));
	const code = text.charCodeAt(clamped);
	return clamped > 0 && code >= 0xdc00 && code <= 0xdfff ? clamped - 1 : clamped;
}

const covers = (text: string, range: Range, offset: number) => characterStart(text, range.start) <= offset && offset < characterStart(text, range.end);
