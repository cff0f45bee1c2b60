import {describe, expect, it} from 'vitest';
import {JoinError, joinRoom, parseRoomAddress} from '../../src/room/client.js';

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
