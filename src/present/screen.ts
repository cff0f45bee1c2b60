// The audience screen and the speaker view as lines, pure.
import type {Article} from '../content/model.js';
import {fitHints} from '../keys/hints.js';
import {composeFrame, frameFooter, frameHeader, hintsWidth, progressBar, spread, tooSmallLines, truncateSegments} from '../screen/frame.js';
import {textWidth} from '../text/width.js';
import {frameFor, isTooSmall, type Viewport} from '../screen/layout.js';
import {wrapSegments} from '../screen/wrap.js';
import {type Line} from '../screen/line.js';
import {presentsThisArticle, type NotesState} from './notesState.js';
import {notesLines} from './notes.js';
import {presentGeometry, slideFor} from './slide.js';
import {timing, timingText, type PresentState, type Timing} from './state.js';
import {presentationSteps, sectionOfStep, type Step} from './steps.js';

/** Where the talk is, for the audience: the section and "12 / 48". */
function position(article: Article, steps: readonly Step[], state: PresentState): string {
	const section = sectionOfStep(article, steps[state.step]!);
	const name = section === -1 ? '' : section === article.sections.length ? 'Quiz' : article.sections[section]!.title;
	return `${name === '' ? '' : `${name} · `}${state.step + 1} / ${steps.length}`;
}

export function presentScreen(article: Article, steps: readonly Step[], state: PresentState, now: number): Line[] {
	const {viewport} = state;
	if (isTooSmall(viewport)) return tooSmallLines(viewport);
	if (state.blank) return Array.from({length: viewport.rows}, () => []);
	const geometry = presentGeometry(viewport, state.clock);
	const slide = slideFor(article, steps[state.step]!, geometry);
	const page = slide.pages[Math.min(state.page, slide.pages.length - 1)]!;
	const lines: Line[] = [];
	if (state.clock) lines.push(spread([], [{text: `${timingText(timing(article, steps, state, now), now)} `, style: {role: 'dim'}}], viewport.cols));
	lines.push(...page.slice(0, geometry.height));
	while (lines.length < viewport.rows - 1) lines.push([]);
	const progress = steps.length <= 1 ? 1 : state.step / (steps.length - 1);
	const label = truncateSegments([{text: ` ${position(article, steps, state)} `, style: {role: 'dim'}}], Math.floor(viewport.cols / 2));
	const barWidth = Math.max(0, viewport.cols - label.reduce((sum, segment) => sum + textWidth(segment.text), 0));
	lines.push([{text: progressBar(progress, barWidth), style: {role: 'progress', dim: true}}, ...label]);
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
	const matches = presenter !== null && presentsThisArticle(article, presenter);
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
		height: frame.height,
		header: frameHeader({cols: viewport.cols, headline: article.headline, position: matches ? `step ${presenter.step + 1}/${steps.length}` : state.status, title: `Speaker view · session ${session}`, above: ''}),
		body,
		margin: frame.margin,
		footer: frameFooter({
			cols: viewport.cols,
			status: [{text: status, style: {role: over ? 'marker' : 'dim'}}],
			below: '',
			progress: matches && steps.length > 1 ? presenter.step / (steps.length - 1) : 0,
			hints: fitHints('notes', hintsWidth(viewport.cols)),
		}),
	});
}
