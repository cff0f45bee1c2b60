import {afterEach, describe, expect, it, vi} from 'vitest';
import {JoinError, joinRoom, parseRoomAddress, type RoomClient} from '../../src/room/client.js';
import {resumeWindowMs} from '../../src/room/game.js';
import type {Room} from '../../src/room/server.js';
import {source, testRoom, until} from './helpers.js';

describe('parseRoomAddress', () => {
	it('accepts host:port, a URL, a URL with ?code= and the QR code’s upper-case form', () => {
		expect(parseRoomAddress('10.0.0.5:4242')).toEqual({host: '10.0.0.5:4242', port: 4242, code: null});
		expect(parseRoomAddress('http://10.0.0.5:4242/')).toEqual({host: '10.0.0.5:4242', port: 4242, code: null});
		expect(parseRoomAddress('http://10.0.0.5:4242/?code=123456')).toMatchObject({code: '123456'});
		expect(parseRoomAddress('HTTP://10.0.0.5:4242/123456')).toEqual({host: '10.0.0.5:4242', port: 4242, code: '123456'});
		expect(parseRoomAddress('[fe80::1]:4242')).toMatchObject({host: '[fe80::1]:4242', port: 4242});
	});

	it('refuses an address without a port, naming it', () => {
		expect(() => parseRoomAddress('10.0.0.5')).toThrow('"10.0.0.5" has no port');
		expect(() => parseRoomAddress('https://example.org:443/')).toThrow(JoinError);
	});
});

describe('joinRoom', () => {
	it('refuses a malformed code before connecting, naming it', async () => {
		await expect(joinRoom({address: '127.0.0.1:9', code: '12ab', name: 'Ann'})).rejects.toThrow('"12ab" is not one');
		await expect(joinRoom({address: '127.0.0.1:9', name: 'Ann'})).rejects.toThrow('no room code');
	});
});

describe('a terminal player whose place expired while away', () => {
	let opened: Room | null = null;
	let client: RoomClient | null = null;
	afterEach(async () => {
		vi.restoreAllMocks();
		client?.close();
		await opened?.close();
	});

	// The page joins afresh with what the player typed (src/room/page/main.ts); the terminal client
	// was left on "Waiting for the room…" for good, connected but in no game.
	it('joins again under its name, as the phone page does', async () => {
		opened = await testRoom();
		client = await joinRoom({address: `127.0.0.1:${opened.port}`, code: opened.code, name: 'Ann', localAddress: source(1)});
		const token = client.view().token;
		client.reconnect();
		await until(() => opened!.snapshot().players[0]?.connected === false, 3000, 'the drop');
		// The laptop slept past the window.
		const clock = Date.now.bind(Date);
		vi.spyOn(Date, 'now').mockImplementation(() => clock() + resumeWindowMs + 1000);
		await until(() => client!.view().token !== null && client!.view().token !== token && client!.view().snapshot !== null, 5000, 'a new place');
		expect(client.view()).toMatchObject({name: 'Ann', connection: 'open'});
		expect(opened.snapshot().players.map((player) => [player.name, player.connected])).toEqual([['Ann', true]]);
	});

	it('says the place has expired when the room will not take it back (locked meanwhile)', async () => {
		opened = await testRoom();
		client = await joinRoom({address: `127.0.0.1:${opened.port}`, code: opened.code, name: 'Ann', localAddress: source(1)});
		client.reconnect();
		await until(() => opened!.snapshot().players[0]?.connected === false, 3000, 'the drop');
		opened.lock(true);
		const clock = Date.now.bind(Date);
		vi.spyOn(Date, 'now').mockImplementation(() => clock() + resumeWindowMs + 1000);
		await until(() => client!.view().ended !== null, 5000, 'the end');
		expect(client.view()).toMatchObject({ended: 'expired', connection: 'closed'});
	});
});
