import {mkdtempSync, readFileSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {joinRoom, type RoomClient} from '../../src/room/client.js';
import type {RoomResults} from '../../src/room/results.js';
import type {Room} from '../../src/room/server.js';
import type {RoomSnapshot} from '../../src/room/views.js';
import {parseArticle} from '../../src/content/load.js';
import {bundledSource} from '../helpers/content.js';
import {Probe, article, joined, source, testRoom, until} from './helpers.js';

let rooms: Room[] = [];
let clients: RoomClient[] = [];
async function room(...args: Parameters<typeof testRoom>) {
	const opened = await testRoom(...args);
	rooms.push(opened);
	return opened;
}

afterEach(async () => {
	for (const client of clients) client.close();
	await Promise.all(rooms.map((opened) => opened.close()));
	rooms = [];
	clients = [];
});

async function bot(opened: Room, name: string, n: number): Promise<RoomClient> {
	const client = await joinRoom({address: `127.0.0.1:${opened.port}`, code: opened.code, name, localAddress: source(n)});
	clients.push(client);
	return client;
}

async function get(opened: Room, target: string, method = 'GET'): Promise<{status: number; headers: Record<string, string | null>; body: string}> {
	const response = await fetch(`http://127.0.0.1:${opened.port}${target}`, {method});
	const headers: Record<string, string | null> = {};
	for (const name of ['content-security-policy', 'x-content-type-options', 'content-type']) headers[name] = response.headers.get(name);
	return {status: response.status, headers, body: await response.text()};
}

/** Sends raw bytes and returns whatever the server answers before closing. */
function rawExchange(opened: Room, bytes: string | Buffer): Promise<string> {
	return new Promise((resolve) => {
		const socket = net.connect({host: '127.0.0.1', port: opened.port, localAddress: source(200)});
		let received = '';
		socket.on('data', (chunk) => (received += chunk.toString('latin1')));
		socket.on('error', () => undefined);
		socket.on('close', () => resolve(received));
		socket.on('connect', () => socket.write(bytes));
		setTimeout(() => socket.destroy(), 1500);
	});
}

describe('a whole quiz with bots', () => {
	it('tallies every answer and scores each player exactly, streak bonus included', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'room-')), 'results.json');
		const opened = await room({results: file});
		const names = ['Ann', 'Bob', 'Cat', 'Dan', 'Eve', 'Fay'];
		const bots = await Promise.all(names.map((name, index) => bot(opened, name, index)));
		// Ann and Bob answer right every time, Cat always A, the rest the option after the right one.
		const choice = (name: string, answer: number, options: number) => (name === 'Ann' || name === 'Bob' ? answer : name === 'Cat' ? 0 : (answer + 1) % options);
		const questions = article.quiz.slice(0, 3);
		for (const [index, question] of questions.entries()) {
			opened.openQuestion(index);
			await until(() => bots.every((client) => client.view().snapshot?.question?.index === index), 3000, 'every bot to see the question');
			for (const [at, client] of bots.entries()) expect(client.answer(choice(names[at]!, question.answer, question.options.length))).toBe(true);
			// Everyone answered: the question closes by itself and every phone gets the reveal.
			await until(() => bots.every((client) => client.view().snapshot?.phase === 'reveal'), 3000, 'the reveal');
			const expected = new Array<number>(question.options.length).fill(0);
			for (const name of names) expected[choice(name, question.answer, question.options.length)]!++;
			expect(opened.snapshot().counts).toEqual(expected);
			expect(bots[0]!.view().snapshot?.reveal?.counts).toEqual(expected);
		}
		opened.end();
		await until(() => bots.every((client) => client.view().snapshot?.phase === 'end'), 3000, 'the podium');
		await opened.close();

		const results = JSON.parse(readFileSync(file, 'utf8')) as RoomResults;
		const byName = new Map(results.players.map((player) => [player.name, player]));
		const ann = byName.get('Ann')!;
		expect(ann.answers.map((answer) => answer.bonus)).toEqual([0, 100, 200]);
		// Every right answer's points follow from its server time: round(1000 × (1 − t/T/2)).
		for (const player of results.players) {
			for (const answer of player.answers) {
				expect(answer.points).toBe(answer.correct ? Math.round(1000 * (1 - answer.timeMs! / 10_000 / 2)) : 0);
			}
			expect(player.score).toBe(player.answers.reduce((sum, answer) => sum + answer.points + answer.bonus, 0));
		}
		expect(byName.get('Fay')!.score).toBe(0);
		expect(results.questions.map((question) => question.answered)).toEqual([6, 6, 6]);
		expect(bots[0]!.view().snapshot?.top.map((entry) => entry.name).slice(0, 2).sort()).toEqual(['Ann', 'Bob']);
	});

	it('never sends the answer key, explanation or evidence before the reveal', async () => {
		const opened = await room();
		const probe = await joined(opened, 'Ann');
		await joined(opened, 'Bob', source(1));
		const question = article.quiz[0]!;
		const mark = probe.messages.length;
		opened.openQuestion(0);
		await probe.next('state', mark);
		const beforeReveal = probe.raw.join('\n');
		expect(beforeReveal).not.toContain(question.explanation);
		expect(beforeReveal).not.toContain(question.evidence[0]!.text);
		expect(beforeReveal).not.toContain('"answer"');
		const revealMark = probe.messages.length;
		opened.closeQuestion();
		const reveal = await probe.next('state', revealMark);
		expect(reveal.state.reveal).toMatchObject({answer: question.answer, explanation: question.explanation});
	});

	it('does not tell a player whether their answer was right before the reveal: their score and rank wait for it', async () => {
		const opened = await room();
		const ann = await joined(opened, 'Ann');
		const bob = await joined(opened, 'Bob', source(1));
		const [first, second] = article.quiz;
		// A first question played, so that ranks are shown; Bob gets it right, Ann does not.
		opened.openQuestion(0);
		await ann.next('state', ann.messages.length);
		bob.send({type: 'answer', question: 0, option: first!.answer});
		ann.send({type: 'answer', question: 0, option: (first!.answer + 1) % first!.options.length});
		await until(() => opened.snapshot().phase === 'reveal', 3000, 'the reveal');
		opened.openQuestion(1);
		await ann.next('state', ann.messages.length);
		const before = ann.last('state')!.state;
		expect([before.score, before.rank]).toEqual([0, 2]);
		ann.send({type: 'answer', question: 1, option: second!.answer});
		const locked = await ann.next('state', ann.messages.length);
		expect(locked.state.question?.chosen).toBe(second!.answer);
		expect([locked.state.score, locked.state.rank]).toEqual([0, 2]);
		opened.closeQuestion();
		const revealed = await ann.next('state', ann.messages.length);
		expect(revealed.state.score).toBeGreaterThan(0);
		expect(revealed.state.reveal?.correct).toBe(true);
	});

	it('lets a late joiner watch the open question and answer the next one', async () => {
		const opened = await room();
		await joined(opened, 'Ann');
		opened.openQuestion(0);
		const late = await joined(opened, 'Bob', source(1));
		expect(late.last('state')!.state.question).toMatchObject({index: 0, canAnswer: false});
		late.send({type: 'answer', question: 0, option: 0});
		expect((await late.next('refused')).reason).toBe('not-eligible');
		opened.openQuestion(1);
		const next = await late.next('state', late.messages.length);
		expect(next.state.question).toMatchObject({index: 1, canAnswer: true});
	});
});

