// What the presenter tells the speaker view, and how the speaker view's keys become commands for it.
import type {Article} from '../content/model.js';
import type {Command, KeyPress} from '../keys/keymap.js';
import {commandFor} from '../keys/keymap.js';
import type {RoomSnapshot} from '../room/views.js';
import type {CommandMessage, RoomMessage, StateMessage} from './channel.js';
import type {PresentRoom} from './room.js';
import type {PresentState} from './state.js';

/** Kept in step with schemas.ts, which loads zod and so only once a speaker view connects. */
const maxListedPlayers = 40;
const clip = (text: string, length: number) => (text.length > length ? text.slice(0, length) : text);

/** The room for the speaker view: counts, and the players by score, the list capped. */
export function roomMessage(room: PresentRoom): RoomMessage {
	const live: RoomSnapshot = room.live;
	const results = live.results;
	return {
		code: live.code,
		locked: live.locked,
		phase: live.phase,
		question: live.question,
		answered: live.answered,
		expected: live.expected,
		counts: live.counts.slice(0, 10),
		tallyHidden: live.tallyHidden,
		playerCount: live.playerCount,
		connectedCount: live.connectedCount,
		players: live.players.slice(0, maxListedPlayers).map((player) => ({name: clip(player.name, 64), score: player.score, connected: player.connected})),
		results: results === null ? null : {file: clip(results.file, 1024), written: results.writtenAt !== null && results.error === null, error: results.error === null ? null : clip(results.error, 512)},
	};
}

export function stateMessage(article: Article, state: PresentState, steps: number, quiz: boolean, pages: number): StateMessage {
	return {
		type: 'state',
		articleId: article.id,
		steps,
		quiz,
		step: state.step,
		page: state.page,
		pages,
		blank: state.blank,
		talkStartedAt: state.talkStartedAt,
		enteredAt: state.enteredAt,
		spent: state.spent,
		room: state.room === null ? null : roomMessage(state.room),
	};
}

export function commandFromMessage(message: CommandMessage): Command {
	return message.name === 'gotoSection' ? {name: 'gotoSection', section: message.section} : {name: message.name};
}

/** A key in the speaker view: a command for the presenter, quitting, or nothing. */
export function notesKey(press: KeyPress): CommandMessage | 'quit' | null {
	const command = commandFor('notes', press);
	if (command === null) return null;
	if (command.name === 'quit') return 'quit';
	if (command.name === 'gotoSection') return {type: 'command', name: 'gotoSection', section: command.section};
	if (command.name === 'next' || command.name === 'previous' || command.name === 'first' || command.name === 'last' || command.name === 'blank' || command.name === 'lock' || command.name === 'saveResults') return {type: 'command', name: command.name};
	return null;
}
