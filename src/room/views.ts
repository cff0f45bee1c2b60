// What each screen is shown, derived from the game state: a phone's snapshot (sent over the
// wire, so it holds nothing the player may not see yet) and the presenter's (in process, for the
// projector and the speaker view). Pure functions of the state and the time.
import type {Article, Question} from '../content/model.js';
import {eligible, standings, tally, type Follow, type GameState, type Phase, type Player, type Standing as GameStanding} from './game.js';
import type {EvidencePassage, PlayerSnapshot} from './protocol.js';

export interface RoomQuestion {
	id: string;
	text: string;
	options: string[];
	answer: number;
	explanation: string;
	/** The cited paragraphs, each with its cited words marked. */
	evidence: EvidencePassage[];
}

export const topCount = 5;

function place(article: Article, paragraphId: string): string {
	if (paragraphId === 'headline') return 'the headline';
	if (paragraphId === 'standfirst') return 'the standfirst';
	const paragraph = article.paragraphs.find((candidate) => candidate.id === paragraphId);
	const sectionIndex = article.sections.findIndex((section) => section.id === paragraph?.sectionId);
	if (paragraph === undefined || sectionIndex === -1) return paragraphId;
	return `¶ ${paragraph.number}, section ${sectionIndex + 1} “${article.sections[sectionIndex]!.title}”`;
}

function paragraphText(article: Article, paragraphId: string): string {
	if (paragraphId === 'headline') return article.headline;
	if (paragraphId === 'standfirst') return article.standfirst ?? '';
	return article.paragraphs.find((paragraph) => paragraph.id === paragraphId)?.text ?? '';
}

/**
 * The most of a step's or a cited paragraph's text the phones are sent. A phone shows a passage,
 * not a chapter, and a paragraph of a megabyte sent to every phone at each step (over what the
 * terminal client takes in one message) had it reconnecting for ever.
 */
export const maxShownText = 2000;
/** Characters kept either side of the cited words when a paragraph is cut. */
const context = 600;