describe('joining and resuming', () => {
	it('rejects a wrong code with a message naming the code', async () => {
		const opened = await room();
		const wrong = opened.code === '000000' ? '111111' : '000000';
		await expect(joinRoom({address: `http://127.0.0.1:${opened.port}/?code=${wrong}`, name: 'Ann', localAddress: source(3)})).rejects.toThrow(`${wrong} is not the code of the room at 127.0.0.1:${opened.port}`);
	});

	it('rejects an unreachable address naming it', async () => {
		const opened = await room();
		const port = opened.port;
		await opened.close();
		await expect(joinRoom({address: `127.0.0.1:${port}`, code: '123456', name: 'Ann'})).rejects.toThrow(`cannot reach 127.0.0.1:${port}: connection refused`);
	});

	it('gives a resumed player their name, score and phase back, and closes the old socket', async () => {
		const opened = await room();
		const first = await joined(opened, 'Ann');
		await joined(opened, 'Bob', source(4));
		const token = first.last('welcome')!.token;
		let mark = first.messages.length;
		opened.openQuestion(0);
		await first.next('state', mark);
		mark = first.messages.length;
		first.send({type: 'answer', question: 0, option: article.quiz[0]!.answer});
		const locked = await first.next('state', mark);
		expect(locked.state.question?.chosen).toBe(article.quiz[0]!.answer);
		const second = new Probe(opened, {localAddress: source(1)});
		await second.opened;
		second.send({type: 'resume', code: opened.code, token});
		const welcome = await second.next('welcome', 0);
		const state = await second.next('state', 0);
		expect(welcome.name).toBe('Ann');
		expect(state.state).toMatchObject({phase: 'question', name: 'Ann', question: {index: 0, chosen: article.quiz[0]!.answer}});
		expect(await first.closed()).toBe(4001);
		// The points of the answer given before the drop show at the reveal, as everyone's do.
		mark = second.messages.length;
		opened.closeQuestion();
		expect((await second.next('state', mark)).state.score).toBeGreaterThan(500);
	});

	it('brings the terminal client back with its score after its connection drops', async () => {
		const opened = await room();
		const ann = await bot(opened, 'Ann', 1);
		await bot(opened, 'Bob', 2);
		opened.openQuestion(0);
		await until(() => ann.view().snapshot?.question?.index === 0, 3000, 'the question');
		ann.answer(article.quiz[0]!.answer);
		opened.closeQuestion();
		await until(() => ann.view().snapshot?.phase === 'reveal', 3000, 'the reveal');
		const score = ann.view().snapshot!.score;
		const states: string[] = [];
		ann.on('change', (view) => states.push(view.connection));
		ann.reconnect();
		opened.openQuestion(1);
		await until(() => ann.view().snapshot?.question?.index === 1 && ann.view().connection === 'open', 3000, 'the resume');
		expect(states).toContain('reconnecting');
		expect(ann.view().snapshot).toMatchObject({name: 'Ann', score});
		expect(opened.snapshot().players.filter((player) => player.connected)).toHaveLength(2);
	});

	it('refuses an unknown token', async () => {
		const opened = await room();
		const probe = new Probe(opened, {localAddress: source(2)});
		await probe.opened;
		probe.send({type: 'resume', code: opened.code, token: 'made-up'});
		expect((await probe.next('refused')).reason).toBe('unknown-token');
	});

	it('marks a player disconnected when their socket drops and frees nothing until the window ends', async () => {
		const opened = await room();
		const probe = await joined(opened, 'Ann');
		probe.close();
		await until(() => opened.snapshot().players[0]?.connected === false, 3000, 'the disconnect');
		const again = new Probe(opened, {localAddress: source(1)});
		await again.opened;
		again.send({type: 'join', code: opened.code, name: 'ANN'});
		expect((await again.next('refused')).reason).toBe('name-taken');
	});

	it('cleans nicknames and generates one for a blank name', async () => {
		const opened = await room();
		await joined(opened, '\x1b[31mEvil\x1b[0m\u202e name');
		await joined(opened, '   ', source(1));
		const names = opened.snapshot().players.map((player) => player.name);
		expect(names).toContain('Evil name');
		expect(names.find((name) => name !== 'Evil name')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+/);
	});

	it('refuses joins while locked and past the player limit', async () => {
		const opened = await room({maxPlayers: 1});
		await joined(opened, 'Ann');
		const full = new Probe(opened, {localAddress: source(1)});
		await full.opened;
		full.send({type: 'join', code: opened.code, name: 'Bob'});
		expect((await full.next('refused')).reason).toBe('full');
		opened.lock(true);
		full.send({type: 'join', code: opened.code, name: 'Cat'});
		expect((await full.next('refused', full.messages.length)).reason).toBe('locked');
		expect(opened.snapshot().locked).toBe(true);
	});

	it('allows about ten join attempts a minute from one address', async () => {
		const opened = await room();
		const probe = new Probe(opened, {localAddress: source(5)});
		await probe.opened;
		for (let attempt = 0; attempt < 10; attempt++) {
			probe.send({type: 'join', code: '999999' === opened.code ? '999998' : '999999', name: 'x'});
			expect((await probe.next('refused', probe.messages.length)).reason).toBe('bad-code');
		}
		probe.send({type: 'join', code: opened.code, name: 'Ann'});
		expect((await probe.next('refused', probe.messages.length)).reason).toBe('rate-limited');
	});
});

