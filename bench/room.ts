// `npm run bench:room`: a room with N bot players on loopback (default 500, then 1,000), each in
// a process of its own role: the room in one (as the presenter's process would be), the bots in
// another, so the room's figures are its own. For every answer, the time from the bot sending it
// to the presenter's 'change' event that counts it (the projector's tally), p50 and p99; and the
// room process's peak RSS. BENCH_ROOM_PLAYERS=500,1000 and BENCH_ROOM_QUESTIONS=5 change the run.
// Loopback only: bots use source addresses 127.0.0.2–127.0.0.251, four sockets each at most.
import {fork, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadArticle} from '../src/content/load.js';
import {joinRoom, type RoomClient} from '../src/room/client.js';
import {openRoom} from '../src/room/server.js';

const self = fileURLToPath(import.meta.url);
const role = process.env['BENCH_ROOM_ROLE'] ?? 'main';
const now = () => performance.timeOrigin + performance.now();
/** Bots answer at random within this window after seeing the question, as a hall would. */
const spreadMs = 3000;

type ToBots = {type: 'join'; port: number; code: string; players: number} | {type: 'answer'; question: number; options: number} | {type: 'report'} | {type: 'quit'};
type FromBots = {type: 'joined'; failed: number} | {type: 'sent'; times: Record<string, number>};
type ToMain = {type: 'result'; players: number; latencies: number[]; missing: number; peakRssMb: number; idleRssMb: number; failedJoins: number};

const source = (n: number) => `127.0.0.${2 + (n % 250)}`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const peakRss = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const rss = () => process.memoryUsage().rss / 1024 / 1024;

function message<T>(child: ChildProcess | NodeJS.Process, wanted: string): Promise<T> {
	return new Promise((resolve) => {
		const listener = (data: unknown) => {
			if ((data as {type?: string}).type !== wanted) return;
			child.off('message', listener);
			resolve(data as T);
		};
		child.on('message', listener);
	});
}

function bots() {
	const clients: RoomClient[] = [];
	const sent: Record<string, number> = {};
	const handle = async (raw: ToBots) => {
		if (raw.type === 'join') {
			let failed = 0;
			for (let from = 0; from < raw.players; from += 50) {
				const batch = Array.from({length: Math.min(50, raw.players - from)}, (_, offset) => from + offset);
				const joined = await Promise.allSettled(batch.map((n) => joinRoom({address: `127.0.0.1:${raw.port}`, code: raw.code, name: `bot ${n}`, localAddress: source(n), timeoutMs: 20_000})));
				for (const result of joined) {
					if (result.status === 'fulfilled') clients.push(result.value);
					else failed++;
				}
			}
			process.send!({type: 'joined', failed} satisfies FromBots);
		} else if (raw.type === 'answer') {
			for (const client of clients) {
				const answerWhenShown = () => {
					if (client.view().snapshot?.question?.index !== raw.question) return false;
					setTimeout(() => {
						const name = client.view().name ?? '';
						if (client.answer(Math.floor(Math.random() * raw.options))) sent[`${raw.question}:${name}`] = now();
					}, Math.random() * spreadMs);
					return true;
				};
				if (!answerWhenShown()) {
					const off = client.on('change', () => {
						if (answerWhenShown()) off();
					});
				}
			}
		} else if (raw.type === 'report') {
			process.send!({type: 'sent', times: {...sent}} satisfies FromBots);
		} else {
			for (const client of clients) client.close();
			process.exit(0);
		}
	};
	process.on('message', (raw: ToBots) => void handle(raw));
}

async function server() {
	const players = Number(process.env['BENCH_ROOM_N']);
	const questionCount = Number(process.env['BENCH_ROOM_QUESTIONS'] ?? 5);
	const loaded = await loadArticle('content/johnson-lavrov-2017.yaml');
	if (loaded.article === null) throw new Error('the bundled article did not load');
	const article = loaded.article;
	const questions = article.quiz.slice(0, questionCount);
	const room = await openRoom({article, questions, host: '127.0.0.1', port: 0, timer: 20, maxPlayers: players});
	const idleRssMb = rss();
	const seen: Record<string, number> = {};
	room.on('change', (snapshot) => {
		const at = now();
		if (snapshot.phase !== 'question' && snapshot.phase !== 'reveal') return;
		for (const player of snapshot.players) {
			const key = `${snapshot.question}:${player.name}`;
			if (player.answered && seen[key] === undefined) seen[key] = at;
		}
	});
	const child = fork(self, {env: {...process.env, BENCH_ROOM_ROLE: 'bots'}, stdio: 'inherit'});
	const joined = message<Extract<FromBots, {type: 'joined'}>>(child, 'joined');
	child.send({type: 'join', port: room.port, code: room.code, players} satisfies ToBots);
	const {failed} = await joined;
	for (const [index, question] of questions.entries()) {
		room.openQuestion(index);
		child.send({type: 'answer', question: index, options: question.options.length} satisfies ToBots);
		// Every bot answers within the spread; the question closes itself once all have.
		const deadline = Date.now() + 25_000;
		while (room.snapshot().phase === 'question' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	const report = message<Extract<FromBots, {type: 'sent'}>>(child, 'sent');
	child.send({type: 'report'} satisfies ToBots);
	const {times} = await report;
	child.send({type: 'quit'} satisfies ToBots);
	const latencies: number[] = [];
	let missing = 0;
	for (const [key, sentAt] of Object.entries(times)) {
		const at = seen[key];
		if (at === undefined) missing++;
		else latencies.push(at - sentAt);
	}
	await room.close();
	process.send!({type: 'result', players, latencies, missing, peakRssMb: peakRss(), idleRssMb, failedJoins: failed} satisfies ToMain);
}

async function main() {
	const counts = (process.env['BENCH_ROOM_PLAYERS'] ?? '500,1000').split(',').map(Number);
	console.log(`Room bench: bots on loopback answer at random within ${spreadMs / 1000} s of each question; latency is answer sent → presenter's tally.`);
	console.log('| players | answers | p50 | p99 | max | room peak RSS | room RSS before bots |');
	console.log('|---|---|---|---|---|---|---|');
	for (const players of counts) {
		const child = fork(self, {env: {...process.env, BENCH_ROOM_ROLE: 'server', BENCH_ROOM_N: String(players)}, stdio: 'inherit'});
		const result = await message<ToMain>(child, 'result');
		child.kill();
		const sorted = result.latencies.sort((a, b) => a - b);
		const ms = (value: number) => `${value.toFixed(0)} ms`;
		const notes = [result.failedJoins > 0 ? `${result.failedJoins} joins failed` : '', result.missing > 0 ? `${result.missing} answers never counted` : ''].filter(Boolean).join(', ');
		console.log(`| ${players} | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? Number.NaN)} | ${result.peakRssMb.toFixed(0)} MB | ${result.idleRssMb.toFixed(0)} MB |${notes ? ` ${notes}` : ''}`);
	}
}

if (role === 'bots') bots();
else if (role === 'server') await server();
else await main();
