// Whole screens as lines, pure: what the reader shows for a state, and the too-small notice.
import type {Article} from '../content/model.js';
import {readerChrome} from './chrome.js';
import {composeFrame} from './frame.js';
import {frameFor, isTooSmall, minimumViewport, type Viewport} from './layout.js';
import {documentFor, overlayLines, type ReaderState} from './state.js';
import {wrapSegments, type Line} from './wrap.js';

/** Short lines, wrapped rather than cut, and never more of them than the terminal can show. */
export function tooSmallLines(viewport: Viewport, minimum: Viewport = minimumViewport): Line[] {
	const message = `Terminal too small (${viewport.cols}×${viewport.rows}). press-reader needs ${minimum.cols}×${minimum.rows}: enlarge the window, or press q to quit.`;
	return wrapSegments([{text: message, style: {role: 'text'}}], Math.max(1, viewport.cols)).slice(0, Math.max(1, viewport.rows - 1));
}

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
