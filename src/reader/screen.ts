// The reader's whole screen as lines, pure.
import type {Article} from '../content/model.js';
import {readerChrome} from './chrome.js';
import {composeFrame, tooSmallLines} from '../screen/frame.js';
import {frameFor, isTooSmall} from '../screen/layout.js';
import {documentFor, overlayLines, type ReaderState} from './state.js';
import {type Line} from '../screen/line.js';

export function readerScreen(article: Article, state: ReaderState, visiting = false): Line[] {
	const {viewport} = state;
	if (isTooSmall(viewport)) return tooSmallLines(viewport);
	const frame = frameFor(viewport);
	const document = documentFor(article, state);
	const lines = state.overlay === null ? document.lines : overlayLines(article, state);
	const scroll = state.overlay === null ? state.scroll : state.overlayScroll;
	const chrome = readerChrome(article, state, document, lines.length, visiting);
	return composeFrame({
		cols: viewport.cols,
		height: frame.height,
		headline: chrome.headline,
		position: chrome.position,
		title: chrome.title,
		above: chrome.above > 0 ? `↑ ${chrome.above} more above` : '',
		body: lines.slice(scroll, scroll + frame.bodyHeight),
		margin: frame.margin,
		status: chrome.status,
		below: chrome.below > 0 ? `↓ ${chrome.below} more below` : '',
		progress: chrome.progress,
		hints: chrome.hints,
	});
}
