// The room's game as a pure reducer: no sockets, no timers, no clock. Every action carries the
// server's time (`now`, in ms); the server (src/room/server.ts) dispatches actions and sends the
// screens derived from the state (src/room/views.ts).
//
// Phases: lobby → question → reveal → leaderboard → question → … → end. Only the presenter's
// commands (open, close, leaderboard, end, lock, follow) change the phase, apart from a question
// closing itself at its deadline (`tick`) or once every connected player has answered. Lobby is
// also where phones follow the talk between questions: `follow` after a reveal or leaderboard
// goes back to it.
//
// Scoring, as Kahoot does it: a right answer given t ms after the question opened, with T ms to
// answer, earns round(1000 × (1 − t / T / 2)): 1000 at once, 500 at the deadline. The streak
// bonus (on by default) adds 100 for each right answer in a row before this one, at most 500:
// the second right answer in a row earns +100, the third +200, the sixth and later +500. A wrong
// answer, or no answer to a question the player could answer, ends the streak.
//
// Late joiners: a player who joins while a question is open enters at the next question; the
// questions before they joined are not scored for them (no points, no broken streak).
//
// A player who disconnects keeps their place, score and name for 3 minutes and can resume with
// their token; after that (or after leaving) they are out of the game and their name is free
// again, but their answers stay in the results.

import {nameKey} from './nickname.js';

export type Phase = 'lobby' | 'question' | 'reveal' | 'leaderboard' | 'end';

export const resumeWindowMs = 3 * 60_000;
export const maxPoints = 1000;
export const streakStep = 100;
export const streakCap = 500;

export interface GameQuestion {
	/** How many options the question offers. */
	options: number;
	/** Index of the correct option. */
	answer: number;
}

export interface GameConfig {
	questions: readonly GameQuestion[];
	timerMs: number;
	maxPlayers: number;
	streakBonus: boolean;
	/** Close a question as soon as every connected player who may answer it has. */
	autoClose: boolean;
}

export interface AnswerRecord {
	option: number;
	/** Server time from the question opening to the answer. */
	elapsedMs: number;
	correct: boolean;
	/** Points for speed (0 when wrong). */
	points: number;
	/** Streak bonus (0 when wrong or off). */
	bonus: number;
}

export interface Player {
	id: string;
	/** The secret a player resumes with; never shown to anyone else. */
	token: string;
	name: string;
	/** The name case folded: unique among players. */
	key: string;
	joinedAt: number;
	connected: boolean;
	/** When the player's connection dropped; null while connected. */
	disconnectedAt: number | null;
	/** The first round (1 = the first question opened) the player may answer. */
	firstRound: number;
	score: number;
	/** Right answers in a row. */
	streak: number;
	/** By question index. */
	answers: Readonly<Record<number, AnswerRecord>>;
}

export interface Follow {
	title: string;
	text: string;
}

export interface GameState {
	config: GameConfig;
	phase: Phase;
	/** Index of the question open or last shown; -1 before the first. */
	question: number;
	/** How many times a question has been opened. */
	round: number;
	openedAt: number;
	deadline: number;
	locked: boolean;
	players: readonly Player[];
	/** Players who left or whose resume window ran out: out of the game, kept for the results. */
	departed: readonly Player[];
	/** Questions that have been opened and closed, by index; a closed question is never replayed. */
	closed: readonly boolean[];
	/** The round each question was opened in, by index (0: never opened). */
	openedIn: readonly number[];
	/** The talk's current step, shown on phones between questions. */
	follow: Follow | null;
}

export type Refusal =
	| 'locked'
	| 'full'
	| 'name-taken'
	| 'duplicate-id'
	| 'unknown-token'
	| 'unknown-player'
	| 'not-open'
	| 'wrong-question'
	| 'late'
	| 'already-answered'
	| 'not-eligible'
	| 'bad-option'
	| 'bad-question';

export type GameAction =
	| {type: 'join'; now: number; id: string; token: string; name: string}
	| {type: 'resume'; now: number; token: string}
	| {type: 'disconnect'; now: number; id: string}
	| {type: 'leave'; now: number; id: string}
	| {type: 'open'; now: number; question: number}
	| {type: 'answer'; now: number; id: string; question: number; option: number}
	| {type: 'close'; now: number}
	| {type: 'leaderboard'; now: number}
	| {type: 'end'; now: number}
	| {type: 'lock'; locked: boolean}
	| {type: 'follow'; follow: Follow | null}
	| {type: 'tick'; now: number};