/** The text cut to `limit` characters, marked with "…" (never half a surrogate pair). */
export function clipText(text: string, limit = maxShownText): string {
	return text.length <= limit ? text : `${text.slice(0, limit).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A long cited paragraph as the words around what it cites, the marks moved to match. */
function excerpt(passage: EvidencePassage): EvidencePassage {
	if (passage.text.length <= maxShownText) return passage;
	const first = passage.marks[0];
	const last = passage.marks.at(-1);
	if (first === undefined || last === undefined) return {...passage, text: clipText(passage.text)};
	const start = Math.max(0, first[0] - context);
	const end = Math.min(passage.text.length, last[1] + context);
	const lead = start > 0 ? '…' : '';
	const shift = lead.length - start;
	return {...passage, text: `${lead}${passage.text.slice(start, end)}${end < passage.text.length ? '…' : ''}`, marks: passage.marks.map(([from, to]) => [from + shift, to + shift])};
}

/** The questions as the room shows them: evidence of one paragraph is one passage with several marks. */
export function roomQuestions(article: Article, questions: readonly Question[]): RoomQuestion[] {
	return questions.map((question) => {
		const passages = new Map<string, EvidencePassage>();
		for (const cited of question.evidence) {
			const passage = passages.get(cited.paragraphId) ?? {place: place(article, cited.paragraphId), text: paragraphText(article, cited.paragraphId), marks: []};
			const start = passage.text.indexOf(cited.text);
			if (start !== -1) passage.marks.push([start, start + cited.text.length]);
			passages.set(cited.paragraphId, passage);
		}
		for (const passage of passages.values()) passage.marks.sort((a, b) => a[0] - b[0]);
		return {id: question.id, text: question.question, options: [...question.options], answer: question.answer, explanation: question.explanation, evidence: [...passages.values()].map(excerpt)};
	});
}

/** Standings computed once per broadcast, shared by every player's snapshot. */
export interface Ranking {
	ordered: GameStanding[];
	byId: Map<string, GameStanding>;
	top: Array<{name: string; score: number; rank: number}>;
}

/**
 * A player's score as shown: while a question is open, without what it earned there. Points
 * arriving with the answer would tell the player (and, by the ranks, everyone) whether it was
 * right before the reveal.
 */
function shownScore(state: GameState, player: Player): number {
	const pending = state.phase === 'question' ? player.answers[state.question] : undefined;
	return pending === undefined ? player.score : player.score - pending.points - pending.bonus;
}

/** Standings as the presenter sees them, scores as they stand. */
export function ranking(state: GameState): Ranking {
	return rankingOf(state.players);
}

/** Standings as the phones see them: while a question is open, as they stood when it opened. */
export function playerRanking(state: GameState): Ranking {
	return rankingOf(state.phase === 'question' ? state.players.map((player) => ({...player, score: shownScore(state, player)})) : state.players);
}

function rankingOf(players: readonly Player[]): Ranking {
	const ordered = standings(players);
	return {ordered, byId: new Map(ordered.map((standing) => [standing.id, standing])), top: ordered.slice(0, topCount).map(({name, score, rank}) => ({name, score, rank}))};
}

export interface ViewOptions {
	questions: readonly RoomQuestion[];
	hideTally: boolean;
}

/** One player's screen. The correct option and its evidence appear only once the question closed. */
export function playerSnapshot(state: GameState, player: Player, now: number, options: ViewOptions, ranks: Ranking = playerRanking(state)): PlayerSnapshot {
	const index = state.question;
	const current = options.questions[index];
	const answer = index >= 0 ? player.answers[index] : undefined;
	const scored = state.closed.some(Boolean);
	const snapshot: PlayerSnapshot = {
		phase: state.phase,
		name: player.name,
		score: shownScore(state, player),
		rank: scored ? (ranks.byId.get(player.id)?.rank ?? null) : null,
		players: state.players.length,
		questionCount: options.questions.length,
		follow: state.follow,
		question: null,
		reveal: null,
		top: state.phase === 'leaderboard' || state.phase === 'end' ? ranks.top : [],
	};
	if (state.phase === 'question' && current !== undefined) {
		const mayAnswer = eligible(player, state.round);
		snapshot.question = {
			index,
			text: current.text,
			options: current.options,
			endsInMs: Math.max(0, state.deadline - now),
			timerMs: state.config.timerMs,
			chosen: answer?.option ?? null,
			canAnswer: mayAnswer && answer === undefined && now <= state.deadline,
		};
	}
	if (state.phase === 'reveal' && current !== undefined) {
		snapshot.reveal = {
			index,
			text: current.text,
			options: current.options,
			answer: current.answer,
			chosen: answer?.option ?? null,
			correct: answer?.correct ?? false,
			points: answer?.points ?? 0,
			bonus: answer?.bonus ?? 0,
			explanation: current.explanation,
			evidence: current.evidence,
			counts: options.hideTally ? null : tally(state, index),
		};
	}
	return snapshot;
}

export interface PresenterPlayer {
	id: string;
	name: string;
	connected: boolean;
	score: number;
	rank: number;
	/** Whether they answered the question open now (or last shown). */
	answered: boolean;
}

/** What the projector and the speaker view draw. */
export interface RoomSnapshot {
	phase: Phase;
	code: string;
	/** Join addresses, the first being the one to show. */
	urls: string[];
	locked: boolean;
	follow: Follow | null;
	questionCount: number;
	/** Index of the question open or last shown; -1 before the first. */
	question: number;
	/** By index: questions played and closed, which the room shows revealed again rather than replaying. */
	closed: boolean[];
	/** The question's text and options while one is open or revealed. */
	prompt: {text: string; options: string[]} | null;
	/** Epoch ms (this process's clock) when the open question closes; null when none is open. */
	deadline: number | null;
	endsInMs: number;
	timerMs: number;
	/** "answered n of m": m counts connected players who may answer this question. */
	answered: number;
	expected: number;
	/** Players per option for the current question. */
	counts: number[];
	/** --hide-tally: do not show `counts` to the room (they are still here and in the results). */
	tallyHidden: boolean;
	/** The answer, explanation and evidence, once the question closed. */
	reveal: {answer: number; explanation: string; evidence: EvidencePassage[]} | null;
	top: Array<{name: string; score: number; rank: number}>;
	players: PresenterPlayer[];
	playerCount: number;
	connectedCount: number;
	/** Messages dropped as malformed, unknown or over the rate limit, since the room opened. */
	dropped: number;
	/** The last write of the results file (--results): where, when, and the one-line error if it failed. */
	results: ResultsStatus | null;
}

export interface ResultsStatus {
	file: string;
	writtenAt: number | null;
	error: string | null;
}

export function presenterSnapshot(state: GameState, now: number, options: ViewOptions & {code: string; urls: string[]; dropped: number; results?: ResultsStatus | null}): RoomSnapshot {
	const index = state.question;
	const current = options.questions[index];
	const ranks = ranking(state);
	let answered = 0;
	let expected = 0;
	for (const player of state.players) {
		if (player.answers[index] !== undefined) answered++;
		if (player.connected && eligible(player, state.round)) expected++;
	}
	const open = state.phase === 'question';
	const byId = new Map(state.players.map((player) => [player.id, player]));
	return {
		phase: state.phase,
		code: options.code,
		urls: options.urls,
		locked: state.locked,
		follow: state.follow,
		questionCount: options.questions.length,
		question: index,
		closed: [...state.closed],
		prompt: (open || state.phase === 'reveal') && current !== undefined ? {text: current.text, options: current.options} : null,
		deadline: open ? state.deadline : null,
		endsInMs: open ? Math.max(0, state.deadline - now) : 0,
		timerMs: state.config.timerMs,
		answered,
		expected: open ? expected : answered,
		counts: index >= 0 ? tally(state, index) : [],
		tallyHidden: options.hideTally,
		reveal: state.phase === 'reveal' && current !== undefined ? {answer: current.answer, explanation: current.explanation, evidence: current.evidence} : null,
		top: ranks.top,
		players: ranks.ordered.map((standing) => {
			const player = byId.get(standing.id);
			return {id: standing.id, name: standing.name, connected: standing.connected, score: standing.score, rank: standing.rank, answered: index >= 0 && player?.answers[index] !== undefined};
		}),
		playerCount: state.players.length,
		connectedCount: state.players.filter((player) => player.connected).length,
		dropped: options.dropped,
		results: options.results ?? null,
	};
}
