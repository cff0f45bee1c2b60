// The first screen as lines, composed before Ink and React have loaded (terminal/firstPaint.ts
// paints them), from the same pure functions the views use.
import type {Article} from '../content/model.js';
import {readerScreen} from '../reader/screen.js';
import {composeFrame} from '../screen/frame.js';
import {isTooSmall, type Viewport} from '../screen/layout.js';
import type {Line} from '../screen/line.js';
import {quizListScreen} from './quizFrame.js';
import {initialAppState, type AppPage} from './state.js';

/** The reader's first page, or the quiz's first question without its options (ink-select-input draws those once it loads). */
export function firstScreen(article: Article, viewport: Viewport, page: AppPage, seed: number, now: number): Line[] {
	const state = initialAppState(article, {viewport, page, seed, now, best: null});
	if (state.page === 'reader' || isTooSmall(viewport)) return readerScreen(article, state.reader);
	const screen = quizListScreen(article, state);
	return composeFrame({height: screen.height, header: screen.header, body: screen.intro, margin: screen.margin, footer: screen.footer});
}
