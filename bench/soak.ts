// The soak: ten thousand random keys, in bursts, with a resize every few hundred, in the reader and
// the quiz; memory after them against memory after the first screen. Caches that grow with what was
// shown (sections at each width, slides, feedback) must be bounded: the target is ≤ 1.2×.
import {readFileSync} from 'node:fs';
import {PtySession} from '../test/helpers/pty.js';
import {seededRandom} from '../src/quiz/shuffle.js';

function residentMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The keys of the reader and the quiz, but those that could quit: q, Ctrl+C, Ctrl+Z, and Enter or
// a digit that might land on the end of a round's "Quit". Searches are committed on their own, and
// only while the reader is on screen.
const keys = ['l', 'h', 'j', 'k', ' ', '\x1b[C', '\x1b[D', '\x1b[A', '\x1b[B', '\x1b[6~', '\x1b[5~', 'g', 'G', '1', '2', 'd', 't', '\x1b', '?', 'p', '/trust', '\x7f', 'n', 'N', 'x', 'a', 'b', 'c', 'r'];
const searches = ['/lavrov\r', '/coat\r', '/terrible\r', '/xyzzy\r'];

export async function benchSoak(env: Record<string, string>, count = 10_000): Promise<void> {
	const random = seededRandom(2026);
	const session = new PtySession(['--no-save'], {cols: 100, rows: 30, env: {...env, ...(process.env['SOAK_NODE_OPTIONS'] ? {NODE_OPTIONS: process.env['SOAK_NODE_OPTIONS']} : {})}});
	try {
		await session.when(() => session.screen().includes('1/4'));
		await pause(1500);
		const first = residentMb(session.pid);
		if (process.env['SOAK_SNAPSHOT']) {
			process.kill(session.pid, 'SIGUSR2');
			await pause(4000);
		}
		let sent = 0;
		let exited: unknown = null;
		void session.exited.then((status) => {
			exited = status;
		});
		while (sent < count) {
			if (exited !== null) throw new Error(`the reader exited after ${sent} keys (${JSON.stringify(exited)}); screen:\n${session.screen()}\n${session.output.slice(-2000)}`);
			let burst = '';
			for (let index = 0; index < 10; index++, sent++) burst += keys[Math.floor(random() * keys.length)];
			session.write(burst);
			if (sent % 50 < 10) {
				await pause(60);
				// The reader, with no overlay or search under way: a header "n/N" and a section title.
				if (/^ .* \d+\/\d+ *$/.test(session.lines()[0] ?? '') && !/Quiz|Keys|Contents|Cast|results/.test(session.lines()[1] ?? '')) session.write(searches[Math.floor(random() * searches.length)]!);
			}
			if (sent % 300 < 10) session.resize(40 + Math.floor(random() * 120), 10 + Math.floor(random() * 40));
			await pause(25);
		}
		session.resize(100, 30);
		// Twice: 3 s after the last key V8 may still hold the young generation the bursts grew; it
		// gives it back once the program has been idle for a few seconds more.
		await pause(3000);
		const soon = residentMb(session.pid);
		await pause(Number(process.env['SOAK_SETTLE'] ?? 9000));
		const after = residentMb(session.pid);
		if (process.env['SOAK_SNAPSHOT']) {
			process.kill(session.pid, 'SIGUSR2');
			await pause(4000);
		}
		if (process.env['SOAK_TRACE']) console.log(session.output.match(/(Mark-Compact|Scavenge)[^\r\n]*/g)?.slice(-6).join('\n'));
		console.log(`Soak: ${count.toLocaleString('en')} random keys in bursts of 10, a resize every 300: RSS ${first.toFixed(0)} MB after the first screen; 3 s after the last key ${soon.toFixed(0)} MB (${(soon / first).toFixed(2)}×), 12 s after ${after.toFixed(0)} MB (${(after / first).toFixed(2)}×; target ≤ 1.2×).`);
	} finally {
		session.dispose();
	}
}
