import {existsSync, mkdtempSync, statSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	ChannelError,
	LineReader,
	maxMessageBytes,
	NotesChannel,
	PresenterChannel,
	sessionName,
	socketPath,
	type CommandMessage,
	type StateMessage,
} from '../../src/present/channel.js';
import {parseMessage, stateMessageSchema} from '../../src/present/schemas.js';

const state = (step: number, articleId = 'a'): StateMessage => ({type: 'state', articleId, steps: 10, quiz: true, step, page: 0, pages: 1, blank: false, talkStartedAt: 0, enteredAt: 0, spent: [0]});
const waitUntil = async (check: () => boolean, timeout = 3000) => {
	const deadline = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
};

let runtime: string;
let previousRuntime: string | undefined;
const open: Array<{close(): void}> = [];
beforeEach(() => {
	previousRuntime = process.env['XDG_RUNTIME_DIR'];
	runtime = mkdtempSync(path.join(tmpdir(), 'press-reader-runtime-'));
	process.env['XDG_RUNTIME_DIR'] = runtime;
});
afterEach(() => {
	for (const channel of open.splice(0)) channel.close();
	if (previousRuntime === undefined) delete process.env['XDG_RUNTIME_DIR'];
	else process.env['XDG_RUNTIME_DIR'] = previousRuntime;
});

function presenter(session: string, onCommand: (command: CommandMessage) => void = () => {}) {
	const channel = new PresenterChannel(socketPath(session), onCommand);
	open.push(channel);
	return channel;
}

function notes(session: string) {
	const received: StateMessage[] = [];
	const statuses: string[] = [];
	const channel = new NotesChannel(socketPath(session), {onState: (message) => received.push(message), onStatus: (status) => statuses.push(status)}, 50);
	open.push(channel);
	channel.open();
	return {channel, received, statuses};
}

describe('message framing', () => {
	it('splits lines across chunks and throws away an oversized line whole', () => {
		const lines: string[] = [];
		const reader = new LineReader((line) => lines.push(line));
		reader.push('{"a":');
		reader.push('1}\n{"b"');
		reader.push(':2}\n');
		reader.push('x'.repeat(maxMessageBytes + 10));
		reader.push('still the same long line\n{"c":3}\n');
		expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
	});

	it('ignores anything that is not a valid message', () => {
		for (const garbage of ['not json', '{"type":"state"}', '[]', 'null', JSON.stringify({...state(1), step: -1})]) {
			expect(parseMessage(stateMessageSchema, garbage)).toBeNull();
		}
		expect(parseMessage(stateMessageSchema, JSON.stringify(state(3)))).toEqual(state(3));
	});
});

describe('the presenter channel', () => {
	it('lives in a private folder of the runtime directory, one socket per session', async () => {
		const channel = presenter('Talk One');
		await channel.open();
		expect(channel.file).toBe(path.join(runtime, 'press-reader', 'talk-one.sock'));
		expect(statSync(channel.file).mode & 0o777).toBe(0o600);
		expect(statSync(path.dirname(channel.file)).mode & 0o777).toBe(0o700);
		expect(sessionName('../../etc')).toBe('etc');
	});

	it('sends state to the speaker view and takes its commands back', async () => {
		const commands: CommandMessage[] = [];
		const channel = presenter('talk', (command) => commands.push(command));
		await channel.open();
		channel.publish(state(1));
		const speaker = notes('talk');
		await waitUntil(() => speaker.received.length === 1);
		expect(speaker.received[0]!.step).toBe(1);
		speaker.channel.send({type: 'command', name: 'next'});
		await waitUntil(() => commands.length === 1);
		expect(commands[0]).toEqual({type: 'command', name: 'next'});
		channel.publish(state(2));
		await waitUntil(() => speaker.received.length === 2);
	});

	it('survives garbage and oversized messages from a client', async () => {
		const commands: CommandMessage[] = [];
		const channel = presenter('talk', (command) => commands.push(command));
		await channel.open();
		const raw = net.connect(channel.file);
		await new Promise((resolve) => raw.once('connect', resolve));
		raw.write('\x00\xff garbage\n{"type":"command","name":"rm -rf"}\n');
		raw.write(`${'y'.repeat(maxMessageBytes * 2)}\n`);
		raw.write('{"type":"command","name":"previous"}\n');
		await waitUntil(() => commands.length === 1);
		expect(commands).toEqual([{type: 'command', name: 'previous'}]);
		raw.destroy();
		channel.publish(state(4));
	});

	it('refuses to start a second presenter on a live session but replaces a stale socket', async () => {
		const first = presenter('talk');
		await first.open();
		await expect(presenter('talk').open()).rejects.toThrow(ChannelError);
		first.close();
		writeFileSync(first.file, '');
		const again = presenter('talk');
		await again.open();
		expect(existsSync(again.file)).toBe(true);
	});

	it('keeps two sessions apart', async () => {
		const one = presenter('one');
		const two = presenter('two');
		await one.open();
		await two.open();
		one.publish(state(1, 'first'));
		two.publish(state(7, 'second'));
		const listener = notes('two');
		await waitUntil(() => listener.received.length > 0);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(listener.received.map((message) => message.articleId)).toEqual(['second']);
	});

	it('lets the speaker view wait for a presenter, and reconnect when one comes back', async () => {
		const speaker = notes('later');
		await new Promise((resolve) => setTimeout(resolve, 120));
		expect(speaker.received).toEqual([]);
		const first = presenter('later');
		await first.open();
		first.publish(state(2));
		await waitUntil(() => speaker.received.length === 1);
		first.close();
		await waitUntil(() => speaker.statuses.at(-1) === 'waiting');
		const second = presenter('later');
		await second.open();
		second.publish(state(5));
		await waitUntil(() => speaker.received.at(-1)?.step === 5);
		expect(speaker.statuses.at(-1)).toBe('connected');
	});
});
