// Every reader state transition, in one pure reducer: paging, reveal steps, scrolling, search
// and overlays. The UI only dispatches named commands and draws what this returns.
import type {Article} from '../content/model.js';
import {memoPer} from '../cache/memo.js';
import {sectionDocument, type SectionDocument} from './document.js';
import type {Command} from '../keys/keymap.js';
import {frameFor, type Viewport} from '../screen/layout.js';
import {castLines, helpLines} from './overlays.js';
import type {Line} from '../screen/line.js';

export type Overlay = 'help' | 'toc' | 'cast';

export interface SearchState {
	/** What is being typed after "/"; null when not typing. */
	draft: string | null;
	/** The committed search; empty for none. */
	query: string;
	/** Index of the current match across the article, in reading order. */
	current: number;
	total: number;
}

export interface ReaderState {
	viewport: Viewport;
	section: number;
	scroll: number;
	/** Turns revealed in the current section's exchanges. */
	reveal: number;
	dialogue: boolean;
	overlay: Overlay | null;
	overlayScroll: number;
	search: SearchState;
	quit: boolean;
}

export type ReaderAction =
	| {type: 'command'; command: Command}
	/** Text typed while a search is being written. */
	| {type: 'type'; text: string}
	/** Show a cited passage: its paragraph as text, the cited words marked as the current match. */
	| {type: 'showPassage'; paragraphId: string; text: string}
	| {type: 'resize'; viewport: Viewport};

export function initialReaderState(viewport: Viewport): ReaderState {
	return {
		viewport,
		section: 0,
		scroll: 0,
		reveal: 1,
		dialogue: true,
		overlay: null,
		overlayScroll: 0,
		search: {draft: null, query: '', current: 0, total: 0},
		quit: false,
	};
}

// Every key and every render asks for the current section's lines; a session of resizes and
// searches asks for many more.
const rememberedDocument = memoPer<Article, SectionDocument>(64);

/** The current section as lines, remembered. */
export function documentFor(article: Article, state: ReaderState, overrides: Partial<{section: number; reveal: number}> = {}): SectionDocument {
	const section = overrides.section ?? state.section;
	const reveal = overrides.reveal ?? state.reveal;
	const {bodyWidth} = frameFor(state.viewport);
	const localHit = state.search.query === '' ? null : localMatch(article, state, section);
	const key = JSON.stringify([section, bodyWidth, state.dialogue, reveal, state.search.query, localHit]);
	return rememberedDocument(article, key, () => sectionDocument(article, section, {width: bodyWidth, dialogue: state.dialogue, reveal, query: state.search.query, currentHit: localHit}));
}

/** Matches per section with every turn revealed, so the count does not depend on reveal steps. */
function matchCounts(article: Article, state: ReaderState): number[] {
	return article.sections.map((_, index) => {
		const full = {...state, search: {...state.search, current: -1}};
		return documentFor(article, full, {section: index, reveal: Infinity}).hitLines.length;
	});
}

function localMatch(article: Article, state: ReaderState, section: number): number | null {
	if (state.search.current < 0) return null;
	const counts = matchCounts(article, state);
	const before = counts.slice(0, section).reduce((sum, count) => sum + count, 0);
	const local = state.search.current - before;
	return local >= 0 && local < counts[section]! ? local : null;
}

export function overlayLines(article: Article, state: ReaderState): Line[] {
	const {bodyWidth} = frameFor(state.viewport);
	switch (state.overlay) {
		case 'help':
			return helpLines(bodyWidth);
		case 'cast':
			return castLines(article, bodyWidth);
		default:
			return [];
	}
}

function maxScroll(lines: number, state: ReaderState): number {
	return Math.max(0, lines - frameFor(state.viewport).bodyHeight);
}

function clampScroll(article: Article, state: ReaderState): ReaderState {
	const document = documentFor(article, state);
	const scroll = Math.min(Math.max(0, state.scroll), maxScroll(document.lines.length, state));
	const overlayScroll = Math.min(Math.max(0, state.overlayScroll), maxScroll(overlayLines(article, state).length, state));
	return scroll === state.scroll && overlayScroll === state.overlayScroll ? state : {...state, scroll, overlayScroll};
}

