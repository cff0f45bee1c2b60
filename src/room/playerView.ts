// What a player sees, as a pure reducer over connection events and server messages. The phone
// page (src/room/page/main.ts, bundled into the page) and the terminal client (src/room/client.ts,
// under `press-reader join`) both draw from it, so the two cannot disagree about what a phase
// means. Times are the client's own clock: the server sends how long is left, not when.
import type {PlayerSnapshot, ServerMessage} from './protocol.js';

export type Connection = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Why the client stopped for good: the room closed, the player resumed elsewhere, or left. */
export type Ended = 'room-closed' | 'replaced' | 'left' | 'expired';

export interface PlayerView {
	connection: Connection;
	/** Set once the server welcomed this player (joined or resumed). */
	name: string | null;
	token: string | null;
	snapshot: PlayerSnapshot | null;
	/** Client clock time at which the open question closes. */
	deadline: number | null;
	/** An option sent and not yet confirmed by a snapshot. */
	pending: number | null;
	error: {reason: string; message: string} | null;
	ended: Ended | null;
}

export type ViewEvent =
	| {type: 'connecting'}
	| {type: 'open'}
	| {type: 'lost'}
	| {type: 'message'; message: ServerMessage; now: number}
	| {type: 'answer'; option: number}
	| {type: 'ended'; ended: Ended}
	| {type: 'dismiss'};

export const initialView: PlayerView = {connection: 'connecting', name: null, token: null, snapshot: null, deadline: null, pending: null, error: null, ended: null};

export function playerView(view: PlayerView, event: ViewEvent): PlayerView {
	switch (event.type) {
		case 'connecting':
			return {...view, connection: view.snapshot === null && view.name === null ? 'connecting' : 'reconnecting'};
		case 'open':
			return {...view, connection: 'open'};
		case 'lost':
			return view.ended === null ? {...view, connection: 'reconnecting'} : view;
		case 'ended':
			return {...view, connection: 'closed', ended: event.ended, pending: null};
		case 'dismiss':
			return {...view, error: null};
		case 'answer':
			return canAnswer(view) ? {...view, pending: event.option, error: null} : view;
		case 'message': {
			const message = event.message;
			if (message.type === 'welcome') return {...view, name: message.name, token: message.token, error: null, ended: null};
			if (message.type === 'refused') {
				const expired = message.reason === 'unknown-token';
				return {...view, pending: null, error: {reason: message.reason, message: message.message}, token: expired ? null : view.token, name: expired ? null : view.name, snapshot: expired ? null : view.snapshot};
			}
			if (message.type === 'state') {
				const state = message.state;
				const deadline = state.question === null ? null : event.now + state.question.endsInMs;
				const stillOpen = state.question !== null && state.question.chosen === null && view.snapshot?.question?.index === state.question.index;
				return {...view, name: state.name, snapshot: state, deadline, pending: stillOpen ? view.pending : null};
			}
			return view;
		}
	}
}

/** Whether the player can still pick an option for the open question. */
export function canAnswer(view: PlayerView): boolean {
	const question = view.snapshot?.question;
	return question != null && question.canAnswer && question.chosen === null && view.pending === null;
}

/** Whole seconds left to answer (rounded up), or null when no question is open. */
export function secondsLeft(view: PlayerView, now: number): number | null {
	if (view.deadline === null) return null;
	return Math.max(0, Math.ceil((view.deadline - now) / 1000));
}

export type Screen = 'join' | 'lobby' | 'question' | 'locked' | 'next-question' | 'reveal' | 'leaderboard' | 'end' | 'ended';

/** The screen to draw. */
export function screenOf(view: PlayerView): Screen {
	if (view.ended !== null && view.ended !== 'room-closed') return 'ended';
	const snapshot = view.snapshot;
	if (snapshot === null) return view.ended === 'room-closed' ? 'ended' : 'join';
	if (snapshot.phase === 'question' && snapshot.question !== null) {
		if (snapshot.question.chosen !== null || view.pending !== null) return 'locked';
		return snapshot.question.canAnswer ? 'question' : 'next-question';
	}
	if (snapshot.phase === 'reveal') return 'reveal';
	if (snapshot.phase === 'leaderboard') return 'leaderboard';
	if (snapshot.phase === 'end') return 'end';
	return 'lobby';
}

/** The option locked in for the open question (confirmed, or sent and waiting). */
export function chosenOption(view: PlayerView): number | null {
	return view.snapshot?.question?.chosen ?? view.pending;
}

export const optionLetters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

/** Text split around the marked ranges, for drawing the cited words highlighted. */
export function markedRuns(text: string, marks: ReadonlyArray<readonly [number, number]>): Array<{text: string; marked: boolean}> {
	const runs: Array<{text: string; marked: boolean}> = [];
	let at = 0;
	for (const [start, end] of marks) {
		if (start < at || end <= start) continue;
		if (start > at) runs.push({text: text.slice(at, start), marked: false});
		runs.push({text: text.slice(start, end), marked: true});
		at = end;
	}
	if (at < text.length) runs.push({text: text.slice(at), marked: false});
	return runs;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st". */
export function ordinal(rank: number): string {
	const tens = rank % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
	return `${rank}${suffix}`;
}
