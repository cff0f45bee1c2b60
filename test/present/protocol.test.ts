import {describe, expect, it} from 'vitest';
import type {CommandMessage} from '../../src/present/channel.js';
import {commandFromMessage, notesKey, stateMessage} from '../../src/present/protocol.js';
import {parseMessage, stateMessageSchema} from '../../src/present/schemas.js';
import {applyPresentCommand, initialPresentState, presentReducer} from '../../src/present/state.js';
import {firstStepOf, presentationSteps} from '../../src/present/steps.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true});

describe('what the presenter tells the speaker view', () => {
	it('carries the step, page, blanking and clock of the audience screen, and passes the speaker view’s check', () => {
		let state = initialPresentState(article, {cols: 80, rows: 24}, 1_000);
		state = presentReducer(article, steps, state, {type: 'command', command: {name: 'gotoSection', section: 1}, now: 61_000});
		state = presentReducer(article, steps, state, {type: 'command', command: {name: 'blank'}, now: 62_000});
		const message = stateMessage(article, state, steps.length, true, 3);
		expect(message).toMatchObject({
			type: 'state',
			articleId: article.id,
			steps: steps.length,
			quiz: true,
			step: firstStepOf(article, steps, 1),
			page: 0,
			pages: 3,
			blank: true,
			talkStartedAt: 1_000,
			enteredAt: 61_000,
			spent: state.spent,
		});
		// What the speaker view receives is checked against the schema: a message it would drop is no message at all.
		expect(parseMessage(stateMessageSchema, JSON.stringify(message))).toEqual(message);
	});
});

describe('what the presenter tells the speaker view at the start', () => {
	it('has no time spent yet: a zero for the title, each section and the quiz', () => {
		const message = stateMessage(article, initialPresentState(article, {cols: 80, rows: 24}, 5_000), steps.length, true, 1);
		expect(message).toMatchObject({step: 0, page: 0, blank: false, talkStartedAt: 5_000, enteredAt: 5_000});
		expect(message.spent).toEqual(Array.from({length: article.sections.length + 2}, () => 0));
		expect(parseMessage(stateMessageSchema, JSON.stringify(message))).toEqual(message);
	});
});

describe('commands from the speaker view', () => {
	const atStart = initialPresentState(article, {cols: 80, rows: 24}, 0);
	const apply = (message: CommandMessage) => applyPresentCommand(article, steps, atStart, commandFromMessage(message), 0);

	it('move the audience screen to the section asked for', () => {
		expect(apply({type: 'command', name: 'gotoSection', section: 2}).step).toBe(firstStepOf(article, steps, 2));
		expect(apply({type: 'command', name: 'gotoSection', section: 0}).step).toBe(firstStepOf(article, steps, 0));
	});

	it('step, jump to the end and blank the audience screen', () => {
		expect(apply({type: 'command', name: 'next'}).step).toBe(1);
		expect(apply({type: 'command', name: 'last'}).step).toBe(steps.length - 1);
		expect(apply({type: 'command', name: 'blank'}).blank).toBe(true);
	});
});

describe('keys in the speaker view', () => {
	const send = (name: string, ctrl = false) => notesKey({name, ctrl, text: name.length === 1 ? name : undefined});

	it('send each navigation key to the presenter as its command', () => {
		expect(send('right')).toEqual({type: 'command', name: 'next'});
		expect(send('return')).toEqual({type: 'command', name: 'next'});
		expect(send('p')).toEqual({type: 'command', name: 'previous'});
		expect(send('backspace')).toEqual({type: 'command', name: 'previous'});
		expect(send('home')).toEqual({type: 'command', name: 'first'});
		expect(send('g')).toEqual({type: 'command', name: 'first'});
		expect(send('end')).toEqual({type: 'command', name: 'last'});
		expect(send('G')).toEqual({type: 'command', name: 'last'});
		expect(send('b')).toEqual({type: 'command', name: 'blank'});
		expect(send('.')).toEqual({type: 'command', name: 'blank'});
	});

	it('send a digit as the section before it (1 is the first section)', () => {
		expect(send('1')).toEqual({type: 'command', name: 'gotoSection', section: 0});
		expect(send('5')).toEqual({type: 'command', name: 'gotoSection', section: 4});
	});

	it('quit the speaker view alone on q or Ctrl+C, sending nothing', () => {
		expect(send('q')).toBe('quit');
		expect(send('c', true)).toBe('quit');
	});

	it('send nothing for keys that are not the speaker view’s, the presenter’s own timer key included', () => {
		expect(send('c')).toBeNull();
		expect(send('x')).toBeNull();
		expect(send('escape')).toBeNull();
	});
});