function enterSection(article: Article, state: ReaderState, section: number, revealAll = false): ReaderState {
	const target = Math.min(Math.max(section, 0), article.sections.length - 1);
	return {...state, section: target, scroll: 0, reveal: revealAll ? Infinity : 1, overlay: null};
}

/** Scrolls the least needed to show lines from..to; when they cannot all fit, their start. */
function scrollIntoView(state: ReaderState, from: number, to: number): ReaderState {
	const {bodyHeight} = frameFor(state.viewport);
	let scroll = state.scroll;
	if (to >= scroll + bodyHeight) scroll = to - bodyHeight + 1;
	if (from < scroll) scroll = from;
	return {...state, scroll: Math.max(0, scroll)};
}

/** Lines of the body kept on screen when paging, so the eye finds its place. */
const pageOverlap = 1;

function pageSize(state: ReaderState): number {
	return Math.max(1, frameFor(state.viewport).bodyHeight - pageOverlap);
}

/** Lines below the body of the section as it stands. */
function linesBelow(article: Article, state: ReaderState): number {
	return Math.max(0, documentFor(article, state).lines.length - state.scroll - frameFor(state.viewport).bodyHeight);
}

/** As a pager does: the rest of a long section first, then the next turn, then the next section. */
function nextStep(article: Article, state: ReaderState): ReaderState {
	if (linesBelow(article, state) > 0) return clampScroll(article, {...state, scroll: state.scroll + pageSize(state)});
	const document = documentFor(article, state);
	if (state.dialogue && state.reveal < document.totalTurns) {
		const revealed = {...state, reveal: state.reveal + 1};
		const after = documentFor(article, revealed);
		const turnEnd = after.turnEnds[revealed.reveal - 1] ?? after.lines.length - 1;
		const previousEnd = after.turnEnds[revealed.reveal - 2] ?? 0;
		// Keep the new turn and the "more turns" marker after it in view.
		return clampScroll(article, scrollIntoView(revealed, previousEnd + 1, Math.min(after.lines.length - 1, turnEnd + 2)));
	}
	if (state.section < article.sections.length - 1) return enterSection(article, state, state.section + 1);
	return state;
}

/** The reverse of nextStep: a page up, then hide the last turn, then the end of the previous section. */
function previousStep(article: Article, state: ReaderState): ReaderState {
	if (state.scroll > 0) return clampScroll(article, {...state, scroll: state.scroll - pageSize(state)});
	const document = documentFor(article, state);
	const revealed = Math.min(state.reveal, document.totalTurns);
	if (state.dialogue && revealed > 1) return clampScroll(article, {...state, reveal: revealed - 1});
	if (state.section > 0) return clampScroll(article, {...enterSection(article, state, state.section - 1, true), scroll: Number.MAX_SAFE_INTEGER});
	return state;
}

/** Whether reading is over: the last section, every turn shown, nothing below. */
export function atEnd(article: Article, state: ReaderState): boolean {
	if (state.section < article.sections.length - 1) return false;
	const document = documentFor(article, state);
	return (!state.dialogue || state.reveal >= document.totalTurns) && linesBelow(article, state) === 0;
}

function jumpToMatch(article: Article, state: ReaderState, index: number): ReaderState {
	const counts = matchCounts(article, state);
	const total = counts.reduce((sum, count) => sum + count, 0);
	if (total === 0) return {...state, search: {...state.search, current: 0, total: 0}};
	const current = ((index % total) + total) % total;
	let section = 0;
	let before = 0;
	while (before + counts[section]! <= current) before += counts[section++]!;
	const moved = {...state, section, reveal: Infinity, overlay: null, search: {...state.search, current, total}};
	const line = documentFor(article, moved).hitLines[current - before] ?? 0;
	const {bodyHeight} = frameFor(state.viewport);
	const scroll = section === state.section && line >= state.scroll && line < state.scroll + bodyHeight ? state.scroll : line - Math.floor(bodyHeight / 3);
	return clampScroll(article, {...moved, scroll});
}

function commitSearch(article: Article, state: ReaderState): ReaderState {
	const query = (state.search.draft ?? '').trim();
	const searched = {...state, search: {draft: null, query, current: 0, total: 0}};
	if (query === '') return searched;
	const counts = matchCounts(article, searched);
	// The first match from the current section on, wrapping to the start.
	const before = counts.slice(0, state.section).reduce((sum, count) => sum + count, 0);
	const total = counts.reduce((sum, count) => sum + count, 0);
	return jumpToMatch(article, searched, total === 0 ? 0 : before % total);
}

