// The first screen, painted before Ink and React have loaded: the same pure lines the UI draws,
// so when Ink takes over it finds them on screen and has nothing to redraw. (The presenter's and
// the speaker view's first screens are in commands/present.ts, so the reader loads no slides.)
import type {Article} from '../content/model.js';
import {initialAppState} from '../app/state.js';
import {quizScreen} from '../app/quizFrame.js';
import type {Viewport} from '../screen/layout.js';
import {readerScreen} from '../reader/screen.js';
import type {Line} from '../screen/line.js';
import {linesToAnsi} from '../screen/ansi.js';
import type {Theme} from '../screen/theme.js';

export function readerFirstScreen(article: Article, viewport: Viewport, screen: 'reader' | 'quiz', seed: number): Line[] {
	const state = initialAppState(article, {viewport, screen, seed, now: Date.now(), best: null});
	if (screen === 'reader' || state.quiz === null) return readerScreen(article, state.reader);
	return quizScreen(article, state).lines;
}

/** Writes the lines at the top of the (already cleared) screen; returns them as written, to seed the frame diff. */
export function paint(lines: Line[], theme: Theme, out: NodeJS.WriteStream): string[] {
	const text = linesToAnsi(lines, theme);
	out.write(`\x1b[H${text.join('\n')}`);
	return text;
}
