// The quiz's frame as lines, pure. The question and end screens also hold a list that
// ink-select-input takes the keys for; which entry it highlights comes in as `view`.
import type {Article} from '../content/model.js';
import {fitHints} from '../keys/hints.js';
import {composeFrame, hintsWidth} from '../screen/frame.js';
import {frameFor} from '../screen/layout.js';
import type {Line} from '../screen/line.js';
import {endChoices, optionLines, questionLines} from '../quiz/lines.js';
import {answeredCount, score} from '../quiz/session.js';
import {appMode, quizTextLines, type AppState} from './state.js';

export interface QuizScreenModel {
	/** The whole frame, with the options or end choices drawn in the body. */
	lines: Line[];
	/**
	 * The list ink-select-input takes keys for, when there is one: how many entries, and how many
	 * fit at once (the rest scroll into view as the highlight moves).
	 */
	list: null | {kind: 'options' | 'end'; count: number; limit: number};
}

/** Which entry of the list is highlighted, and the first one shown. */
export interface ListView {
	highlighted: number;
	start: number;
}

/** The first entry to show so that the highlighted one is in view, moving the window as little as possible. */
export function keepInView(start: number, highlighted: number, limit: number): number {
	if (highlighted < start) return highlighted;
	if (highlighted >= start + limit) return highlighted - limit + 1;
	return start;
}

/** A list entry behind its marker: "❯ " on the first line of the highlighted one, which is shown selected. */
function listEntry(lines: Line[], highlighted: boolean): Line[] {
	return lines.map((line, row) => [
		{text: row === 0 && highlighted ? '❯ ' : '  ', style: {role: 'progress'}},
		...(highlighted ? line.map((segment) => ({...segment, style: {...segment.style, role: 'selected' as const}})) : line),
	]);
}

export function quizScreen(article: Article, state: AppState, view: ListView = {highlighted: 0, start: 0}): QuizScreenModel {
	const quiz = state.quiz!;
	const {viewport} = state.reader;
	const frame = frameFor(viewport);
	const total = quiz.questions.length;
	const round = quiz.round === 'review' ? 'Review' : 'Quiz';
	const answered = answeredCount(quiz);
	let body: Line[];
	let list: QuizScreenModel['list'] = null;
	let above = '';
	let below = '';
	if (quiz.phase === 'question') {
		const question = quiz.questions[quiz.index]!;
		body = [...questionLines(question, frame.bodyWidth), []];
		const options = question.options.map((_, index) => optionLines(question, index, frame.bodyWidth - 2));
		const tallest = Math.max(...options.map((lines) => lines.length));
		// On a short terminal fewer options show at once; the highlight scrolls through them.
		const limit = Math.max(1, Math.min(options.length, Math.floor((frame.bodyHeight - body.length) / tallest)));
		const start = Math.min(view.start, options.length - limit);
		for (let index = start; index < start + limit; index++) body.push(...listEntry(options[index]!, index === view.highlighted));
		if (start > 0) above = `↑ ${start} more above`;
		if (start + limit < options.length) below = `↓ ${options.length - start - limit} more below`;
		list = {kind: 'options', count: options.length, limit};
	} else {
		const lines = quizTextLines(article, state);
		const choices = quiz.phase === 'end' ? endChoices(quiz) : [];
		const room = frame.bodyHeight - (choices.length > 0 ? choices.length + 1 : 0);
		body = lines.slice(state.quizScroll, state.quizScroll + room);
		if (state.quizScroll > 0) above = `↑ ${state.quizScroll} more above`;
		const hidden = lines.length - state.quizScroll - room;
		if (hidden > 0) below = `↓ ${hidden} more below`;
		if (choices.length > 0) {
			while (body.length < room + 1) body.push([]);
			choices.forEach((choice, index) => body.push(...listEntry([[{text: choice.label, style: {role: 'text'}}]], index === view.highlighted)));
			list = {kind: 'end', count: choices.length, limit: choices.length};
		}
	}
	const lines = composeFrame({
		cols: viewport.cols,
		height: frame.height,
		headline: article.headline,
		position: quiz.phase === 'end' ? 'done' : `${quiz.index + 1}/${total}`,
		title: quiz.phase === 'end' ? `${round} · results` : `${round} · question ${quiz.index + 1} of ${total}`,
		above,
		body,
		margin: frame.margin,
		status: [{text: quiz.phase === 'end' ? '' : answered === 0 ? 'Choose an answer' : `${score(quiz)} of ${answered} right so far`, style: {role: 'dim'}}],
		below,
		progress: total === 0 ? 1 : answered / total,
		hints: fitHints(appMode(state), hintsWidth(viewport.cols)),
	});
	return {lines, list};
}