export function readerReducer(article: Article, state: ReaderState, action: ReaderAction): ReaderState {
	if (action.type === 'resize') return clampScroll(article, {...state, viewport: action.viewport});
	if (action.type === 'showPassage') {
		const section = article.sections.findIndex((candidate) => candidate.paragraphs.some((paragraph) => paragraph.id === action.paragraphId));
		if (section === -1) return state;
		const shown: ReaderState = {...state, section, dialogue: false, overlay: null, reveal: Infinity, scroll: 0, search: {draft: null, query: action.text, current: 0, total: 0}};
		const before = matchCounts(article, shown).slice(0, section).reduce((sum, count) => sum + count, 0);
		// The cited words may also appear earlier in the section: mark them in the cited paragraph.
		const inParagraph = documentFor(article, shown, {reveal: Infinity}).hitBlocks.indexOf(action.paragraphId);
		return jumpToMatch(article, shown, before + Math.max(0, inParagraph));
	}
	if (action.type === 'type') {
		if (state.search.draft === null) return state;
		return {...state, search: {...state.search, draft: state.search.draft + action.text}};
	}
	return applyCommand(article, state, action.command);
}

function applyCommand(article: Article, state: ReaderState, command: Command): ReaderState {
	switch (command.name) {
		case 'quit':
			return {...state, quit: true};
		case 'next':
			return nextStep(article, state);
		case 'previous':
			return previousStep(article, state);
		case 'scrollDown':
		case 'scrollUp': {
			const delta = command.name === 'scrollDown' ? 1 : -1;
			if (state.overlay !== null) return clampScroll(article, {...state, overlayScroll: state.overlayScroll + delta});
			return clampScroll(article, {...state, scroll: state.scroll + delta});
		}
		case 'pageDown':
		case 'pageUp': {
			const delta = (command.name === 'pageDown' ? 1 : -1) * pageSize(state);
			if (state.overlay !== null) return clampScroll(article, {...state, overlayScroll: state.overlayScroll + delta});
			return clampScroll(article, {...state, scroll: state.scroll + delta});
		}
		case 'first':
			if (state.overlay !== null) return {...state, overlayScroll: 0};
			return enterSection(article, state, 0);
		case 'last':
			if (state.overlay !== null) return clampScroll(article, {...state, overlayScroll: Number.MAX_SAFE_INTEGER});
			return enterSection(article, state, article.sections.length - 1);
		case 'gotoSection':
			return command.section >= 0 && command.section < article.sections.length ? enterSection(article, state, command.section) : state;
		case 'dialogue':
			return {...state, dialogue: !state.dialogue, reveal: 1, scroll: 0};
		case 'toc':
			return state.overlay === 'toc' ? {...state, overlay: null} : {...state, overlay: 'toc'};
		case 'help':
		case 'cast':
			return state.overlay === command.name ? {...state, overlay: null} : {...state, overlay: command.name, overlayScroll: 0};
		case 'close':
			if (state.overlay !== null) return {...state, overlay: null};
			if (state.search.query !== '') return {...state, search: {draft: null, query: '', current: 0, total: 0}};
			return state;
		case 'search':
			return {...state, search: {...state.search, draft: ''}};
		case 'searchErase': {
			const draft = state.search.draft ?? '';
			return {...state, search: {...state.search, draft: draft === '' ? null : Array.from(draft).slice(0, -1).join('')}};
		}
		case 'searchCancel':
			return {...state, search: {...state.search, draft: null}};
		case 'searchCommit':
			return commitSearch(article, state);
		case 'nextMatch':
		case 'previousMatch':
			if (state.search.query === '') return state;
			return jumpToMatch(article, state, state.search.current + (command.name === 'nextMatch' ? 1 : -1));
		default:
			// Quiz commands belong to the app reducer.
			return state;
	}
}

/** Which keymap mode the state is in. */
export function modeOf(state: ReaderState): 'reader' | 'toc' | 'overlay' | 'search' {
	if (state.search.draft !== null) return 'search';
	if (state.overlay === 'toc') return 'toc';
	if (state.overlay !== null) return 'overlay';
	return 'reader';
}
