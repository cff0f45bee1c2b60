// What the presenter tells the speaker view, and how the speaker view's keys become commands for it.
import type {Article} from '../content/model.js';
import type {Command, KeyPress} from '../keys/keymap.js';
import {commandFor} from '../keys/keymap.js';
import type {CommandMessage, StateMessage} from './channel.js';
import type {PresentState} from './state.js';

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
	if (command.name === 'next' || command.name === 'previous' || command.name === 'first' || command.name === 'last' || command.name === 'blank') return {type: 'command', name: command.name};
	return null;
}
