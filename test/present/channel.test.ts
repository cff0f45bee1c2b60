import {chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {
	ChannelError,
	LineReader,
	maxMessageLength,
	NotesChannel,
	PresenterChannel,
	sessionName,
	maxSocketPath,
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
		reader.push('x'.repeat(maxMessageLength + 10));
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
		raw.write(`${'y'.repeat(maxMessageLength * 2)}\n`);
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

/** A stand-in presenter: a bare socket server on the session's socket, to see exactly what a speaker view sends and gets. */
async function rawPresenter(session: string) {
	const sockets: net.Socket[] = [];
	const received: string[] = [];
	const server = net.createServer((socket) => {
		sockets.push(socket);
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => received.push(chunk));
		socket.on('error', () => {});
	});
	await new Promise<void>((resolve) => server.listen(socketPath(session), resolve));
	open.push({close: () => {
		for (const socket of sockets) socket.destroy();
		server.close();
	}});
	return {sockets, received, write: (text: string) => sockets.at(-1)!.write(text)};
}

/** A stand-in speaker view: every line the presenter sends it, raw. */
async function rawSpeaker(file: string) {
	const lines: string[] = [];
	const socket = net.connect(file);
	socket.setEncoding('utf8');
	const reader = new LineReader((line) => lines.push(line));
	socket.on('data', (chunk: string) => reader.push(chunk));
	await new Promise((resolve) => socket.once('connect', resolve));
	open.push({close: () => socket.destroy()});
	return {socket, lines};
}

describe('message size limit', () => {
	it('delivers a line of exactly the limit, whole or split before its newline, and drops one a character longer', () => {
		const lines: string[] = [];
		const reader = new LineReader((line) => lines.push(line));
		reader.push(`${'a'.repeat(maxMessageLength)}\n`);
		reader.push('b'.repeat(maxMessageLength));
		reader.push('\n');
		reader.push(`${'c'.repeat(maxMessageLength + 1)}\n{"after":1}\n`);
		expect(lines.map((line) => `${line[0]}×${line.length}`)).toEqual([`a×${maxMessageLength}`, `b×${maxMessageLength}`, '{×11']);
	});

	it('survives a peer that sends more than a string can hold without ever ending its line', () => {
		// 600 MiB, past V8's longest string (~512 MiB): a reader that kept it would throw, and the
		// presenter with it. The same 1 MiB chunk each time keeps the test light.
		const lines: string[] = [];
		const reader = new LineReader((line) => lines.push(line));
		const chunk = 'z'.repeat(1024 * 1024);
		for (let count = 0; count < 600; count++) reader.push(chunk);
		reader.push('\n{"after":1}\n');
		expect(lines).toEqual(['{"after":1}']);
	});

	it('never delivers a valid state message longer than the limit, even in one write, and carries on with the next', async () => {
		const presenterSide = await rawPresenter('big');
		const speaker = notes('big');
		await waitUntil(() => presenterSide.sockets.length === 1 && speaker.statuses.includes('connected'));
		const oversized = {...state(1), articleId: 'x'.repeat(maxMessageLength)};
		presenterSide.write(`${JSON.stringify(oversized)}\n${JSON.stringify(state(2))}\n`);
		await waitUntil(() => speaker.received.length === 1);
		expect(speaker.received).toEqual([state(2)]);
	});
});

describe('messages the schema refuses', () => {
	it('drops a state with a step that is not a whole number, and takes the next good one', async () => {
		const presenterSide = await rawPresenter('fraction');
		const speaker = notes('fraction');
		await waitUntil(() => presenterSide.sockets.length === 1);
		presenterSide.write(`${JSON.stringify(state(2.5))}\n${JSON.stringify({...state(3), page: -1})}\n${JSON.stringify(state(4))}\n`);
		await waitUntil(() => speaker.received.length === 1);
		expect(speaker.received.map((message) => message.step)).toEqual([4]);
	});

	it('drops a command for a section that is not a whole number', async () => {
		const commands: CommandMessage[] = [];
		const channel = presenter('fraction', (command) => commands.push(command));
		await channel.open();
		const raw = await rawSpeaker(channel.file);
		raw.socket.write('{"type":"command","name":"gotoSection","section":1.5}\n{"type":"command","name":"gotoSection","section":2}\n');
		await waitUntil(() => commands.length === 1);
		expect(commands).toEqual([{type: 'command', name: 'gotoSection', section: 2}]);
	});
});

describe('the socket folder', () => {
	let previousTmp: string | undefined;
	beforeEach(() => {
		previousTmp = process.env['TMPDIR'];
	});
	afterEach(() => {
		if (previousTmp === undefined) delete process.env['TMPDIR'];
		else process.env['TMPDIR'] = previousTmp;
	});
	const uid = process.getuid?.() ?? 0;

	it('is a private folder named for the user in the temp folder when there is no runtime directory', () => {
		delete process.env['XDG_RUNTIME_DIR'];
		process.env['TMPDIR'] = runtime;
		expect(socketPath('talk')).toBe(path.join(runtime, `press-reader-${uid}`, 'talk.sock'));
		expect(statSync(path.join(runtime, `press-reader-${uid}`)).mode & 0o777).toBe(0o700);
	});

	it('is in the temp folder when the runtime directory named does not exist, which is not created', () => {
		const missing = path.join(runtime, 'gone');
		process.env['XDG_RUNTIME_DIR'] = missing;
		process.env['TMPDIR'] = runtime;
		expect(socketPath('talk')).toBe(path.join(runtime, `press-reader-${uid}`, 'talk.sock'));
		expect(existsSync(missing)).toBe(false);
	});

	it('is made private again when others were let in', () => {
		mkdirSync(path.join(runtime, 'press-reader'), {mode: 0o755});
		chmodSync(path.join(runtime, 'press-reader'), 0o755);
		socketPath('talk');
		expect(statSync(path.join(runtime, 'press-reader')).mode & 0o777).toBe(0o700);
	});

	it('is refused when it is a link to another folder', () => {
		const elsewhere = mkdtempSync(path.join(tmpdir(), 'press-reader-elsewhere-'));
		symlinkSync(elsewhere, path.join(runtime, 'press-reader'));
		expect(() => socketPath('talk')).toThrow(ChannelError);
		expect(() => socketPath('talk')).toThrow(/press-reader is not a folder of yours; refusing to use it for the presenter channel$/);
	});

	// Only root can hand a folder to another user.
	it.skipIf(uid !== 0)('is refused when another user owns it', () => {
		mkdirSync(path.join(runtime, 'press-reader'), {mode: 0o700});
		chownSync(path.join(runtime, 'press-reader'), 65534, 65534);
		expect(() => socketPath('talk')).toThrow(/is not a folder of yours/);
	});

	// As root, the user's id is 0, as is the fallback for a platform without ids: a stand-in id, and a
	// folder handed to it, show that the name and the owner check take the id of the user running it.
	it.skipIf(uid !== 0)('is named for the id of the user running it, and theirs when they own it', () => {
		delete process.env['XDG_RUNTIME_DIR'];
		process.env['TMPDIR'] = runtime;
		const folder = path.join(runtime, 'press-reader-4242');
		mkdirSync(folder, {mode: 0o700});
		chownSync(folder, 4242, 4242);
		const getuid = vi.spyOn(process, 'getuid').mockReturnValue(4242);
		try {
			expect(socketPath('talk')).toBe(path.join(folder, 'talk.sock'));
		} finally {
			getuid.mockRestore();
		}
	});
});

describe('session names', () => {
	it('become one safe file name: lower case, runs of other characters as one hyphen, none at the ends, at most 60 characters', () => {
		expect(sessionName('Talk  One!')).toBe('talk-one');
		expect(sessionName('--talk--two--')).toBe('talk--two');
		expect(sessionName('x'.repeat(100))).toBe('x'.repeat(60));
		expect(sessionName(`${'x'.repeat(59)} and more`)).toBe('x'.repeat(59));
	});

	it('fall back to "default" when nothing usable is left', () => {
		expect(sessionName('???')).toBe('default');
		expect(sessionName('')).toBe('default');
	});
});

describe('the presenter side, more', () => {
	it('tells the user to give a second presentation its own session', async () => {
		await presenter('talk').open();
		await expect(presenter('talk').open()).rejects.toThrow(/already running on .*talk\.sock; give this one its own --session NAME/);
	});

	it('fails to open, rather than hanging, where no socket can be made', async () => {
		const channel = new PresenterChannel(path.join(runtime, 'no-such-folder', 'talk.sock'), () => {});
		open.push(channel);
		await expect(channel.open()).rejects.toThrow(/^listen E/);
	});

	it('sends a speaker view that connects before anything is shown nothing until the first state', async () => {
		const channel = presenter('talk');
		await channel.open();
		const speaker = await rawSpeaker(channel.file);
		channel.publish(state(1));
		await waitUntil(() => speaker.lines.length > 0);
		expect(speaker.lines).toEqual([JSON.stringify(state(1))]);
	});

	it('lets one of two presenters starting on one session at once open it, and tells the other another is running', async () => {
		for (let attempt = 0; attempt < 20; attempt++) {
			const session = `race-${attempt}`;
			const outcomes = await Promise.allSettled([presenter(session).open(), presenter(session).open()]);
			expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
			const refused = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')!;
			expect(refused.reason).toBeInstanceOf(ChannelError);
			expect((refused.reason as Error).message).toMatch(/another presentation is already running on .*race-\d+\.sock/);
		}
	});

	it('leaves the socket of a presenter that took its place alone when it closes, so notes still reach that one', async () => {
		const first = presenter('talk');
		await first.open();
		// Its socket file gone (removed by hand, or by a crashed start): a second presenter opens.
		rmSync(first.file);
		const second = presenter('talk');
		await second.open();
		first.close();
		expect(existsSync(second.file)).toBe(true);
		const speaker = notes('talk');
		second.publish(state(3));
		await waitUntil(() => speaker.received.length > 0);
		expect(speaker.received[0]!.step).toBe(3);
	});

	it('removes its socket when it closes', async () => {
		const channel = presenter('talk');
		await channel.open();
		expect(existsSync(channel.file)).toBe(true);
		channel.close();
		expect(existsSync(channel.file)).toBe(false);
	});

	it('keeps serving when a speaker view drops its connection with the state unread', async () => {
		// A presenter with no handler for a reset connection would die of it, uncaught.
		const uncaught: unknown[] = [];
		const onUncaught = (error: unknown) => uncaught.push(error);
		process.on('uncaughtException', onUncaught);
		try {
			const channel = presenter('talk');
			await channel.open();
			channel.publish(state(1));
			// Paused before it connects, this client never reads: closing it with the state unread
			// resets the presenter's side of the connection.
			const dropped = net.connect(channel.file);
			dropped.pause();
			await new Promise((resolve) => dropped.once('connect', resolve));
			// Connections are accepted in order: once this one has the state, so has the dropped one.
			const speaker = notes('talk');
			await waitUntil(() => speaker.received.length === 1);
			dropped.destroy();
			channel.publish(state(2));
			channel.publish(state(3));
			await waitUntil(() => speaker.received.length === 3);
			expect(speaker.received.map((message) => message.step)).toEqual([1, 2, 3]);
			expect(uncaught).toEqual([]);
		} finally {
			process.off('uncaughtException', onUncaught);
		}
	});
});

describe('the speaker side, more', () => {
	it('drops a key pressed while no presenter is there, and can close before ever connecting', async () => {
		const speaker = notes('nobody');
		await waitUntil(() => speaker.statuses.includes('waiting'));
		expect(() => speaker.channel.send({type: 'command', name: 'next'})).not.toThrow();
		expect(() => speaker.channel.close()).not.toThrow();
	});

	it('closed while still connecting, never connects: no status, no state, and the presenter sees it leave', async () => {
		const presenterSide = await rawPresenter('quick');
		const speaker = notes('quick');
		speaker.channel.close();
		await waitUntil(() => presenterSide.sockets.length === 1);
		presenterSide.write(`${JSON.stringify(state(1))}\n`);
		const left = await new Promise<boolean>((resolve) => {
			const socket = presenterSide.sockets[0]!;
			if (socket.readableEnded || socket.destroyed) resolve(true);
			socket.once('close', () => resolve(true));
			setTimeout(() => resolve(false), 2000);
		});
		expect(left).toBe(true);
		expect(speaker.statuses).toEqual([]);
		expect(speaker.received).toEqual([]);
	});

	it('once closed, lets go of the presenter and never connects again', async () => {
		const presenterSide = await rawPresenter('bye');
		const speaker = notes('bye');
		await waitUntil(() => presenterSide.sockets.length === 1 && speaker.statuses.includes('connected'));
		speaker.channel.close();
		await new Promise((resolve) => presenterSide.sockets[0]!.once('close', resolve));
		// Several retry periods (50 ms here) for a reconnection that must not come.
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(presenterSide.sockets).toHaveLength(1);
		expect(speaker.statuses).toEqual(['connected']);
	});
});

describe('a presenter refused for a live session', () => {
	it('leaves the live presenter\'s socket in place when it is closed, so speaker views still reach the live one', async () => {
		const live = presenter('talk');
		await live.open();
		live.publish(state(3));
		const refused = presenter('talk');
		await expect(refused.open()).rejects.toThrow(ChannelError);
		refused.close();
		expect(existsSync(live.file)).toBe(true);
		const speaker = notes('talk');
		await waitUntil(() => speaker.received.length === 1);
		expect(speaker.received).toEqual([state(3)]);
	});

	// Left open, that connection would keep the refused process from exiting, and the live one serving it.
	it('lets go of the connection it made to find that one live', async () => {
		const live = await rawPresenter('talk');
		await expect(presenter('talk').open()).rejects.toThrow(ChannelError);
		await waitUntil(() => live.sockets.length === 1);
		const probe = live.sockets[0]!;
		await new Promise<void>((resolve) => {
			if (probe.readableEnded) resolve();
			else probe.once('end', () => resolve());
		});
	});
});

describe('a speaker view closed and opened again', () => {
	// What a view that unsubscribes and subscribes again does: close(), then open() at once.
	it('does not report the connection it closed as lost, and keeps the new one', async () => {
		const commands: CommandMessage[] = [];
		const channel = presenter('again', (command) => commands.push(command));
		await channel.open();
		channel.publish(state(1));
		const speaker = notes('again');
		await waitUntil(() => speaker.received.length === 1);
		speaker.channel.close();
		speaker.channel.open();
		// The presenter's state over the new connection comes well after the closed one has gone.
		await waitUntil(() => speaker.received.length === 2);
		expect(speaker.statuses).toEqual(['connected', 'connected']);
		speaker.channel.send({type: 'command', name: 'next'});
		await waitUntil(() => commands.length === 1);
		expect(commands).toEqual([{type: 'command', name: 'next'}]);
	});
});

describe('a speaker view that has closed', () => {
	// The view's own cleanup and the program's both close it.
	it('takes a second close, and a key pressed after it, without an error', async () => {
		const presenterSide = await rawPresenter('closed');
		const speaker = notes('closed');
		await waitUntil(() => presenterSide.sockets.length === 1 && speaker.statuses.includes('connected'));
		speaker.channel.close();
		expect(() => speaker.channel.send({type: 'command', name: 'next'})).not.toThrow();
		expect(() => speaker.channel.close()).not.toThrow();
	});

	it('closed while waiting for a presenter, leaves no retry behind to keep the process running', async () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		try {
			let waiting = () => {};
			const waited = new Promise<void>((resolve) => {
				waiting = resolve;
			});
			const channel = new NotesChannel(socketPath('nobody'), {onState: () => {}, onStatus: (status) => status === 'waiting' && waiting()}, 50);
			open.push(channel);
			channel.open();
			await waited;
			expect(vi.getTimerCount()).toBe(1);
			channel.close();
			expect(vi.getTimerCount()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('a presenter whose server fails after it is listening', () => {
	// Node reports a connection it could not accept (out of file descriptors, say) as an error on the
	// listening server; unhandled, that error is thrown and ends the presentation.
	it('keeps presenting when accepting a speaker view fails, again and again', async () => {
		const createServer = vi.spyOn(net, 'createServer');
		try {
			const channel = presenter('accept');
			await channel.open();
			const server = createServer.mock.results[0]!.value as net.Server;
			const failed = Object.assign(new Error('accept EMFILE'), {code: 'EMFILE', syscall: 'accept'});
			for (let time = 0; time < 3; time++) expect(() => server.emit('error', failed)).not.toThrow();
			channel.publish(state(6));
			const speaker = notes('accept');
			await waitUntil(() => speaker.received.length === 1);
			expect(speaker.received).toEqual([state(6)]);
		} finally {
			createServer.mockRestore();
		}
	});
});

describe('a command whose handling fails', () => {
	it('is dropped, and the commands after it still reach the presenter', async () => {
		const commands: CommandMessage[] = [];
		const channel = presenter('talk', (command) => {
			if (command.type === 'command' && command.name === 'next' && commands.length === 0) {
				commands.push(command);
				throw new Error('handler failed');
			}
			commands.push(command);
		});
		await channel.open();
		const speaker = notes('talk');
		await waitUntil(() => speaker.statuses.includes('connected'));
		speaker.channel.send({type: 'command', name: 'next'});
		speaker.channel.send({type: 'command', name: 'previous'});
		await waitUntil(() => commands.length === 2);
		expect(commands.map((command) => command.type === 'command' && command.name)).toEqual(['next', 'previous']);
	});
});

describe('a socket name the presenter cannot take', () => {
	it('is reported as the system says, not as another presentation, when the name itself is refused', async () => {
		mkdirSync(path.join(runtime, 'press-reader'), {recursive: true});
		const channel = new PresenterChannel(path.join(runtime, 'press-reader', `${'x'.repeat(300)}.sock`), () => {});
		open.push(channel);
		await expect(channel.open()).rejects.toThrow(/ENAMETOOLONG/);
	});

	it('is reported as the system says, not as another presentation, when linking into place fails for good (no such folder)', async () => {
		mkdirSync(path.join(runtime, 'press-reader'), {recursive: true});
		// A name ending in "/": the socket is made beside it, but nothing can be linked to it, and nothing is there to clear.
		const channel = new PresenterChannel(`${path.join(runtime, 'press-reader', 'talk.sock')}/`, () => {});
		open.push(channel);
		await expect(channel.open()).rejects.toThrow(/ENOENT/);
	});

	it('is reported as the system says, and left alone, when what holds it is not a socket it can clear (a folder)', async () => {
		const file = socketPath('talk');
		mkdirSync(file);
		const channel = new PresenterChannel(file, () => {});
		open.push(channel);
		await expect(channel.open()).rejects.toThrow(/EISDIR|EPERM/);
		expect(statSync(file).isDirectory()).toBe(true);
	});
});

describe('a runtime folder deep enough that the socket path passes the system limit', () => {
	// A socket's address holds ~104 bytes (macOS) to 108 (Linux); the session name can be 60 characters,
	// and macOS's temp folder alone is ~50: a longer path is cut short when connecting, so a speaker view
	// never reached the presenter, and a second presenter took the live one's place as stale.
	it('still lets the speaker view reach the presenter, and a second presenter is refused', async () => {
		const deep = path.join(runtime, 'd'.repeat(Math.max(1, 70 - runtime.length)));
		mkdirSync(deep);
		process.env['XDG_RUNTIME_DIR'] = deep;
		const session = 'a-long-article-id-'.repeat(4);
		const first = presenter(session);
		await first.open();
		first.publish(state(3));
		const speaker = notes(session);
		await waitUntil(() => speaker.received.length === 1);
		await expect(presenter(session).open()).rejects.toThrow(/already running/);
		expect(socketPath(session)).not.toBe(socketPath('another-long-article-id-'.repeat(3)));
	});

	it('is refused in one line naming the folder when even a short name does not fit', () => {
		const deep = path.join(runtime, 'd'.repeat(Math.max(1, 110 - runtime.length)));
		mkdirSync(deep);
		process.env['XDG_RUNTIME_DIR'] = deep;
		expect(() => socketPath('talk')).toThrow(ChannelError);
		expect(() => socketPath('talk')).toThrow(/too long a folder for the presenter channel's socket .*; set XDG_RUNTIME_DIR to a shorter folder$/);
	});
});

describe('the socket path at the system limit', () => {
	// The folder the socket goes in is $XDG_RUNTIME_DIR/press-reader: a runtime folder is made so
	// that it is exactly `length` bytes long.
	const folderOf = (length: number): string => {
		const base = mkdtempSync(path.join(tmpdir(), 'prs-'));
		const runtimeFolder = path.join(base, 'r'.repeat(length - base.length - 1 - '/press-reader'.length));
		mkdirSync(runtimeFolder);
		process.env['XDG_RUNTIME_DIR'] = runtimeFolder;
		const directory = path.join(runtimeFolder, 'press-reader');
		expect(directory).toHaveLength(length);
		return directory;
	};
	const digest = /^[0-9a-f]{12}\.sock$/;

	it('keeps a path of exactly the limit whole, and shortens one a byte longer to the limit', () => {
		const name = 'abcdefghijklmnopqrstuvwxyzabcd';
		const directory = folderOf(maxSocketPath - `/${name}.sock`.length);
		expect(socketPath(name)).toBe(path.join(directory, `${name}.sock`));
		const shortened = socketPath(`${name}x`);
		expect(Buffer.byteLength(shortened)).toBe(maxSocketPath);
		expect(path.basename(shortened)).toMatch(/^abcdefghijklmnopq-[0-9a-f]{12}\.sock$/);
	});

	it('keeps as much of the name as fits, without a hyphen left before the digest, and two names apart', () => {
		const directory = folderOf(70);
		// 103 - 70 - "/" - "-" - 17: 14 characters of the name, the last two of them hyphens.
		const shortened = socketPath('ab-defghijkl--and-more-words-here');
		expect(path.dirname(shortened)).toBe(directory);
		expect(path.basename(shortened)).toMatch(/^ab-defghijkl-[0-9a-f]{12}\.sock$/);
		expect(socketPath('ab-defghijkl--and-other-words-here')).not.toBe(shortened);
		expect(socketPath('ab-defghijkl--and-more-words-here')).toBe(shortened);
	});

	it('is the digest alone when no character of the name fits beside it, up to a folder of 85 bytes', () => {
		for (const length of [84, 85]) {
			const directory = folderOf(length);
			const shortened = socketPath('a-talk-name-that-cannot-fit');
			expect(path.dirname(shortened)).toBe(directory);
			expect(path.basename(shortened)).toMatch(digest);
		}
		folderOf(86);
		expect(() => socketPath('a-talk-name-that-cannot-fit')).toThrow(/ is too long a folder for the presenter channel's socket \(at most 85 bytes\); set XDG_RUNTIME_DIR to a shorter folder$/);
	});
});
