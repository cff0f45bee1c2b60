// The header and footer around the body: where you are, what is above and below, what the keys do.
import type {Article} from '../content/model.js';
import type {SectionDocument} from './document.js';
import {shortLabel, type CommandName, type Mode} from './keymap.js';
import {frameFor} from './layout.js';
import {modeOf, type ReaderState} from './state.js';
import type {Segment} from './wrap.js';
import {textWidth} from '../text/width.js';

export interface Chrome {
	headline: string;
	position: string;
	title: string;
	/** Lines hidden above and below the body. */
	above: number;
	below: number;
	status: Segment[];
	/** 0 to 1: how far through the article. */
	progress: number;
	hints: string;
}

/** Commands whose keys to show, or literal keys for ink-select-input's own, and what they do. */
type Hint = [CommandName[] | string, string];

// Listed in display order; on a narrow terminal the essential ones (keepFirst) survive.
const hintsByMode: Record<Mode, Hint[]> = {
	reader: [
		[['next'], 'next'],
		[['previous'], 'back'],
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['toc'], 'contents'],
		[['search'], 'search'],
		[['dialogue'], 'dialogue'],
		[['cast'], 'cast'],
		[['quiz'], 'quiz'],
		[['help'], 'help'],
		[['quit'], 'quit'],
	],
	toc: [
		[['scrollDown', 'scrollUp'], 'select'],
		[['choose'], 'go'],
		[['close'], 'close'],
		[['quit'], 'quit'],
	],
	overlay: [
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['close'], 'close'],
		[['quit'], 'quit'],
	],
	search: [
		[['searchCommit'], 'search'],
		[['searchCancel'], 'cancel'],
	],
	quizQuestion: [
		['↑/↓', 'move'],
		[`Enter/1–4/${shortLabel('quizQuestion', 'chooseOption')}`, 'choose'],
		[['toReader'], 'article'],
		[['quit'], 'quit'],
	],
	quizFeedback: [
		[['advance'], 'next'],
		[['readEvidence'], 'read passage'],
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['toReader'], 'article'],
		[['quit'], 'quit'],
	],
	present: [],
	notes: [
		[['next'], 'next'],
		[['previous'], 'back'],
		[['first', 'last'], 'first/last'],
		[['gotoSection'], 'section'],
		[['blank'], 'blank'],
		[['quit'], 'quit'],
	],
	quizEnd: [
		['↑/↓ Enter', 'choose'],
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['toReader'], 'article'],
		[['quit'], 'quit'],
	],
};
const keepFirst: CommandName[] = ['next', 'previous', 'help', 'quit', 'quiz', 'close', 'choose', 'searchCommit', 'searchCancel', 'advance', 'chooseOption'];

function hintText(mode: Mode, [commands, label]: Hint): string {
	const keys = typeof commands === 'string' ? commands : commands.map((name) => shortLabel(mode, name)).join('/');
	return label === '' ? keys : `${keys} ${label}`;
}

/** Key hints that fit in `width`, dropping the least needed first. */
export function fitHints(mode: Mode, width: number): string {
	const hints = hintsByMode[mode];
	const essential = (hint: Hint) => typeof hint[0] === 'string' || hint[0].some((name) => keepFirst.includes(name));
	const chosen = new Set<Hint>();
	let used = 0;
	for (const hint of [...hints.filter(essential), ...hints.filter((hint) => !essential(hint))]) {
		const cost = textWidth(hintText(mode, hint)) + (chosen.size > 0 ? 2 : 0);
		if (used + cost > width) continue;
		chosen.add(hint);
		used += cost;
	}
	return hints.filter((hint) => chosen.has(hint)).map((hint) => hintText(mode, hint)).join('  ');
}

export function readerChrome(article: Article, state: ReaderState, document: SectionDocument, bodyLines: number, visiting = false): Chrome {
	const {bodyHeight} = frameFor(state.viewport);
	const section = article.sections[state.section]!;
	const scroll = state.overlay === null ? state.scroll : state.overlayScroll;
	const above = scroll;
	const below = Math.max(0, bodyLines - scroll - bodyHeight);
	const mode = modeOf(state);

	const status: Segment[] = [];
	const {search} = state;
	if (visiting && state.overlay === null) {
		status.push({text: `The passage the quiz cites — Esc or ${shortLabel('reader', 'quiz')}: back to the quiz`, style: {role: 'marker'}});
	} else if (search.draft !== null) {
		status.push({text: `/${search.draft}▏`, style: {role: 'key'}});
	} else if (search.query !== '' && state.overlay === null) {
		status.push(
			search.total === 0
				? {text: `No match for “${search.query}” — Esc clears`, style: {role: 'marker'}}
				: {text: `“${search.query}”: match ${search.current + 1} of ${search.total} — n next, N previous, Esc clears`, style: {role: 'dim'}},
		);
	} else if (state.overlay === null && document.totalTurns > 0 && state.reveal < document.totalTurns) {
		const remaining = document.totalTurns - state.reveal;
		status.push({text: `▸ ${remaining} more ${remaining === 1 ? 'turn' : 'turns'} (${shortLabel('reader', 'next')})`, style: {role: 'marker'}});
	}

	const revealShare = document.totalTurns > 0 ? Math.min(state.reveal, document.totalTurns) / document.totalTurns : 1;
	const overlayTitles = {help: 'Keys', toc: 'Contents', cast: 'Cast'} as const;
	return {
		headline: article.headline,
		position: `${state.section + 1}/${article.sections.length}`,
		title: state.overlay === null ? section.title : overlayTitles[state.overlay],
		above,
		below,
		status,
		progress: (state.section + revealShare) / article.sections.length,
		hints: fitHints(mode, hintsWidth(state.viewport.cols)),
	};
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