export interface Outcome {
	state: GameState;
	/** Why the action was refused; the state is then unchanged. */
	refused?: Refusal;
	/** The player the action concerned (join, resume). */
	player?: Player;
}

export const defaultConfig = {timerMs: 20_000, maxPlayers: 500, streakBonus: true, autoClose: true} as const;

export function newGame(config: Partial<GameConfig> & Pick<GameConfig, 'questions'>): GameState {
	return {
		config: {...defaultConfig, ...config},
		phase: 'lobby',
		question: -1,
		round: 0,
		openedAt: 0,
		deadline: 0,
		locked: false,
		players: [],
		departed: [],
		closed: config.questions.map(() => false),
		openedIn: config.questions.map(() => 0),
		follow: null,
	};
}

/** Points for a right answer `elapsedMs` after opening, with `timerMs` to answer. */
export function speedPoints(elapsedMs: number, timerMs: number): number {
	const fraction = Math.min(Math.max(elapsedMs / timerMs, 0), 1);
	return Math.round(maxPoints * (1 - fraction / 2));
}

/** The bonus for a right answer that makes a streak of `streak` right answers in a row. */
export function streakBonus(streak: number): number {
	return Math.min(Math.max(streak - 1, 0) * streakStep, streakCap);
}

/** Whether the player may answer the question open in this round (late joiners may not). */
export function eligible(player: Player, round: number): boolean {
	return player.firstRound <= round;
}

const refuse = (state: GameState, refused: Refusal): Outcome => ({state, refused});

function updatePlayer(state: GameState, id: string, change: (player: Player) => Player): GameState {
	return {...state, players: state.players.map((player) => (player.id === id ? change(player) : player))};
}

/** The question is over: unanswered eligible players lose their streak; phase goes to reveal. */
function closeQuestion(state: GameState): GameState {
	if (state.phase !== 'question') return state;
	const index = state.question;
	const players = state.players.map((player) =>
		eligible(player, state.round) && player.answers[index] === undefined && player.streak !== 0 ? {...player, streak: 0} : player,
	);
	const closed = state.closed.map((done, at) => done || at === index);
	return {...state, phase: 'reveal', players, closed};
}

/** Closes the question once every connected player who may answer has (and someone has). */
function closeIfAllAnswered(state: GameState): GameState {
	if (!state.config.autoClose || state.phase !== 'question') return state;
	let waiting = 0;
	let answered = 0;
	for (const player of state.players) {
		if (!player.connected || !eligible(player, state.round)) continue;
		if (player.answers[state.question] === undefined) waiting++;
		else answered++;
	}
	return waiting === 0 && answered > 0 ? closeQuestion(state) : state;
}

function expire(state: GameState, now: number): GameState {
	const gone = state.players.filter((player) => !player.connected && player.disconnectedAt !== null && now - player.disconnectedAt >= resumeWindowMs);
	if (gone.length === 0) return state;
	return {...state, players: state.players.filter((player) => !gone.includes(player)), departed: [...state.departed, ...gone]};
}

