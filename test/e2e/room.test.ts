// The room end to end: `present --room` and `press-reader join` built and run in real
// pseudo-terminals, with bots (the room's own client, in this process) on 127.0.0.x as phones.
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {WebSocketServer} from 'ws';
import {joinRoom, type RoomClient} from '../../src/room/client.js';
import type {Room} from '../../src/room/server.js';
import {runCli} from '../helpers/cli.js';
import {loadBundled} from '../helpers/content.js';
import {PtySession} from '../helpers/pty.js';
import {decodeTerminal} from '../helpers/qr.js';
import {testRoom, until} from '../room/helpers.js';

const article = loadBundled();
const question = article.quiz[0]!;
const letter = (option: number) => 'ABCD'[option]!;
const sessions: PtySession[] = [];
const clients: RoomClient[] = [];
const rooms: Room[] = [];
const fakes: Array<{close(): void}> = [];
afterEach(async () => {
	for (const fake of fakes.splice(0)) fake.close();
	for (const client of clients.splice(0)) client.close();
	for (const session of sessions.splice(0)) session.dispose();
	for (const room of rooms.splice(0)) await room.close();
});

function start(args: string[], size: {cols: number; rows: number}, options: {cwd?: string} = {}) {
	const runtime = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-room-'));
	const session = new PtySession(args, {...size, cwd: options.cwd, env: {XDG_RUNTIME_DIR: runtime}});
	sessions.push(session);
	return session;
}

/** The projector's slide column, left of the join panel at 160 columns, with white space folded. */
/** The slide's column as prose: lines joined by a space, except after a slash, where a path may break with none. */
const slideColumn = (session: PtySession) =>
	session
		.lines()
		.map((line) => line.slice(0, 90).trim())
		.reduce((text, line) => (text === '' || text.endsWith('/') ? text + line : `${text} ${line}`), '')
		.replace(/\s+/g, ' ');

/**
 * The projector's first screen is whole once its last row, the progress bar and "1 / N", is on
 * screen: it is written top to bottom, and the pty may deliver it in pieces, so "Join the quiz
 * at" alone could be there without the code below it or the note under the QR code.
 */
const firstScreenDrawn = / 1 \/ \d+ *$/;

