import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {unstable_NormalPriority as normalPriority, unstable_scheduleCallback as scheduleCallback} from 'scheduler';
import {KeyFeed, splitKeys} from '../../src/terminal/keyFeed.js';

describe('splitting what the terminal sends into keys', () => {
	it('splits characters and keeps escape sequences whole', () => {
		expect(splitKeys('ll').keys).toEqual(['l', 'l']);
		expect(splitKeys('\x1b[B\x1b[B').keys).toEqual(['\x1b[B', '\x1b[B']);
		expect(splitKeys('3q').keys).toEqual(['3', 'q']);
		expect(splitKeys('a\x1b[6~b').keys).toEqual(['a', '\x1b[6~', 'b']);
		expect(splitKeys('\x1bOC').keys).toEqual(['\x1bOC']);
		expect(splitKeys('\x1b\x1b[A').keys).toEqual(['\x1b\x1b[A']);
		expect(splitKeys('\x1b[[A').keys).toEqual(['\x1b[[A']);
		expect(splitKeys('\x1bj').keys).toEqual(['\x1bj']);
		expect(splitKeys('\x1b\x1bx').keys).toEqual(['\x1b', '\x1bx']);
	});

	it('keeps a character beyond the Basic Multilingual Plane as one key', () => {
		expect(splitKeys('😀a').keys).toEqual(['😀', 'a']);
	});

	it('holds back what may be the start of a sequence still arriving', () => {
		expect(splitKeys('q\x1b')).toEqual({keys: ['q'], rest: '\x1b'});
		expect(splitKeys('\x1b[1;5')).toEqual({keys: [], rest: '\x1b[1;5'});
		expect(splitKeys('\x1bO')).toEqual({keys: [], rest: '\x1bO'});
	});
});

class Input extends EventEmitter {
	resume() {}
	pause() {}
}

/** A stand-in for Ink: reads one key per 'readable', as Ink's handler does until read() is null. */
function reader(feed: KeyFeed) {
	const got: string[] = [];
	feed.on('readable', () => {
		let key;
		while ((key = feed.read()) !== null) got.push(key);
	});
	return got;
}

describe('the key feed', () => {
	it('hands Ink one key per read, every key of a burst, in order', async () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		const got = reader(feed);
		input.emit('data', Buffer.from('ll\x1b[B3q'));
		await feed.idle();
		expect(got).toEqual(['l', 'l', '\x1b[B', '3', 'q']);
		feed.close();
	});

	it('keeps keys that arrive before Ink listens, and hands them over once it does', async () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		input.emit('data', Buffer.from('3'));
		const got = reader(feed);
		await new Promise((resolve) => setImmediate(resolve));
		await feed.idle();
		expect(got).toEqual(['3']);
		feed.close();
	});

	it('lets Ctrl+C jump the queue of keys not yet handed over', async () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		const got = reader(feed);
		input.emit('data', Buffer.from('llll\x03'));
		await feed.idle();
		expect(got).toEqual(['\x03']);
		feed.close();
	});

	it('interrupts at once on Ctrl+C before anything listens, and suspends on Ctrl+Z', () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		const events: string[] = [];
		feed.on('interrupt', () => events.push('interrupt'));
		feed.on('suspend', () => events.push('suspend'));
		input.emit('data', Buffer.from('\x1a'));
		input.emit('data', Buffer.from('\x03'));
		expect(events).toEqual(['suspend', 'interrupt']);
		feed.close();
	});

	it('takes a lone ESC as the Escape key once nothing follows it', async () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		const got = reader(feed);
		input.emit('data', Buffer.from('\x1b'));
		await new Promise((resolve) => setTimeout(resolve, 60));
		await feed.idle();
		expect(got).toEqual(['\x1b']);
		feed.close();
	});

	it('drops escape sequences Ink cannot name (Ctrl+F1, a focus or mouse report, a paste marker) and keeps the keys around them', async () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		const got = reader(feed);
		input.emit('data', Buffer.from('a\x1b[1;5Pb\x1b[Ic\x1b[<0;3;4Md\x1b[200~e\x1b[31mf\x1b[1;5A\x1bOP\x1b[6~'));
		await feed.idle();
		expect(got).toEqual(['a', 'b', 'c', 'd', 'e', 'f', '\x1b[1;5A', '\x1bOP', '\x1b[6~']);
		feed.close();
	});

	it('hands a key over only after the work React had already scheduled, such as the effects of a screen just drawn', async () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		const seen: boolean[] = [];
		let effectsRan = false;
		feed.on('readable', () => {
			while (feed.read() !== null) seen.push(effectsRan);
		});
		// As a message from elsewhere does: a screen drawn, its effects (new key handlers) still to run.
		scheduleCallback(normalPriority, () => {
			effectsRan = true;
		});
		input.emit('data', Buffer.from('3'));
		await feed.idle();
		expect(seen).toEqual([true]);
		feed.close();
	});

	it('takes a line feed for Enter, as Enter typed before raw mode arrives', async () => {
		const input = new Input();
		const feed = new KeyFeed(input);
		const got = reader(feed);
		input.emit('data', Buffer.from('978214\nBob\n'));
		await feed.idle();
		expect(got.join('')).toBe('978214\rBob\r');
		feed.close();
	});
});

