// The reader's header and footer: where you are, what is above and below, what the keys do.
import type {Article} from '../content/model.js';
import type {SectionDocument} from './document.js';
import {fitHints} from '../keys/hints.js';
import {shortLabel} from '../keys/keymap.js';
import {hintsWidth} from '../screen/frame.js';
import {frameFor} from '../screen/layout.js';
import {modeOf, type ReaderState} from './state.js';
import type {Segment} from '../screen/line.js';

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