export function apply(state: GameState, action: GameAction): Outcome {
	switch (action.type) {
		case 'join': {
			if (state.locked) return refuse(state, 'locked');
			if (state.players.length >= state.config.maxPlayers) return refuse(state, 'full');
			const key = nameKey(action.name);
			if (state.players.some((player) => player.key === key)) return refuse(state, 'name-taken');
			if (state.players.some((player) => player.id === action.id) || state.departed.some((player) => player.id === action.id)) return refuse(state, 'duplicate-id');
			// Whoever joins during a question starts with the next one.
			const player: Player = {
				id: action.id,
				token: action.token,
				name: action.name,
				key,
				joinedAt: action.now,
				connected: true,
				disconnectedAt: null,
				firstRound: state.round + 1,
				score: 0,
				streak: 0,
				answers: {},
			};
			return {state: {...state, players: [...state.players, player]}, player};
		}
		case 'resume': {
			const found = state.players.find((player) => player.token === action.token);
			if (found === undefined) return refuse(state, 'unknown-token');
			if (found.disconnectedAt !== null && action.now - found.disconnectedAt >= resumeWindowMs) return refuse(expire(state, action.now), 'unknown-token');
			const player = {...found, connected: true, disconnectedAt: null};
			return {state: updatePlayer(state, found.id, () => player), player};
		}
		case 'disconnect': {
			if (!state.players.some((player) => player.id === action.id)) return refuse(state, 'unknown-player');
			const next = updatePlayer(state, action.id, (player) => ({...player, connected: false, disconnectedAt: player.disconnectedAt ?? action.now}));
			return {state: closeIfAllAnswered(next)};
		}
		case 'leave': {
			const player = state.players.find((candidate) => candidate.id === action.id);
			if (player === undefined) return refuse(state, 'unknown-player');
			const next = {...state, players: state.players.filter((candidate) => candidate !== player), departed: [...state.departed, {...player, connected: false, disconnectedAt: action.now}]};
			return {state: closeIfAllAnswered(next)};
		}
		case 'open': {
			if (!Number.isInteger(action.question) || action.question < 0 || action.question >= state.config.questions.length) return refuse(state, 'bad-question');
			if (state.phase === 'question' && state.question === action.question) return {state};
			const current = closeQuestion(state);
			// A question already played is shown as revealed again, never replayed or rescored.
			if (current.closed[action.question]) return {state: {...current, phase: 'reveal', question: action.question}};
			return {
				state: {
					...current,
					phase: 'question',
					question: action.question,
					round: current.round + 1,
					openedIn: current.openedIn.map((round, at) => (at === action.question ? current.round + 1 : round)),
					openedAt: action.now,
					deadline: action.now + current.config.timerMs,
				},
			};
		}
		case 'answer': {
			if (state.phase !== 'question') return refuse(state, 'not-open');
			if (action.question !== state.question) return refuse(state, 'wrong-question');
			if (action.now > state.deadline) return refuse(state, 'late');
			const player = state.players.find((candidate) => candidate.id === action.id);
			if (player === undefined) return refuse(state, 'unknown-player');
			if (!eligible(player, state.round)) return refuse(state, 'not-eligible');
			if (player.answers[state.question] !== undefined) return refuse(state, 'already-answered');
			const question = state.config.questions[state.question]!;
			if (!Number.isInteger(action.option) || action.option < 0 || action.option >= question.options) return refuse(state, 'bad-option');
			const elapsedMs = Math.max(0, action.now - state.openedAt);
			const correct = action.option === question.answer;
			const streak = correct ? player.streak + 1 : 0;
			const points = correct ? speedPoints(elapsedMs, state.config.timerMs) : 0;
			const bonus = correct && state.config.streakBonus ? streakBonus(streak) : 0;
			const record: AnswerRecord = {option: action.option, elapsedMs, correct, points, bonus};
			const next = updatePlayer(state, player.id, (found) => ({
				...found,
				streak,
				score: found.score + points + bonus,
				answers: {...found.answers, [state.question]: record},
			}));
			return {state: closeIfAllAnswered(next)};
		}
		case 'close':
			return {state: closeQuestion(state)};
		case 'leaderboard':
			return {state: {...closeQuestion(state), phase: 'leaderboard'}};
		case 'end':
			return {state: {...closeQuestion(state), phase: 'end'}};
		case 'lock':
			return {state: {...state, locked: action.locked}};
		case 'follow':
			// The talk has moved on: phones leave the reveal or leaderboard for the step (phase
			// lobby: "waiting for the next question"). An open question or the podium stays put.
			return {state: {...state, follow: action.follow, phase: state.phase === 'reveal' || state.phase === 'leaderboard' ? 'lobby' : state.phase}};
		case 'tick': {
			const timedOut = state.phase === 'question' && action.now >= state.deadline ? closeQuestion(state) : state;
			return {state: expire(timedOut, action.now)};
		}
	}
}

/** The state after the action, whether or not it was refused. */
export function reduce(state: GameState, action: GameAction): GameState {
	return apply(state, action).state;
}

export interface Standing {
	id: string;
	name: string;
	score: number;
	/** 1-based; players with equal scores share a rank (1, 2, 2, 4). */
	rank: number;
	connected: boolean;
}

/** Players by score, highest first, ties by name; equal scores share a rank. */
export function standings(players: readonly Player[]): Standing[] {
	const ordered = [...players].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key) || a.joinedAt - b.joinedAt);
	let rank = 0;
	return ordered.map((player, index) => {
		if (index === 0 || ordered[index - 1]!.score !== player.score) rank = index + 1;
		return {id: player.id, name: player.name, score: player.score, rank, connected: player.connected};
	});
}

/** Per option, how many players chose it for the question. Departed players' answers count too. */
export function tally(state: GameState, question: number): number[] {
	const counts = new Array<number>(state.config.questions[question]?.options ?? 0).fill(0);
	for (const player of [...state.players, ...state.departed]) {
		const answer = player.answers[question];
		if (answer !== undefined) counts[answer.option] = (counts[answer.option] ?? 0) + 1;
	}
	return counts;
}

export function nameTaken(state: GameState, key: string): boolean {
	return state.players.some((player) => player.key === key);
}
