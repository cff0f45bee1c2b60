// The reader's screens, pure: the section (or help, or the cast) as a whole screen of lines, and
// the table of contents as a list screen.
import type {Article} from '../content/model.js';
import {readerChrome, type ReaderChromeContext} from './chrome.js';
import {composeFrame, tooSmallLines} from '../screen/frame.js';
import {frameFor, isTooSmall} from '../screen/layout.js';
import {listLimit, pointerWidth, type ListScreen} from '../screen/list.js';
import type {Line} from '../screen/line.js';
import {wrapSegments} from '../screen/wrap.js';
import {plural} from '../text/plural.js';
import {turnsIn} from './document.js';
import {documentFor, overlayLines, type ReaderState} from './state.js';

export interface ReaderScreenContext {
	visiting?: boolean;
	notice?: string | null;
}

function context(article: Article, bodyLines: number, {visiting = false, notice = null}: ReaderScreenContext): ReaderChromeContext {
	return {bodyLines, visiting, notice, hasQuiz: article.quiz.length > 0};
}

export function readerScreen(article: Article, state: ReaderState, extra: ReaderScreenContext = {}): Line[] {
	const {viewport} = state;
	if (isTooSmall(viewport)) return tooSmallLines(viewport);
	const frame = frameFor(viewport);
	const document = documentFor(article, state);
	const lines = state.overlay === null ? document.lines : overlayLines(article, state);
	const scroll = state.overlay === null ? state.scroll : state.overlayScroll;
	const {header, footer} = readerChrome(article, state, document, context(article, lines.length, extra));
	return composeFrame({height: frame.height, header, body: lines.slice(scroll, scroll + frame.bodyHeight), margin: frame.margin, footer});
}

/** One entry of the contents: "2. Common ground  (4 ¶, 6 turns, 3 min)", "●" on the section being read. */
function tocEntry(article: Article, index: number, current: number, width: number): Line[] {
	const section = article.sections[index]!;
	const turns = turnsIn(section);
	const details = [`${section.paragraphs.length} ¶`, turns > 0 ? plural(turns, 'turn') : '', section.targetMinutes === null ? '' : `${section.targetMinutes} min`].filter(Boolean);
	return wrapSegments([{text: `${index + 1}. ${section.title}  (${details.join(', ')})`, style: {role: 'text'}}], width, index === current ? '● ' : '  ');
}

/** The table of contents: the sections as a list, the one being read highlighted first. */
export function tocScreen(article: Article, state: ReaderState, extra: ReaderScreenContext = {}): ListScreen {
	const frame = frameFor(state.viewport);
	const entries = article.sections.map((_, index) => tocEntry(article, index, state.section, frame.bodyWidth - pointerWidth));
	const {header, footer} = readerChrome(article, state, documentFor(article, state), context(article, 0, extra));
	return {header, intro: [], entries, limit: listLimit(entries, frame.bodyHeight), initial: state.section, footer, margin: frame.margin, width: frame.bodyWidth, height: frame.height};
}
