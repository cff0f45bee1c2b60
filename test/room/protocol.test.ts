import {describe, expect, it} from 'vitest';
import {parseClientMessage, parseServerMessage} from '../../src/room/protocol.js';

describe('parseClientMessage', () => {
	it('accepts the messages a player may send', () => {
		expect(parseClientMessage('{"v":1,"type":"join","code":"123456","name":"Ann"}')).toEqual({v: 1, type: 'join', code: '123456', name: 'Ann'});
		expect(parseClientMessage('{"v":1,"type":"answer","question":2,"option":1}')).toMatchObject({type: 'answer', question: 2, option: 1});
	});

	it('drops anything else: other versions, unknown types, presenter commands, bad fields, non-JSON', () => {
		for (const text of [
			'{"v":2,"type":"ping"}',
			'{"v":1,"type":"open","question":0}',
			'{"v":1,"type":"join","code":"12345","name":"Ann"}',
			'{"v":1,"type":"answer","question":-1,"option":0}',
			'{"v":1,"type":"answer","question":0,"option":1.5}',
			'[1,2]',
			'null',
			'{"v":1,"type":"ping"',
			'\u0000\u00ff',
		])
			expect(parseClientMessage(text)).toBeNull();
	});
});

describe('parseServerMessage', () => {
	it('drops a state without the fields a screen needs', () => {
		expect(parseServerMessage('{"v":1,"type":"state","state":{"phase":"lobby"}}')).toBeNull();
		expect(parseServerMessage('{"v":1,"type":"pong"}')).toEqual({v: 1, type: 'pong'});
	});

	it('takes every text a room sends as plain text: a room is anyone’s server, and the terminal would act on escapes', () => {
		const evil = 'Q\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED\x1b[0m\r\bend\u202e!';
		const state = {phase: 'question', name: evil, score: 0, rank: null, players: 1, questionCount: 1, follow: {title: evil, text: evil}, question: {index: 0, text: evil, options: [evil, 'b', 'c'], endsInMs: 1, timerMs: 1, chosen: null, canAnswer: true}, reveal: null, top: [{name: evil, score: 1, rank: 1}]};
		const message = parseServerMessage(JSON.stringify({v: 1, type: 'state', state}));
		const texts = JSON.stringify(message);
		expect(texts).not.toMatch(/\\u001b|\\u0007|\\r|\\b|\u202e/);
		expect(message).toMatchObject({state: {name: 'QRED end!', question: {text: 'QRED end!', options: ['QRED end!', 'b', 'c']}, top: [{name: 'QRED end!'}]}});
		expect(parseServerMessage(JSON.stringify({v: 1, type: 'refused', reason: 'x', message: evil}))).toMatchObject({message: 'QRED end!'});
	});
});
