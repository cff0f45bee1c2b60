// The reader's header and footer: where you are, what is above and below, what the keys do.
import type {Article} from '../content/model.js';
import type {SectionDocument} from './document.js';
import {fitHints} from '../keys/hints.js';
import {shortLabel, type CommandName} from '../keys/keymap.js';
import {frameFooter, frameHeader, hintsWidth} from '../screen/frame.js';
import {frameFor} from '../screen/layout.js';
import {atEnd, modeOf, type ReaderState} from './state.js';
import type {Line, Segment} from '../screen/line.js';

export interface ReaderChromeContext {
	/** Lines of what the body shows (the section, or an overlay). */
	bodyLines: number;
	/** Showing a passage the quiz cited. */
	visiting: boolean;
	/** A message for the status line. */
	notice: string | null;
	/** Whether the article has a quiz, for the hint at the end. */
	hasQuiz: boolean;
}

function status(article: Article, state: ReaderState, context: ReaderChromeContext): Segment[] {
	const {search} = state;
	if (context.notice !== null) return [{text: context.notice, style: {role: 'marker'}}];
	if (context.visiting && state.overlay === null) return [{text: `The passage the quiz cites — Esc or ${shortLabel('reader', 'quiz')}: back to the quiz`, style: {role: 'marker'}}];
	if (search.draft !== null) return [{text: `/${search.draft}▏`, style: {role: 'key'}}];
	if (search.query !== '' && state.overlay === null) {
		return search.total === 0
			? [{text: `No match for “${search.query}” — Esc clears`, style: {role: 'marker'}}]
			: [{text: `“${search.query}”: match ${search.current + 1} of ${search.total} — n next, N previous, Esc clears`, style: {role: 'dim'}}];
	}
	if (state.overlay === null && atEnd(article, state)) {
		const quiz = context.hasQuiz ? `${shortLabel('reader', 'quiz')} for the quiz, ` : '';
		return [{text: `The end — ${quiz}${shortLabel('reader', 'quit')} to quit`, style: {role: 'marker'}}];
	}
	return [];
}

/** The header and footer lines around the reader's body. */
export function readerChrome(article: Article, state: ReaderState, document: SectionDocument, context: ReaderChromeContext): {header: Line[]; footer: Line[]} {
	const {bodyHeight} = frameFor(state.viewport);
	const section = article.sections[state.section]!;
	const scroll = state.overlay === null ? state.scroll : state.overlayScroll;
	const above = scroll;
	const below = Math.max(0, context.bodyLines - scroll - bodyHeight);
	const mode = modeOf(state);
	const revealShare = document.totalTurns > 0 ? Math.min(state.reveal, document.totalTurns) / document.totalTurns : 1;
	const overlayTitles = {help: 'Keys', toc: 'Contents', cast: 'Cast'} as const;
	// The first page opens with the headline: the header does not repeat it.
	const opening = state.overlay === null && state.section === 0 && scroll === 0;
	const scrolls = above > 0 || below > 0;
	const dialogue = section.exchanges.length > 0;
	const available = (command: CommandName) => (command === 'scrollDown' || command === 'scrollUp' ? scrolls : command === 'dialogue' ? dialogue : command === 'quiz' ? context.hasQuiz : true);
	return {
		header: frameHeader({
			cols: state.viewport.cols,
			headline: opening ? '' : article.headline,
			position: `${state.section + 1}/${article.sections.length}`,
			title: state.overlay === null ? section.title : overlayTitles[state.overlay],
			above: above > 0 ? `↑ ${above} more above` : '',
		}),
		footer: frameFooter({
			cols: state.viewport.cols,
			status: status(article, state, context),
			below: below > 0 ? `↓ ${below} more below` : '',
			progress: (state.section + revealShare) / article.sections.length,
			hints: fitHints(mode, hintsWidth(state.viewport.cols), {available, label: (command, text) => (command === 'dialogue' ? (state.dialogue ? 'paragraphs' : 'dialogue') : text)}),
		}),
	};
}
