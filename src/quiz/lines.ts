// What the quiz shows, as lines: the question, its options, the feedback with the cited passage,
// and the end-of-round summary. Pure, so the views only lay them out.
import {lookups, type Article} from '../content/model.js';
import {memoPer} from '../cache/memo.js';
import {findMatches, quoteRanges, styleRuns} from '../reader/document.js';
import {wrapSegments} from '../screen/wrap.js';
import {appendLines, type Line, type Style} from '../screen/line.js';
import {formatDuration, missed, optionLetters, score, type PresentedQuestion, type QuizState} from './session.js';

export function questionLines(question: PresentedQuestion, width: number): Line[] {
	return wrapSegments([{text: question.question, style: {role: 'headline'}}], width);
}

export function optionLabel(question: PresentedQuestion, index: number): string {
	return `${optionLetters[index]}. ${question.options[index]}`;
}

/** An option wrapped under its letter: "A. " hangs. */
export function optionLines(question: PresentedQuestion, index: number, width: number): Line[] {
	const lines = wrapSegments([{text: question.options[index]!, style: {role: 'text'}}], width - 3);
	return lines.map((line, row) => [{text: row === 0 ? `${optionLetters[index]}. ` : '   ', style: {role: 'key'}}, ...line]);
}

/** Where a paragraph is: "¶ 4, section 1 “Interference”". */
export function paragraphPosition(article: Article, paragraphId: string): string {
	const paragraph = lookups(article).paragraph.get(paragraphId);
	const sectionIndex = article.sections.findIndex((section) => section.id === paragraph?.sectionId);
	if (paragraph === undefined || sectionIndex === -1) return paragraphId;
	return `¶ ${paragraph.number}, section ${sectionIndex + 1} “${article.sections[sectionIndex]!.title}”`;
}

/** The paragraph with the cited words marked, and its quotes styled by speaker. */
export function passageLines(article: Article, paragraphId: string, cited: string, width: number): Line[] {
	const text = lookups(article).paragraph.get(paragraphId)?.text ?? '';
	const matches = findMatches(text, cited)
		.slice(0, 1)
		.map(([start, end]) => ({start, end, style: {role: 'text' as const, hit: 'current' as const}}));
	return wrapSegments(styleRuns(text, {role: 'text'}, quoteRanges(article, paragraphId, text), matches), width, '  ');
}

// Feedback is composed ahead for every option while the question is up (see useRehearsal), and
// again on each scroll; the lines are never changed once made, so they are kept per question.
const rememberedFeedback = memoPer<PresentedQuestion, Line[]>(16);

export function feedbackLines(article: Article, question: PresentedQuestion, chosen: number, width: number): Line[] {
	return rememberedFeedback(question, `${chosen} ${width}`, () => composeFeedback(article, question, chosen, width));
}

function composeFeedback(article: Article, question: PresentedQuestion, chosen: number, width: number): Line[] {
	const right = chosen === question.answer;
	const lines: Line[] = [];
	const add = (text: string, style: Style, indent = '') => appendLines(lines, wrapSegments([{text, style}], width, indent));
	// The question stays in view with its answer, as it was asked.
	add(question.question, {role: 'headline'});
	lines.push([]);
	add(right ? `✓ Right: ${optionLabel(question, chosen)}` : `✗ Not quite. You chose ${optionLabel(question, chosen)}`, {role: 'marker'});
	if (!right) add(`The answer: ${optionLabel(question, question.answer)}`, {role: 'headline'});
	lines.push([]);
	add(question.source.explanation, {role: 'text'});
	for (const evidence of question.source.evidence) {
		lines.push([]);
		add(`From ${paragraphPosition(article, evidence.paragraphId)}:`, {role: 'dim'});
		appendLines(lines, passageLines(article, evidence.paragraphId, evidence.text, width));
	}
	return lines;
}

export interface Best {
	score: number;
	total: number;
}

export function endLines(state: QuizState, best: Best | null, width: number): Line[] {
	const lines: Line[] = [];
	const add = (text: string, style: Style, indent = '') => appendLines(lines, wrapSegments([{text, style}], width, indent));
	const total = state.questions.length;
	const right = score(state);
	const percent = total === 0 ? 0 : Math.round((right / total) * 100);
	add(`${state.round === 'review' ? 'Review: ' : ''}${right} of ${total} right (${percent}%)`, {role: 'headline'});
	add(`Time: ${formatDuration((state.finishedAt ?? state.startedAt) - state.startedAt)}`, {role: 'text'});
	add(best === null ? 'Best before: none yet for this article' : `Best before: ${best.score} of ${best.total}`, {role: 'text'});
	// Only a full round can be asked again from the command line; a review asks what was missed.
	if (state.round === 'all') add(`Order: seed ${state.seed} (press-reader quiz --seed ${state.seed} asks in this order again)`, {role: 'dim'});
	else add('A review of the questions missed in the round before', {role: 'dim'});
	const wrong = missed(state);
	lines.push([]);
	if (wrong.length === 0) {
		add(total === 0 ? 'This article has no quiz questions.' : 'No mistakes.', {role: 'marker'});
		return lines;
	}
	add(`Missed (${wrong.length}):`, {role: 'heading'});
	for (const question of wrong) {
		const chosen = state.answers[state.questions.indexOf(question)]!;
		// A question that wraps hangs under its own text, as the you/answer lines below it do.
		const bulleted = wrapSegments([{text: question.question, style: {role: 'text'}}], width, '  ');
		const [first, ...rest] = bulleted[0]!;
		bulleted[0] = [{...first!, text: `•${first!.text.slice(1)}`}, ...rest];
		appendLines(lines, bulleted);
		add(`you: ${optionLabel(question, chosen)}`, {role: 'dim'}, '  ');
		add(`answer: ${optionLabel(question, question.answer)}`, {role: 'marker'}, '  ');
	}
	return lines;
}

export type EndChoice = 'review' | 'retry' | 'reader' | 'quit';

export function endChoices(state: QuizState): Array<{label: string; value: EndChoice}> {
	const choices: Array<{label: string; value: EndChoice}> = [];
	if (missed(state).length > 0) choices.push({label: 'Review mistakes', value: 'review'});
	choices.push({label: 'Retry, in a fresh order', value: 'retry'}, {label: 'Back to the article', value: 'reader'}, {label: 'Quit', value: 'quit'});
	return choices;
}
