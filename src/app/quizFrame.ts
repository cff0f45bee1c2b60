// The quiz's screens, pure. A question and the end of a round hold a list, which
// ink-select-input draws and takes the keys for (ui/QuizView.tsx); this composes what surrounds
// it. The feedback after an answer is long text, composed whole.
import type {Article} from '../content/model.js';
import {fitHints} from '../keys/hints.js';
import {composeFrame, frameFooter, frameHeader, hintsWidth} from '../screen/frame.js';
import {frameFor} from '../screen/layout.js';
import type {Line, Segment} from '../screen/line.js';
import {listLimit, pointerWidth, type ListScreen} from '../screen/list.js';
import {endChoices, optionLines, questionLines} from '../quiz/lines.js';
import {answeredCount, score} from '../quiz/session.js';
import {appMode, quizTextLines, quizTextRoom, type AppState} from './state.js';

function chrome(article: Article, state: AppState, above: string, below: string, note = '') {
	const quiz = state.quiz!;
	const {viewport} = state.reader;
	const total = quiz.questions.length;
	const round = quiz.round === 'review' ? 'Review' : 'Quiz';
	const answered = answeredCount(quiz);
	const status: Segment[] =
		state.notice !== null
			? [{text: state.notice, style: {role: 'marker'}}]
			: [{text: quiz.phase === 'end' ? '' : answered === 0 ? 'Choose an answer' : `${score(quiz)} of ${answered} right so far`, style: {role: 'dim'}}];
	const header = frameHeader({
		cols: viewport.cols,
		headline: article.headline,
		position: quiz.phase === 'end' ? 'done' : `${quiz.index + 1}/${total}`,
		title: quiz.phase === 'end' ? `${round} · results` : `${round} · question ${quiz.index + 1} of ${total}`,
		above: above || note,
	});
	const footer = frameFooter({
		cols: viewport.cols,
		status,
		below,
		progress: total === 0 ? 1 : answered / total,
		hints: fitHints(appMode(state), hintsWidth(viewport.cols), {optionCount: quiz.questions[quiz.index]?.options.length}),
	});
	return {header, footer};
}

/** A question with its options, or the end of a round with its choices. */
export function quizListScreen(article: Article, state: AppState): ListScreen {
	const quiz = state.quiz!;
	const frame = frameFor(state.reader.viewport);
	const entryWidth = frame.bodyWidth - pointerWidth;
	if (quiz.phase === 'question') {
		const question = quiz.questions[quiz.index]!;
		const entries = question.options.map((_, index) => optionLines(question, index, entryWidth));
		let intro = [...questionLines(question, frame.bodyWidth), []];
		const tallest = Math.max(...entries.map((lines) => lines.length));
		// The question gives way (cut, marked) before the options would drop below one at a time.
		if (intro.length + tallest > frame.bodyHeight) intro = [...intro.slice(0, Math.max(1, frame.bodyHeight - tallest - 1)), [{text: '…', style: {role: 'dim'}}]];
		const limit = listLimit(entries, frame.bodyHeight - intro.length);
		const {header, footer} = chrome(article, state, '', '', limit === undefined ? '' : `${question.options.length - limit} more: ↑/↓`);
		return {header, intro, entries, limit, initial: 0, footer, margin: frame.margin, width: frame.bodyWidth, height: frame.height};
	}
	const lines = quizTextLines(article, state);
	const room = quizTextRoom(state);
	const intro = lines.slice(state.quizScroll, state.quizScroll + room);
	while (intro.length < room) intro.push([]);
	const hidden = lines.length - state.quizScroll - room;
	const {header, footer} = chrome(article, state, state.quizScroll > 0 ? `↑ ${state.quizScroll} more above` : '', hidden > 0 ? `↓ ${hidden} more below` : '');
	const entries = endChoices(quiz).map((choice) => [[{text: choice.label, style: {role: 'text'}}]] as Line[]);
	return {header, intro, entries, limit: undefined, initial: 0, footer, margin: frame.margin, width: frame.bodyWidth, height: frame.height};
}

/** After an answer: the whole screen, with the feedback scrolled as the user left it. */
export function quizFeedbackScreen(article: Article, state: AppState): Line[] {
	const {viewport} = state.reader;
	const frame = frameFor(viewport);
	const lines = quizTextLines(article, state);
	const hidden = lines.length - state.quizScroll - frame.bodyHeight;
	const {header, footer} = chrome(article, state, state.quizScroll > 0 ? `↑ ${state.quizScroll} more above` : '', hidden > 0 ? `↓ ${hidden} more below` : '');
	return composeFrame({
		height: frame.height,
		header,
		body: lines.slice(state.quizScroll, state.quizScroll + frame.bodyHeight),
		margin: frame.margin,
		footer,
	});
}
