// The audience screen and the speaker view as lines, pure.
import type {Article} from '../content/model.js';
import {fitHints} from '../keys/hints.js';
import {composeFrame, hintsWidth, progressBar, spread, tooSmallLines} from '../screen/frame.js';
import {frameFor, isTooSmall, type Viewport} from '../screen/layout.js';
import {wrapSegments} from '../screen/wrap.js';
import {type Line} from '../screen/line.js';
import type {NotesState} from './notesState.js';
import {notesLines} from './notes.js';
import {presentGeometry, slideFor} from './slide.js';
import {timing, timingText, type PresentState, type Timing} from './state.js';
import {presentationSteps, type Step} from './steps.js';

export function presentScreen(article: Article, steps: readonly Step[], state: PresentState, now: number): Line[] {
	const {viewport} = state;
	if (isTooSmall(viewport)) return tooSmallLines(viewport);
	const height = viewport.rows - 1;
	if (state.blank) return Array.from({length: height}, () => []);
	const geometry = presentGeometry(viewport, state.clock);
	const slide = slideFor(article, steps[state.step]!, geometry);
	const page = slide.pages[Math.min(state.page, slide.pages.length - 1)]!;
	const lines: Line[] = [];
	if (state.clock) lines.push(spread([], [{text: `${timingText(timing(article, steps, state, now), now)} `, style: {role: 'dim'}}], viewport.cols));
	lines.push(...page.slice(0, geometry.height));
	while (lines.length < height - 1) lines.push([]);
	const progress = steps.length <= 1 ? 1 : state.step / (steps.length - 1);
	lines.push([{text: progressBar(progress, viewport.cols), style: {role: 'progress', dim: true}}]);
	return lines;
}

function isOver(value: Timing): boolean {
	return (value.sectionTarget !== null && value.sectionElapsed > value.sectionTarget) || (value.talkTarget !== null && value.talkElapsed > value.talkTarget);
}

export function notesScreen(article: Article, viewport: Viewport, session: string, state: NotesState, now: number): Line[] {
	if (isTooSmall(viewport)) return tooSmallLines(viewport);
	const frame = frameFor(viewport);
	const {presenter} = state;
	const steps = presentationSteps(article, {quiz: presenter?.quiz ?? true});
	const matches = presenter !== null && presenter.articleId === article.id && presenter.steps === steps.length && presenter.step < steps.length;
	let body: Line[];
	let status = '';
	let over = false;
	if (presenter === null) {
		body = wrapSegments([{text: `Waiting for the presenter: run "press-reader present" (session ${session}) in another terminal.`, style: {role: 'marker'}}], frame.bodyWidth);
	} else if (!matches) {
		body = wrapSegments([{text: `The presenter on session ${session} shows another article (${presenter.articleId}). Open the same file in both.`, style: {role: 'marker'}}], frame.bodyWidth);
	} else {
		body = notesLines(article, steps, presenter.step, presenter, frame.bodyWidth, frame.bodyHeight);
		const value = timing(article, steps, presenter, now);
		status = `${presenter.blank ? 'Audience screen blank · ' : ''}${timingText(value, now)}`;
		over = isOver(value);
	}
	return composeFrame({
		cols: viewport.cols,
		height: frame.height,
		headline: article.headline,
		position: matches ? `step ${presenter!.step + 1}/${steps.length}` : state.status,
		title: `Speaker view · session ${session}`,
		above: '',
		body,
		margin: frame.margin,
		status: [{text: status, style: {role: over ? 'marker' : 'dim'}}],
		below: '',
		progress: matches && steps.length > 1 ? presenter!.step / (steps.length - 1) : 0,
		hints: fitHints('notes', hintsWidth(viewport.cols)),
	});
}
