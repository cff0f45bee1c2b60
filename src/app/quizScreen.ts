// The quiz's frame as lines, pure. The question and end screens also hold an ink-select-input
// list, which the view draws under `body`.
import type {Article} from '../content/model.js';
import {fitHints, hintsWidth} from '../reader/chrome.js';
import {composeFrame} from '../reader/frame.js';
import {frameFor} from '../reader/layout.js';
import type {Line} from '../reader/wrap.js';
import {endChoices, optionLines, questionLines} from '../quiz/screens.js';
import {answeredCount, score} from '../quiz/session.js';
import {appMode, quizTextLines, type AppState} from './state.js';

export interface QuizScreenModel {
	/** The whole frame; where a list is shown, its body holds only what comes before the list. */
	lines: Line[];
	bodyHeight: number;
	margin: number;
	/** Lines of the body above the list. */
	bodyAbove: Line[];
	list: null | {kind: 'options'; limit: number | undefined; width: number} | {kind: 'end'};
}

export function quizScreen(article: Article, state: AppState): QuizScreenModel {
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
		const width = frame.bodyWidth - 2;
		const tallest = Math.max(...question.options.map((_, index) => optionLines(question, index, width).length));
		// On a short terminal ink-select-input shows fewer options at once and scrolls through them.
		const limit = Math.max(1, Math.min(question.options.length, Math.floor((frame.bodyHeight - body.length) / tallest)));
		list = {kind: 'options', limit: limit < question.options.length ? limit : undefined, width};
	} else {
		const lines = quizTextLines(article, state);
		const choices = quiz.phase === 'end' ? endChoices(quiz).length : 0;
		const room = frame.bodyHeight - (choices > 0 ? choices + 1 : 0);
		body = lines.slice(state.quizScroll, state.quizScroll + room);
		if (state.quizScroll > 0) above = `↑ ${state.quizScroll} more above`;
		const hidden = lines.length - state.quizScroll - room;
		if (hidden > 0) below = `↓ ${hidden} more below`;
		if (choices > 0) {
			while (body.length < room + 1) body.push([]);
			list = {kind: 'end'};
		}
	}
	const lines = composeFrame({
		cols: viewport.cols,
		height: frame.height,
		headline: article.headline,
		position: quiz.phase === 'end' ? 'done' : `${quiz.index + 1}/${total}`,
		title: quiz.phase === 'end' ? `${round} · results` : `${round} · question ${quiz.index + 1} of ${total}`,
		above,
		body: list === null ? body : [],
		margin: frame.margin,
		status: [{text: quiz.phase === 'end' ? '' : answered === 0 ? 'Choose an answer' : `${score(quiz)} of ${answered} right so far`, style: {role: 'dim'}}],
		below,
		progress: total === 0 ? 1 : answered / total,
		hints: fitHints(appMode(state), hintsWidth(viewport.cols)),
	});
	return {lines, bodyHeight: frame.bodyHeight, margin: frame.margin, bodyAbove: body, list};
}
