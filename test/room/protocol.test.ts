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
});
