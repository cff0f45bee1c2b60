// The speaker view's text: the step on the audience screen, the next one, and the section's notes.
import type {Article} from '../content/model.js';
import {turnInWords} from '../content/view.js';
import type {RoomMessage} from './channel.js';
import {fitWidth, textWidth} from '../text/width.js';
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
	if (step.kind === 'leaderboard') return `Leaderboard after question ${step.index + 1}: the top five`;
	if (step.kind === 'podium') return 'Podium: the final standings (ends the game)';
	const unit = sectionUnits(article, step.section)[step.unit]!;
	if (unit.kind === 'paragraph') return `¶ ${unit.paragraph.number}: ${unit.paragraph.text}`;
	return turnInWords(article, unit.turn);
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

const letters = 'ABCDEFGHIJ';

function tallyText(room: RoomMessage): string {
	return room.counts.map((count, index) => `${letters[index]} ${count}`).join(' · ');
}

/** What the room is doing, in a line. */
function roomStatus(room: RoomMessage): string {
	const question = `Question ${room.question + 1}`;
	switch (room.phase) {
		case 'lobby':
			return room.question < 0 ? 'No question asked yet' : 'Between questions: the phones follow the talk';
		case 'question':
			return `${question} open: ${room.answered} of ${room.expected} answered · ${tallyText(room)}${room.tallyHidden ? ' (hidden from the room)' : ''}`;
		case 'reveal':
			return `${question} revealed: ${room.answered} answered · ${tallyText(room)}`;
		case 'leaderboard':
			return `Leaderboard after ${question.toLowerCase()}`;
		case 'end':
			return 'Game over: the podium is on screen';
	}
}

/**
 * The room for the speaker view, in at most `height` lines: its code and state, the answers to the
 * open question, where the results went, and the players (name, score, connected ● or away ○) in
 * columns, by score, with how many more there are.
 */
export function roomNotesLines(room: RoomMessage, width: number, height: number): Line[] {
	const head: Line[] = [
		[{text: `ROOM ${room.code} · ${room.playerCount} ${room.playerCount === 1 ? 'player' : 'players'}, ${room.connectedCount} connected${room.locked ? ' · LOCKED' : ''}`, style: {role: 'heading'}}],
		...capped(roomStatus(room), {role: 'text'}, width, 2),
	];
	if (room.results !== null) {
		const text = room.results.error !== null ? `Results not written: ${room.results.error}` : room.results.written ? `Results written to ${room.results.file}` : `Writing the results to ${room.results.file}…`;
		head.push(...capped(text, {role: room.results.error !== null ? 'marker' : 'dim'}, width, 2));
	}
	const rows = Math.max(0, height - head.length);
	if (rows === 0 || room.players.length === 0) return [...head, ...(rows > 0 ? [[{text: '  Nobody has joined yet.', style: {role: 'dim'}}] as Line] : [])].slice(0, Math.max(1, height));
	const cellWidth = Math.min(width - 2, 34);
	const columns = Math.max(1, Math.floor((width - 2) / cellWidth));
	// Everyone, when they fit; otherwise a line is kept for how many more there are.
	const everyone = room.players.length === room.playerCount && Math.ceil(room.players.length / columns) <= rows;
	const shown = everyone ? room.players.length : Math.min(room.players.length, (rows - 1) * columns);
	const more = room.playerCount - shown;
	const cells = room.players.slice(0, shown).map((player): Line => {
		const score = player.score.toLocaleString('en');
		const room = cellWidth - 3 - score.length - 1;
		const name = fitWidth(player.name, Math.max(2, room));
		return [
			{text: player.connected ? '● ' : '○ ', style: {role: player.connected ? 'marker' : 'dim'}},
			{text: name, style: {role: 'text', dim: !player.connected}},
			{text: ' '.repeat(Math.max(1, cellWidth - 2 - textWidth(name) - score.length - 1)), style: {role: 'text'}},
			{text: `${score} `, style: {role: 'position', dim: !player.connected}},
		];
	});
	const lines: Line[] = [];
	for (let row = 0; row * columns < cells.length; row++) {
		lines.push([{text: '  ', style: {role: 'text'}}, ...cells.slice(row * columns, row * columns + columns).flat()]);
	}
	if (more > 0) lines.push([{text: `  +${more} more`, style: {role: 'dim'}}]);
	return [...head, ...lines];
}