describe('what sockets cannot do', () => {
	it('cannot open, reveal or end the game, and its garbage is dropped and counted', async () => {
		const opened = await room();
		const probe = await joined(opened, 'Ann');
		for (const message of [{type: 'open', question: 0}, {type: 'reveal'}, {type: 'end'}, {type: 'answer', question: 'x'}]) probe.send(message);
		probe.ws.send('not json {');
		probe.ws.send(Buffer.from([1, 2, 3]));
		probe.ws.send(JSON.stringify({v: 2, type: 'ping'}));
		await until(() => opened.snapshot().dropped >= 7, 3000, 'the drops');
		expect(opened.snapshot()).toMatchObject({phase: 'lobby', question: -1, dropped: 7});
		probe.send({type: 'ping'});
		await probe.next('pong');
	});

	it('refuses an upgrade from another origin, and accepts the page’s own', async () => {
		const opened = await room();
		const foreign = new Probe(opened, {origin: 'http://evil.example', localAddress: source(1)});
		await expect(foreign.opened).rejects.toThrow('403');
		const own = new Probe(opened, {origin: `http://127.0.0.1:${opened.port}`, localAddress: source(2)});
		await own.opened;
	});

	it('refuses an upgrade whose Host is a name this machine does not go by (DNS rebinding)', async () => {
		const opened = await room();
		const rebound = new Probe(opened, {headers: {Host: `attacker.example:${opened.port}`}, origin: `http://attacker.example:${opened.port}`, localAddress: source(1)});
		await expect(rebound.opened).rejects.toThrow('403');
	});

	it('allows a few sockets per address and refuses the next', async () => {
		const opened = await room();
		const probes = Array.from({length: 4}, () => new Probe(opened, {localAddress: source(7)}));
		await Promise.all(probes.map((probe) => probe.opened));
		const fifth = new Probe(opened, {localAddress: source(7)});
		await expect(fifth.opened).rejects.toThrow('429');
		probes[0]!.close();
		await until(() => opened.stats().sockets === 3, 3000, 'the socket to go');
		await new Probe(opened, {localAddress: source(7)}).opened;
	});

	it('closes a socket that sends a message over 4 KB', async () => {
		const opened = await room();
		const probe = await joined(opened, 'Ann');
		probe.send({type: 'join', code: opened.code, name: 'x'.repeat(5000)});
		expect(await probe.closed()).toBe(1009);
		await until(() => opened.snapshot().players[0]?.connected === false, 3000, 'the disconnect');
	});

	it('throttles a flood and closes the socket, while others carry on', async () => {
		const opened = await room();
		const flooder = await joined(opened, 'Ann');
		const calm = await joined(opened, 'Bob', source(1));
		for (let count = 0; count < 300; count++) flooder.send({type: 'ping'});
		expect(await flooder.closed()).toBe(4003);
		expect(flooder.messages.filter((message) => message.type === 'pong').length).toBeLessThanOrEqual(25);
		calm.send({type: 'ping'});
		await calm.next('pong');
	});

	it('drops a socket that stops answering pings', async () => {
		const opened = await room({limits: {heartbeatMs: 100, silentMs: 300}});
		const silent = new Probe(opened, {autoPong: false, localAddress: source(1)});
		const alive = new Probe(opened, {localAddress: source(2)});
		await Promise.all([silent.opened, alive.opened]);
		expect(await silent.closed()).toBe(1006);
		expect(alive.closeCode).toBeNull();
		expect(opened.stats().sockets).toBe(1);
	});

	// Ctrl+Z on the presenter's terminal (or the laptop's lid) stops the room; back, its overdue
	// heartbeat ran before it read what the phones sent meanwhile, and dropped every one as silent.
	it('keeps every socket when the room itself was asleep, and drops a silent one after', async () => {
		const opened = await room({limits: {heartbeatMs: 100, silentMs: 300}});
		const ann = await joined(opened, 'Ann', source(1));
		const silent = new Probe(opened, {autoPong: false, localAddress: source(2)});
		await silent.opened;
		// The whole process stopped for a second: no timer, no socket read.
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
		await new Promise((resolve) => setTimeout(resolve, 150));
		expect(ann.closeCode).toBeNull();
		expect(opened.snapshot().players[0]?.connected).toBe(true);
		expect(await silent.closed()).toBe(1006);
		expect(ann.closeCode).toBeNull();
	});
});

