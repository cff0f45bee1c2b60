// The audience screen and the speaker view as lines, pure.
import type {Article} from '../content/model.js';
import {fitHints} from '../keys/hints.js';
import {composeFrame, frameFooter, frameHeader, hintsWidth, progressBar, spread, tooSmallLines, truncateSegments} from '../screen/frame.js';
import {textWidth} from '../text/width.js';
import {frameFor, isTooSmall, type Viewport} from '../screen/layout.js';
import {wrapSegments} from '../screen/wrap.js';
import {type Line} from '../screen/line.js';
import {presentsThisArticle, type NotesState} from './notesState.js';
import {notesLines, roomNotesLines} from './notes.js';
import {joinHint, roomPages} from './roomScreen.js';
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
	const lines: Line[] = [];
	if (state.clock) lines.push(spread([], [{text: `${timingText(timing(article, steps, state, now), now)} `, style: {role: 'dim'}}], viewport.cols));
	// In a room, the title and the quiz's steps share the screen with where to join.
	const roomed = roomPages(article, steps, state);
	if (roomed !== null) {
		lines.push(...roomed[Math.min(state.page, roomed.length - 1)]!);
	} else {
		const geometry = presentGeometry(viewport, state.clock);
		const slide = slideFor(article, steps[state.step]!, geometry);
		lines.push(...slide.pages[Math.min(state.page, slide.pages.length - 1)]!.slice(0, geometry.height));
	}
	while (lines.length < viewport.rows - 1) lines.push([]);
	lines.length = viewport.rows - 1;
	const progress = steps.length <= 1 ? 1 : state.step / (steps.length - 1);
	// Elsewhere in the talk, latecomers still find the way in at the foot of the screen.
	const join = state.room !== null && roomed === null ? `${joinHint(state.room)} · ` : '';
	const label = truncateSegments([{text: ` ${join}${position(article, steps, state)} `, style: {role: 'dim'}}], Math.floor((viewport.cols * (join === '' ? 1 : 2)) / (join === '' ? 2 : 3)));
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
	const room = presenter?.room ?? null;
	const steps = presentationSteps(article, {quiz: presenter?.quiz ?? true, room: room !== null});
	const matches = presenter !== null && presentsThisArticle(article, presenter);
	let body: Line[];
	let status = '';
	let over = false;
	if (presenter === null) {
		body = wrapSegments([{text: `Waiting for the presenter: run "press-reader present" (session ${session}) in another terminal.`, style: {role: 'marker'}}], frame.bodyWidth);
	} else if (!matches) {
		body = wrapSegments([{text: `The presenter on session ${session} shows another article (${presenter.articleId}). Open the same file in both.`, style: {role: 'marker'}}], frame.bodyWidth);
	} else {
		// With a room, its counts and players come first: a share of the screen, the notes the rest.
		const roomLines = room === null ? [] : [...roomNotesLines(room, frame.bodyWidth, Math.max(3, Math.floor(frame.bodyHeight * 0.4))), []];
		body = [...roomLines, ...notesLines(article, steps, presenter.step, presenter, frame.bodyWidth, Math.max(3, frame.bodyHeight - roomLines.length))];
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
			hints: fitHints('notes', hintsWidth(viewport.cols), {
				// The room's keys only while a room is open.
				available: (command) => (command !== 'lock' && command !== 'saveResults') || (matches && room !== null),
				label: (command, text) => (command === 'lock' && room?.locked ? 'unlock room' : text),
			}),
		}),
	});
}
