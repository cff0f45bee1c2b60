// Every reader state transition, in one pure reducer: paging, reveal steps, scrolling, search
// and overlays. The UI only dispatches named commands and draws what this returns.
import type {Article} from '../content/model.js';
import {sectionDocument, type SectionDocument} from './document.js';
import {commandFor, type Command, type KeyPress} from '../keys/keymap.js';
import {frameFor, type Viewport} from '../screen/layout.js';
import {castLines, helpLines, tocLines} from './overlays.js';
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
	tocSelected: number;
	search: SearchState;
	quit: boolean;
}

export type ReaderAction =
	| {type: 'command'; command: Command}
	| {type: 'key'; press: KeyPress}
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
		tocSelected: 0,
		search: {draft: null, query: '', current: 0, total: 0},
		quit: false,
	};
}

const documentCache = new WeakMap<Article, Map<string, SectionDocument>>();

/** The current section as lines; cached, since every key and every render asks for it. */
export function documentFor(article: Article, state: ReaderState, overrides: Partial<{section: number; reveal: number}> = {}): SectionDocument {
	const section = overrides.section ?? state.section;
	const reveal = overrides.reveal ?? state.reveal;
	const {bodyWidth} = frameFor(state.viewport);
	const localHit = state.search.query === '' ? null : localMatch(article, state, section);
	const key = JSON.stringify([section, bodyWidth, state.dialogue, reveal, state.search.query, localHit]);
	let cache = documentCache.get(article);
	if (cache === undefined) documentCache.set(article, (cache = new Map()));
	let document = cache.get(key);
	if (document === undefined) {
		document = sectionDocument(article, section, {width: bodyWidth, dialogue: state.dialogue, reveal, query: state.search.query, currentHit: localHit});
		if (cache.size > 200) cache.clear();
		cache.set(key, document);
	}
	return document;
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
		case 'toc':
			return tocLines(article, state.tocSelected, state.section, bodyWidth);
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

function nextStep(article: Article, state: ReaderState): ReaderState {
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

function previousStep(article: Article, state: ReaderState): ReaderState {
	const document = documentFor(article, state);
	const revealed = Math.min(state.reveal, document.totalTurns);
	if (state.dialogue && revealed > 1) return clampScroll(article, {...state, reveal: revealed - 1});
	if (state.section > 0) return enterSection(article, state, state.section - 1, true);
	return state;
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
		return jumpToMatch(article, shown, before);
	}
	if (action.type === 'key') {
		// Keys are resolved here, against the state they arrive in: several keys read in one chunk
		// ("/lavrov⏎") must each see the mode the previous one left.
		const mode = modeOf(state);
		const command = commandFor(mode, action.press);
		if (command !== null) return applyCommand(article, state, command);
		if (mode === 'search' && action.press.text !== undefined && !action.press.ctrl) {
			return {...state, search: {...state.search, draft: (state.search.draft ?? '') + action.press.text}};
		}
		return state;
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
			if (state.overlay === 'toc') {
				const tocSelected = Math.min(Math.max(0, state.tocSelected + delta), article.sections.length - 1);
				return {...state, tocSelected};
			}
			if (state.overlay !== null) return clampScroll(article, {...state, overlayScroll: state.overlayScroll + delta});
			return clampScroll(article, {...state, scroll: state.scroll + delta});
		}
		case 'first':
			return enterSection(article, state, 0);
		case 'last':
			return enterSection(article, state, article.sections.length - 1);
		case 'gotoSection':
			return command.number !== undefined && command.number <= article.sections.length ? enterSection(article, state, command.number - 1) : state;
		case 'choose':
			return enterSection(article, state, state.tocSelected);
		case 'dialogue':
			return {...state, dialogue: !state.dialogue, reveal: 1, scroll: 0};
		case 'toc':
			return state.overlay === 'toc' ? {...state, overlay: null} : {...state, overlay: 'toc', tocSelected: state.section};
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