describe('HTTP', () => {
	it('serves the page with a content security policy and no external resources', async () => {
		const opened = await room();
		const page = await get(opened, '/?code=123456');
		expect(page.status).toBe(200);
		expect(page.headers['content-security-policy']).toContain("default-src 'none'");
		expect(page.headers['content-security-policy']).toContain("script-src 'self'");
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		expect(page.body).not.toMatch(/https?:\/\//);
		const script = await get(opened, '/app.js');
		expect(script.headers['content-type']).toContain('javascript');
		expect(script.body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
		expect((await get(opened, `/${opened.code}`)).status).toBe(200);
	});

	it('answers 404 to unknown paths and path traversal, 405 to other methods', async () => {
		const opened = await room();
		expect((await get(opened, '/etc/passwd')).status).toBe(404);
		expect(await rawExchange(opened, 'GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 404/);
		expect((await get(opened, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
		expect((await get(opened, '/app.js/../package.json')).status).toBe(404);
		expect((await get(opened, '/', 'POST')).status).toBe(405);
		expect((await get(opened, '/', 'DELETE')).status).toBe(405);
		expect((await get(opened, '/', 'HEAD')).status).toBe(200);
	});

	it('closes a connection that says nothing, and one that trickles its headers, once the header time is up (slowloris)', async () => {
		const opened = await room({limits: {headersMs: 300}});
		const connect = (n: number) => {
			const socket = net.connect({host: '127.0.0.1', port: opened.port, localAddress: source(n)});
			socket.on('error', () => undefined);
			// Read what the server answers (a 400, or nothing), so that its closing is seen.
			socket.resume();
			return {socket, closed: new Promise<void>((resolve) => socket.once('close', () => resolve()))};
		};
		const silent = connect(1);
		const trickling = connect(2);
		trickling.socket.once('connect', () => trickling.socket.write('GET / HTTP/1.1\r\n'));
		const drip = setInterval(() => trickling.socket.write('X-Drip: 1\r\n'), 50);
		try {
			await Promise.all([silent.closed, trickling.closed]);
		} finally {
			clearInterval(drip);
		}
		await until(() => opened.stats().connections === 0, 3000, 'the connections to be let go');
		expect((await get(opened, '/')).status).toBe(200);
	});

	it('survives random bytes and malformed requests', async () => {
		const opened = await room();
		const garbage = Buffer.from(Array.from({length: 4096}, (_, index) => (index * 7919) % 256));
		expect(await rawExchange(opened, garbage)).toMatch(/^HTTP\/1\.1 400/);
		expect(await rawExchange(opened, 'GET / HTTP/9.9\r\n\r\n')).toMatch(/^HTTP\/1\.1 (400|505)/);
		expect(await rawExchange(opened, `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toMatch(/^HTTP\/1\.1 (400|431)/);
		await rawExchange(opened, 'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n');
		expect((await get(opened, '/')).status).toBe(200);
		expect(opened.stats().sockets).toBe(0);
	});
});

describe('the presenter’s view', () => {
	it('reports answered n of m, counts, players and the reveal', async () => {
		const opened = await room({hideTally: true});
		const snapshots: RoomSnapshot[] = [];
		opened.on('change', (snapshot) => snapshots.push(snapshot));
		const ann = await joined(opened, 'Ann');
		await joined(opened, 'Bob', source(1));
		opened.follow({title: 'Interference', text: 'The first paragraph.'});
		opened.openQuestion(0);
		await ann.next('state', ann.messages.length);
		ann.send({type: 'answer', question: 0, option: 1});
		await until(() => snapshots.at(-1)?.answered === 1, 3000, 'the tally');
		const live = snapshots.at(-1)!;
		expect(live).toMatchObject({phase: 'question', answered: 1, expected: 2, tallyHidden: true, reveal: null});
		expect(live.counts[1]).toBe(1);
		expect(live.players.find((player) => player.name === 'Ann')?.answered).toBe(true);
		opened.closeQuestion();
		const reveal = await ann.next('state', ann.messages.length);
		expect(reveal.state.reveal?.counts).toBeNull();
		expect(opened.snapshot().reveal?.answer).toBe(article.quiz[0]!.answer);
		expect(reveal.state.follow).toEqual({title: 'Interference', text: 'The first paragraph.'});
	});

	it('emits changes at most about ten times a second', async () => {
		const opened = await room();
		let changes = 0;
		opened.on('change', () => changes++);
		for (let index = 0; index < 50; index++) opened.lock(index % 2 === 0);
		await new Promise((resolve) => setTimeout(resolve, 350));
		expect(changes).toBeGreaterThan(0);
		expect(changes).toBeLessThanOrEqual(4);
	});
});

describe('results', () => {
	it('shows a failed write to the presenter and rejects close with the one-line reason', async () => {
		const opened = await testRoom({results: '/nonexistent-folder/results.json'});
		await joined(opened, 'Ann');
		opened.openQuestion(0);
		opened.end();
		await until(() => opened.snapshot().results !== null, 3000, 'the write');
		expect(opened.snapshot().results).toMatchObject({file: '/nonexistent-folder/results.json', writtenAt: null, error: "cannot write the room's results to /nonexistent-folder/results.json: ENOENT"});
		await expect(opened.close()).rejects.toThrow('/nonexistent-folder/results.json: ENOENT');
	});
});

describe('long text', () => {
	it('sends phones a long step, and a long cited paragraph, cut around what matters, so the terminal client stays connected', async () => {
		// The paragraph the first question cites, a megabyte and a half long (more words at its end).
		const at = bundledSource.indexOf('  - id: p4\n');
		const end = bundledSource.indexOf('\n  - id:', at + 1);
		const long = parseArticle('long.yaml', `${bundledSource.slice(0, end)}\n      ${'word '.repeat(300_000).trim()}${bundledSource.slice(end)}`).article!;
		const paragraph = long.paragraphs.find((candidate) => candidate.id === 'p4')!;
		expect(paragraph.text.length).toBeGreaterThan(1_500_000);
		const opened = await room({article: long, questions: long.quiz.slice(0, 1)});
		const client = await bot(opened, 'Ann', 1);
		opened.follow({title: 'Interference', text: paragraph.text});
		await until(() => client.view().snapshot?.follow?.text.startsWith(paragraph.text.slice(0, 40)) === true, 3000, 'the step on the phone');
		expect(client.view().snapshot!.follow!.text.length).toBeLessThan(3000);
		opened.openQuestion(0);
		await until(() => client.view().snapshot?.phase === 'question', 3000, 'the question');
		opened.closeQuestion();
		await until(() => client.view().snapshot?.phase === 'reveal', 3000, 'the reveal');
		const passage = client.view().snapshot!.reveal!.evidence[0]!;
		const [from, to] = passage.marks[0]!;
		expect(passage.text.slice(from, to)).toBe(long.quiz[0]!.evidence[0]!.text);
		expect(passage.text.length).toBeLessThan(3000);
		expect(client.view().connection).toBe('open');
	});
});

describe('connection churn', () => {
	it('stays up through 1,000 connect/disconnect cycles and gives its memory back', async () => {
		const opened = await room();
		const {setFlagsFromString} = await import('node:v8');
		const {runInNewContext} = await import('node:vm');
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		const cycle = async (n: number) => {
			const probe = new Probe(opened, {localAddress: source(n)});
			await probe.opened;
			if (n % 2 === 0) {
				probe.send({type: 'join', code: opened.code, name: `churn ${n}`});
				await probe.next('state');
				probe.send({type: 'leave'});
				await probe.closed();
			} else probe.close();
		};
		const run = async (from: number, count: number) => {
			for (let batch = from; batch < from + count; batch += 20) await Promise.all(Array.from({length: 20}, (_, offset) => cycle(batch + offset)));
			await until(() => opened.stats().sockets === 0 && opened.stats().connections === 0, 5000, 'every socket to close');
		};
		await run(0, 200);
		gc();
		const before = process.memoryUsage().heapUsed;
		await run(200, 1000);
		gc();
		const after = process.memoryUsage().heapUsed;
		expect(opened.snapshot().playerCount).toBe(0);
		expect(after - before).toBeLessThan(4 * 1024 * 1024);
		expect((await get(opened, '/')).status).toBe(200);
	}, 60_000);
});