/** A free port on 127.0.0.1, closed again: nothing answers on it. */
function closedPort(): Promise<number> {
	return new Promise((resolve) => {
		const server = net.createServer().listen(0, '127.0.0.1', () => {
			const {port} = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

describe('present --room', () => {
	it('at 160×45 shows the QR code and the code; bots join and answer, the tally counts them, next reveals with the evidence, next ranks them, and w keeps the results', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-results-'));
		const projector = start(['present', '--room', '--host', '127.0.0.1', '--port', '0'], {cols: 160, rows: 45}, {cwd: folder});
		await projector.ready(firstScreenDrawn);
		const screen = projector.screen();
		const url = /http:\/\/127\.0\.0\.1:(\d+)/.exec(screen)![0];
		const code = /code (\d{6})/.exec(screen)![1]!;
		// A phone's camera reads the code off the projector, once drawn: the address, upper case, with the code in its path.
		await projector.waitFor(() => decodeTerminal(projector.terminal) !== null);
		expect(decodeTerminal(projector.terminal)).toBe(`${url.toUpperCase()}/${code}`);
		expect(screen).not.toContain('half blocks');

		const bots = await Promise.all(['Ann', 'Bob', 'Cy'].map((name, index) => joinRoom({address: url, code, name, localAddress: `127.0.0.${index + 2}`})));
		clients.push(...bots);
		projector.write(String(article.sections.length + 1));
		await projector.waitFor('0 of 3 answered');
		expect(projector.screen()).toContain(question.question);
		const wrong = (question.answer + 1) % question.options.length;
		bots[0]!.answer(question.answer);
		bots[1]!.answer(wrong);
		await projector.waitFor('2 of 3 answered');
		const row = (option: number) => projector.lines().find((line) => line.includes(`${letter(option)}. ${question.options[option]}`))!;
		expect(row(question.answer)).toMatch(/█+ +1 {2,}/);
		expect(row(wrong)).toMatch(/█+ +1 {2,}/);
		expect(projector.screen()).toMatch(/\d+ s left/);

		// Next closes it early and reveals: the distribution, the right option, the evidence.
		projector.write(' ');
		await projector.waitFor('· the answer');
		const reveal = projector.screen();
		expect(reveal).toContain(`✓ ${letter(question.answer)}. ${question.options[question.answer]}`);
		expect(reveal).toContain('2 answered · 1 right');
		expect(reveal).toContain('From ¶ 4, section 1 “Interference”:');
		expect(reveal.replace(/\s+/g, ' ')).toContain('whatever they may have been');
		// The bot that did not answer hears the reveal too (in this process, once it has read it).
		await until(() => bots[2]!.view().snapshot?.reveal != null, 5000, 'the reveal on the third bot');
		expect(bots[2]!.view().snapshot?.reveal).toMatchObject({answer: question.answer, chosen: null});

		projector.write(' ');
		await projector.waitFor('After question 1 of');
		const board = projector.lines().filter((line) => /^\s+\d\. (Ann|Bob|Cy) /.test(line.slice(0, 90)));
		expect(board.map((line) => line.slice(0, 90).trim().split(/\s+/).slice(0, 2).join(' '))).toEqual(['1. Ann', '2. Bob', '2. Cy']);

		// The last step: the podium, which offers the results and writes them where it says.
		projector.write('G');
		await projector.waitFor('Press w to write the results');
		projector.write('w');
		await projector.waitFor(/Results written to \.\/press-reader-results-[\w-]+\.json\./);
		const [file] = readdirSync(folder).filter((name) => name.startsWith('press-reader-results-'));
		const results = JSON.parse(readFileSync(path.join(folder, file!), 'utf8')) as {code: string; players: Array<{name: string}>; questions: Array<{counts: number[]}>};
		expect(results.code).toBe(code);
		expect(results.players.map((player) => player.name).sort()).toEqual(['Ann', 'Bob', 'Cy']);
		expect(results.questions[0]!.counts.reduce((sum, count) => sum + count, 0)).toBe(2);

		projector.write('q');
		expect((await projector.exit()).exitCode).toBe(0);
		expect(projector.bufferType).toBe('normal');
		// The phones hear that the room has closed.
		await until(() => bots[0]!.view().ended !== null, 5000, 'the room to close on the phones');
		expect(bots[0]!.view().ended).toBe('room-closed');
	});

	it('says on the way out when results were played for and not kept, and how to keep them', async () => {
		const projector = start(['present', '--room', '--host', '127.0.0.1', '--port', '0'], {cols: 100, rows: 30});
		await projector.ready(firstScreenDrawn);
		const url = /http:\/\/127\.0\.0\.1:\d+/.exec(projector.screen())![0];
		const code = /code (\d{6})/.exec(projector.screen())![1]!;
		// At 100×30 only the half-block QR code fits beside the title, and the screen says so.
		expect(projector.screen().replace(/\s+/g, ' ')).toContain('Small QR code (half blocks)');
		clients.push(await joinRoom({address: url, code, name: 'Ann', localAddress: '127.0.0.2'}));
		projector.write(String(article.sections.length + 1));
		await projector.waitFor('0 of 1 answered');
		projector.write('q');
		expect((await projector.exit()).exitCode).toBe(0);
		expect(projector.screen().replace(/\n/g, '')).toContain("press-reader: the room's results were not saved (1 player, 1 of 17 questions played); next time press w on the last slide, or start with --results FILE");
	});

	it('writes --results FILE itself when the game ends', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-results-'));
		const file = path.join(folder, 'results.json');
		const projector = start(['present', '--room', '--host', '127.0.0.1', '--port', '0', '--timer', '5', '--results', file, '--hide-tally'], {cols: 160, rows: 45});
		await projector.ready(firstScreenDrawn);
		const url = /http:\/\/127\.0\.0\.1:\d+/.exec(projector.screen())![0];
		const code = /code (\d{6})/.exec(projector.screen())![1]!;
		const [ann, bob] = await Promise.all(['Ann', 'Bob'].map((name, index) => joinRoom({address: url, code, name, localAddress: `127.0.0.${index + 2}`})));
		clients.push(ann!, bob!);
		projector.write(String(article.sections.length + 1));
		await projector.waitFor('0 of 2 answered · answers hidden until the reveal');
		ann!.answer(question.answer);
		await projector.waitFor('1 of 2 answered');
		expect(projector.screen()).not.toMatch(/█+ +1 {2,}/);
		projector.write('G');
		await projector.waitFor(() => slideColumn(projector).includes(`Results written to ${file}.`));
		const results = JSON.parse(readFileSync(file, 'utf8')) as {timerSeconds: number; players: Array<{name: string; score: number}>};
		expect(results.timerSeconds).toBe(5);
		expect(results.players.find((player) => player.name === 'Ann')!.score).toBeGreaterThan(0);
		projector.write('q');
		expect((await projector.exit()).exitCode).toBe(0);
		expect(projector.screen()).not.toContain('not saved');
	});

	it('opens on an IPv6 address given in brackets, as a URL writes it', async () => {
		const projector = start(['present', '--room', '--host', '[::1]'], {cols: 80, rows: 24});
		await projector.ready(/http:\/\/\[::1\]:\d+/);
		projector.write('q');
		expect((await projector.exit()).exitCode).toBe(0);
	});

	it('cannot open a room on a port in use: one line naming the address, exit 1, the terminal untouched', async () => {
		const busy = net.createServer().listen(0, '127.0.0.1');
		await new Promise((resolve) => busy.once('listening', resolve));
		const {port} = busy.address() as net.AddressInfo;
		try {
			const projector = start(['present', '--room', '--host', '127.0.0.1', '--port', String(port)], {cols: 80, rows: 24});
			expect((await projector.exit()).exitCode).toBe(1);
			expect(projector.screen().trim()).toBe(`press-reader: cannot open the room on 127.0.0.1 port ${port}: that port is in use`);
			expect(projector.bufferType).toBe('normal');
		} finally {
			busy.close();
		}
	});

	it('cannot open a room on an address not on this machine: the line names the address, and no port the user never gave', async () => {
		// 192.0.2.0/24 is reserved for documentation, so no machine running the tests has it.
		const projector = start(['present', '--room', '--host', '192.0.2.1'], {cols: 120, rows: 24});
		expect((await projector.exit()).exitCode).toBe(1);
		expect(projector.screen().trim()).toBe('press-reader: cannot open the room on 192.0.2.1: that address is not on this machine');
	});

	it('refuses bad room options in one line with exit 2', () => {
		const cases: Array<[string[], string]> = [
			[['present', '--room', '--port', '70000'], 'press-reader: --port takes a port number from 1 to 65535 (0: any free port)\n'],
			[['present', '--room', '--port', 'abc'], 'press-reader: --port takes a port number from 1 to 65535 (0: any free port)\n'],
			[['present', '--room', '--timer', '2'], 'press-reader: --timer takes a whole number of seconds from 5 to 600\n'],
			[['present', '--room', '--max-players', '0'], 'press-reader: --max-players takes a whole number from 1 to 100000\n'],
			[['present', '--room', '--host', 'example.com'], 'press-reader: --host takes an IP address of this machine (or localhost), not "example.com"\n'],
			[['present', '--room', '--results', '/no/such/folder/r.json'], 'press-reader: --results /no/such/folder/r.json: the folder /no/such/folder does not exist\n'],
			// A folder no file can be made in (root may write anywhere else): found at the start, not after the game.
			[['present', '--room', '--results', '/proc/r.json'], 'press-reader: --results /proc/r.json: cannot write in the folder /proc (no file can be made there)\n'],
			[['present', '--timer', '30'], 'press-reader: --timer needs --room (press-reader present --room --timer …)\n'],
			[['present', '--room', '--no-quiz'], 'press-reader: --room plays the quiz, so it cannot go with --no-quiz\n'],
			[['notes', '--room'], 'press-reader: --room is not an option of notes (it is for present)\n'],
			[['present', '--room'], 'press-reader: present --room needs a terminal (stdin and stdout must be a terminal)\n'],
		];
		for (const [args, message] of cases) {
			const result = runCli(args);
			expect([result.status, result.stderr], args.join(' ')).toEqual([2, message]);
		}
	});
});

describe('press-reader join', () => {
	it('plays a question in a terminal: joins, follows, answers with a letter, sees the reveal with the evidence, and leaves on q', async () => {
		const room = await testRoom();
		rooms.push(room);
		room.follow({title: 'Interference', text: 'British foreign secretary Boris Johnson said on Friday…'});
		const other = await joinRoom({address: `127.0.0.1:${room.port}`, code: room.code, name: 'Bob', localAddress: '127.0.0.3'});
		clients.push(other);
		const player = start(['join', `127.0.0.1:${room.port}`, room.code, '--name', 'Ann'], {cols: 80, rows: 24});
		await player.ready('You’re in, Ann.');
		// Below it on the screen: it may arrive a moment later.
		await player.waitFor('British foreign secretary Boris Johnson said on Friday…');
		room.openQuestion(0);
		await player.waitFor(`❯ A. ${question.options[0]}`);
		expect(player.screen()).toMatch(/Question 1 of 3 · \d+ s/);
		player.write(letter(question.answer).toLowerCase());
		await player.waitFor('Answer locked');
		// The terminal locks the answer as it sends it: wait for the room to have it.
		await until(() => room.snapshot().answered === 1, 5000, 'the answer to reach the room');
		expect(room.snapshot()).toMatchObject({answered: 1, counts: question.options.map((_, option) => (option === question.answer ? 1 : 0))});
		room.closeQuestion();
		await player.waitFor('✓ Right!');
		const reveal = player.screen().replace(/\s+/g, ' ');
		expect(reveal).toMatch(/✓ Right! \+\d{3,4}/);
		expect(reveal).toContain('You: 1st of 2');
		expect(reveal).toContain('From ¶ 4, section 1 “Interference”:');
		player.write('q');
		expect((await player.exit()).exitCode).toBe(0);
		expect(player.bufferType).toBe('normal');
		expect(player.cursorVisible).toBe(true);
		// Left cleanly: the room let the name go (leaving waits for the room to close the socket).
		await until(() => room.snapshot().players.length === 1, 5000, 'Ann to leave');
		expect(room.snapshot().players.map((entry) => entry.name)).toEqual(['Bob']);
	});

	it('asks for the code and a nickname when they are missing', async () => {
		const room = await testRoom();
		rooms.push(room);
		const player = start(['join', `http://127.0.0.1:${room.port}/`], {cols: 80, rows: 24});
		await player.ready('The room’s code');
		player.write(`${room.code}\r`);
		await player.waitFor('Your nickname');
		player.write('Zed\r');
		await player.waitFor('You’re in, Zed.');
		player.write('\x03');
		expect((await player.exit()).exitCode).toBe(0);
		expect(player.bufferType).toBe('normal');
	});

	it('joins with a --name longer than the room takes, as its first 20 characters', async () => {
		const room = await testRoom();
		rooms.push(room);
		const player = start(['join', `127.0.0.1:${room.port}`, room.code, '--name', 'x'.repeat(300)], {cols: 80, rows: 24});
		await player.ready(`You’re in, ${'x'.repeat(20)}.`);
		player.write('q');
		expect((await player.exit()).exitCode).toBe(0);
	});

	it('exits 1 with one line naming a wrong code, or an address it cannot reach', async () => {
		const room = await testRoom();
		rooms.push(room);
		const wrongCode = room.code === '000000' ? '111111' : '000000';
		const wrong = start(['join', `127.0.0.1:${room.port}`, wrongCode, '--name', 'Ann'], {cols: 80, rows: 24});
		expect((await wrong.exit()).exitCode).toBe(1);
		expect(wrong.screen().replace(/\n/g, '').trim()).toBe(`press-reader: ${wrongCode} is not the code of the room at 127.0.0.1:${room.port}`);
		expect(wrong.bufferType).toBe('normal');

		const port = await closedPort();
		const away = start(['join', `127.0.0.1:${port}`, '123456', '--name', 'Ann'], {cols: 80, rows: 24});
		expect((await away.exit()).exitCode).toBe(1);
		expect(away.screen().replace(/\n/g, '').trim()).toBe(`press-reader: cannot reach 127.0.0.1:${port}: connection refused (is the room open, and the port right?)`);
	});

	it('refuses to run without a terminal, and a malformed address or code, in one line with exit 2', () => {
		expect(runCli(['join', '127.0.0.1:4242', '123456'])).toMatchObject({status: 2, stderr: 'press-reader: join needs a terminal (stdin and stdout must be a terminal)\n'});
		expect(runCli(['join'])).toMatchObject({status: 2, stderr: "press-reader: join takes the room's address and, if it is not in the address, its code: press-reader join 10.0.0.5:4242 123456\n"});
		expect(runCli(['quiz', '--name', 'Ann'])).toMatchObject({status: 2, stderr: 'press-reader: --name is not an option of quiz (it is for join)\n'});
	});
});

/** A room that is not one: it welcomes whoever joins, then sends the connection's states (the last list for later connections). */
function hostileRoom(...connections: object[][]): Promise<number> {
	return new Promise((resolve) => {
		const server: WebSocketServer = new WebSocketServer({host: '127.0.0.1', port: 0}, () => resolve((server.address() as net.AddressInfo).port));
		fakes.push(server);
		let connected = 0;
		server.on('connection', (socket) => {
			const states = connections[Math.min(connected++, connections.length - 1)]!;
			socket.once('message', () => {
				socket.send(JSON.stringify({v: 1, type: 'welcome', token: 'token', name: 'Ann', code: '123456'}));
				for (const state of states) socket.send(JSON.stringify({v: 1, type: 'state', state}));
			});
		});
	});
}

const lobby = {phase: 'lobby', name: 'Ann', score: 0, rank: null, players: 1, questionCount: 3, follow: null, question: null, reveal: null, top: []};
const following = (text: string) => ({...lobby, follow: {title: 'Talk', text}});

/** A server on a free port that does `answer` to every connection. */
function fakeServer(answer: (socket: net.Socket) => void): Promise<number> {
	return new Promise((resolve) => {
		const server = net.createServer(answer).listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
		fakes.push(server);
	});
}

describe('press-reader join, in a hostile room', () => {
	it('says in words why it could not join an address that hangs up mid-handshake, or answers with something other than a room', async () => {
		const cases: Array<[string, (socket: net.Socket) => void, string]> = [
			['hangs up', (socket) => socket.once('data', () => socket.destroy()), 'it closed the connection (is it a press-reader room?)'],
			['answers garbage', (socket) => socket.once('data', () => socket.end('\x1b'.repeat(64))), 'what answered is not a press-reader room'],
		];
		for (const [name, answer, reason] of cases) {
			const port = await fakeServer(answer);
			const player = start(['join', `127.0.0.1:${port}`, '123456', '--name', 'Ann'], {cols: 80, rows: 24});
			expect((await player.exit()).exitCode, name).toBe(1);
			expect(player.screen().replace(/\n/g, '').trim(), name).toBe(`press-reader: cannot reach 127.0.0.1:${port}: ${reason}`);
		}
	});


	it('ignores a question with 200,000 options from the room, and plays on', async () => {
		const options = Array.from({length: 200_000}, () => '');
		const question = {index: 0, text: 'Which?', options, endsInMs: 20_000, timerMs: 20_000, chosen: null, canAnswer: true};
		const port = await hostileRoom([following('before the question'), {...lobby, phase: 'question', question}], [following('after reconnecting')]);
		const player = start(['join', `127.0.0.1:${port}`, '123456', '--name', 'Ann'], {cols: 80, rows: 24});
		await player.ready('before the question');
		player.write('r');
		await player.waitFor('after reconnecting');
		player.write('q');
		expect((await player.exit()).exitCode).toBe(0);
		expect(player.screen()).not.toContain('internal error');
		expect(player.bufferType).toBe('normal');
	});
});
