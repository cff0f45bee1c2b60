// The speaker view's text: the step on the audience screen, the next one, and the section's notes.
import type {Article} from '../content/model.js';
import {wrapSegments} from '../screen/wrap.js';
import {type Line, type Style} from '../screen/line.js';
import {optionLabel} from '../quiz/lines.js';
import {presentQuiz} from '../quiz/session.js';
import {sectionUnits, sectionOfStep, type Step} from './steps.js';

/** A step in words, for previews: "Sergei Lavrov · said: “…”". */
export function stepSummary(article: Article, step: Step): string {
	if (step.kind === 'title') return `Title: ${article.headline}`;
	if (step.kind === 'question') {
		const question = presentQuiz(article.quiz, null)[step.index]!;
		return step.answer
			? `Quiz ${step.index + 1}, answer: ${optionLabel(question, question.answer)}`
			: `Quiz ${step.index + 1}: ${question.question}`;
	}
	const unit = sectionUnits(article, step.section)[step.unit]!;
	if (unit.kind === 'paragraph') return `¶ ${unit.paragraph.number}: ${unit.paragraph.text}`;
	const {turn} = unit;
	if (turn.kind === 'narration') return `[${turn.text}]`;
	const speaker = article.people.find((person) => person.id === turn.speakerId)?.name ?? 'Unknown';
	if (turn.kind === 'reported') return `${speaker} (reported): ${turn.text}`;
	const quote = article.quotes.find((candidate) => candidate.id === turn.quoteId);
	return `${speaker} · ${quote?.cue ?? 'said'}: “${turn.text}”`;
}

/** Wraps, keeping at most `max` lines; a cut is marked with "…". */
function capped(text: string, style: Style, width: number, max: number, indent = '  '): Line[] {
	const lines = wrapSegments([{text, style}], width, indent);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, Math.max(1, max));
	kept[kept.length - 1] = [...kept.at(-1)!, {text: ' …', style: {role: 'dim'}}];
	return kept;
}

export function sectionLabel(article: Article, step: Step): string {
	const section = sectionOfStep(article, step);
	if (section === -1) return 'Title';
	if (section === article.sections.length) return 'Quiz';
	return `Section ${section + 1}/${article.sections.length}: ${article.sections[section]!.title}`;
}

export function notesLines(article: Article, steps: readonly Step[], stepIndex: number, page: {page: number; pages: number}, width: number, height: number): Line[] {
	const step = steps[stepIndex]!;
	const next = steps[stepIndex + 1];
	const section = sectionOfStep(article, step);
	const notes = section >= 0 && section < article.sections.length ? article.sections[section]!.notes : '';
	const pageNote = page.pages > 1 ? ` (page ${page.page + 1} of ${page.pages})` : '';
	const nowHeader: Line = [{text: `NOW · step ${stepIndex + 1} of ${steps.length}${pageNote}`, style: {role: 'heading'}}];
	const nextHeader: Line = [{text: 'NEXT', style: {role: 'heading'}}];
	const notesHeader: Line = [{text: `NOTES · ${sectionLabel(article, step)}`, style: {role: 'heading'}}];
	const budget = Math.max(3, height - 5);
	const now = capped(stepSummary(article, step), {role: 'text'}, width, Math.max(1, Math.floor(budget * 0.35)));
	const nextText = next === undefined ? 'The end of the presentation.' : `${sectionOfStep(article, next) !== section ? `${sectionLabel(article, next)} — ` : ''}${stepSummary(article, next)}`;
	const upcoming = capped(nextText, {role: 'dim'}, width, Math.max(1, Math.floor(budget * 0.25)));
	const rest = Math.max(1, height - now.length - upcoming.length - 5);
	const notesBody = notes === '' ? [[{text: '  (no notes for this part)', style: {role: 'dim'}}] as Line] : capped(notes.replace(/\s*\n\s*/g, ' '), {role: 'text'}, width, rest);
	return [nowHeader, ...now, [], nextHeader, ...upcoming, [], notesHeader, ...notesBody];
}
