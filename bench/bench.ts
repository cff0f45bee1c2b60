// `npm run bench`: startup, key latency, bytes per screen change and peak memory of the real CLI
// in a pseudo-terminal, beside a bare Node baseline measured in the same run. Figures are noisy on
// shared machines; compare the ratios. Never part of `npm test`.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {articleToJson} from '../src/export/json.js';
import {PtySession} from '../test/helpers/pty.js';
import {benchSoak} from './soak.js';
import {loadBundled} from '../test/helpers/content.js';
import {openRoom} from '../src/room/server.js';
import {benchDraft} from './draft.js';
import {validateBig} from './validateBig.js';

const runs = Number(process.env['BENCH_RUNS'] ?? 9);
/** The 50,000-paragraph check takes seconds a run: fewer runs of it. */
const validateRuns = Math.min(runs, 3);
const size = {cols: 100, rows: 30};
const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-bench-'));
// State, sockets and caches go to a scratch folder: the scenarios start the commands as a user
// usually does, with no options (which would also load meow, ~70 ms here).
const env = {XDG_STATE_HOME: scratch, XDG_RUNTIME_DIR: scratch, XDG_CACHE_HOME: scratch};

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function peakRss(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
	} catch {
		return Number.NaN;
	}
}

/** Characters of text on the new screen (each row from its first to its last non-blank character). */
function printable(session: PtySession): number {
	return session.lines().reduce((sum, line) => sum + line.trim().length, 0);
}

/** CPU time (user + system, in clock ticks) the process has used so far. */
function cpuTicks(pid: number): number {
	try {
		// Fields after the command name, which is in parentheses and may contain spaces.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return Number(fields[11]) + Number(fields[12]);
	} catch {
		return Number.NaN;
	}
}

/**
 * The UI is ready for keys once the program has stopped working: its CPU time stays still for
 * 100 ms. The first screen is painted before the UI has loaded, so what is on screen cannot tell.
 */
async function idle(session: PtySession): Promise<void> {
	let last = cpuTicks(session.pid);
	for (let still = 0; still < 5; ) {
		await new Promise((resolve) => setTimeout(resolve, 20));
		const now = cpuTicks(session.pid);
		still = now === last ? still + 1 : 0;
		last = now;
	}
}

interface Scenario {
	name: string;
	args: string[];
	command?: string;
	firstFrame: (screen: string) => boolean;
	/** Keys that bring the screen to where the measured key starts. */
	setup?: Array<{key: string; until: (screen: string) => boolean}>;
	key?: string | ((session: PtySession) => string);
	changed?: (screen: string) => boolean;
	/** When keys will be taken; by default, once the program is idle. */
	ready?: (session: PtySession) => boolean;
	/** Environment over the bench's own. */
	env?: Record<string, string>;
	/** Brings the screen to where the measured key starts, other than by keys (a room opening a question). */
	prepare?: (session: PtySession) => Promise<void>;
	quit?: string;
}

interface Figures {
	firstFrame: number[];
	keyLatency: number[];
	bytesPerPrintable: number[];
	peakRss: number[];
}

/** One run of a scenario in a fresh process; its figures are added when `record` is set. */
async function measureOnce(scenario: Scenario, figures: Figures, record: boolean): Promise<void> {
	const started = performance.now();
	const session = new PtySession(scenario.args, {...size, env: {...env, ...scenario.env}, command: scenario.command});
	try {
		const shown = await session.when(() => scenario.firstFrame(session.screen()));
		if (scenario.key !== undefined) {
			if (scenario.ready) await session.when(() => scenario.ready!(session));
			else await idle(session);
			await scenario.prepare?.(session);
			for (const step of scenario.setup ?? []) {
				session.write(step.key);
				await session.when(() => step.until(session.screen()));
			}
			await new Promise((resolve) => setTimeout(resolve, 150));
			const before = session.bytes;
			const sent = performance.now();
			session.write(typeof scenario.key === 'string' ? scenario.key : scenario.key(session));
			const changed = await session.when(() => scenario.changed!(session.screen()));
			await new Promise((resolve) => setTimeout(resolve, 150));
			if (record) {
				figures.keyLatency.push(changed - sent);
				figures.bytesPerPrintable.push((session.bytes - before) / printable(session));
			}
		}
		if (record) {
			figures.firstFrame.push(shown - started);
			figures.peakRss.push(peakRss(session.pid));
		}
		session.write(scenario.quit ?? 'q');
		await Promise.race([session.exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
	} finally {
		session.dispose();
	}
}

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

async function main() {
	execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'inherit'});
	// BENCH_ONLY=validate runs just the big-article check (bench/validateBig.ts).
	if (process.env['BENCH_ONLY'] === 'validate') {
		for (const line of validateBig(scratch, validateRuns)) console.log(line);
		return;
	}
	// BENCH_ONLY=draft: just the drafting figures.
	if (process.env['BENCH_ONLY'] === 'draft') {
		benchDraft(runs, scratch);
		return;
	}
	if (process.env['BENCH_ONLY'] === 'soak') {
		await benchSoak(env);
		return;
	}
	// A room for `join` to play in, in this process; each run's player answers a question of its own.
	const article = loadBundled();
	const room = await openRoom({article, questions: article.quiz, host: '127.0.0.1', port: 0, timer: 600, autoClose: false});
	try {
		await measureAll(room, article.quiz.length);
	} finally {
		await room.close();
	}
}

async function measureAll(room: Awaited<ReturnType<typeof openRoom>>, questions: number) {
	let question = 0;
	// The peers get the article as a Markdown deck, a slide per paragraph: mdp refuses a slide taller
	// than the terminal, and patat clips it.
	const markdown = path.join(scratch, 'article.md');
	const model = JSON.parse(execFileSync(process.execPath, ['dist/cli.js', 'export', '--format', 'json'], {encoding: 'utf8'})) as ReturnType<typeof articleToJson>;
	const slides = [`# ${model.headline}\n\n${model.standfirst}`];
	for (const section of model.sections) for (const paragraph of section.paragraphs) slides.push(`## ${section.title}\n\n${paragraph.text}`);
	writeFileSync(markdown, `${slides.join('\n\n---\n\n')}\n`);

	const headline = 'Johnson says Russia didn’t ‘successfully’ interfere';
	/** A bare Node program that prints "ready" at once and answers each key with `answer` (JS, the key in `d`). */
	const nodeBaseline = (name: string, answer: string, shows: string): Scenario => ({
		name,
		args: ['-e', `process.stdin.setRawMode(true); process.stdout.write("ready\\n"); process.stdin.on("data", (d) => { if (String(d) === "q") process.exit(0); ${answer} });`],
		command: process.execPath,
		firstFrame: (screen) => screen.includes('ready'),
		ready: (session) => session.output.includes('ready'),
		key: 'l',
		changed: (screen) => screen.includes(shows),
	});
	const scenarios: Scenario[] = [
		// The harness's own cost: a bare Node program that prints at once and echoes a key.
		nodeBaseline('baseline: node -e', 'process.stdout.write("key " + d + "\\n");', 'key l'),
		// The same, answering the key with a whole new screen of text, as a presenter's step does:
		// what the pty and the headless terminal add when a key rewrites most of the screen.
		nodeBaseline(
			'baseline: full screen',
			`let out = ""; for (let row = 1; row < ${size.rows}; row++) out += "\\x1b[" + row + ";1H\\x1b[" + (row % 2 ? 1 : 3) + "m" + ("screen " + d + " ").repeat(11).slice(0, ${size.cols - 4}) + "\\x1b[m\\x1b[K"; process.stdout.write(out);`,
			'screen l',
		),
		{
			name: 'read',
			args: [],
			firstFrame: (screen) => screen.includes(headline) && screen.includes('1/4'),
			setup: [{key: '2', until: (screen) => screen.includes('2/4')}],
			key: 'l',
			changed: (screen) => screen.includes('3/4'),
		},
		{
			name: 'present',
			args: ['present'],
			firstFrame: (screen) => screen.includes('Financial Times · Moscow'),
			key: ' ',
			changed: (screen) => screen.includes('British foreign secretary Boris Johnson'),
		},
		{
			name: 'quiz answer',
			args: ['quiz'],
			firstFrame: (screen) => screen.includes('Quiz · question 1 of'),
			key: 'a',
			changed: (screen) => /Right|Not quite/.test(screen),
		},
		{
			name: 'quiz list move',
			args: ['quiz'],
			firstFrame: (screen) => screen.includes('Quiz · question 1 of'),
			ready: (session) => session.screen().includes('❯ A.'),
			key: '\x1b[B',
			changed: (screen) => screen.includes('❯ B.'),
		},
		{
			// First frame: the title with where to join (here a half-block QR code, at 100×30).
			name: 'present --room',
			args: ['present', '--room', '--host', '127.0.0.1', '--port', '0'],
			firstFrame: (screen) => screen.includes('Join the quiz at') && /code \d{6}/.test(screen),
			key: ' ',
			changed: (screen) => screen.includes('British foreign secretary Boris Johnson'),
		},
		{
			// First frame: in the room (the header shows the player's score; the question the last
			// run answered may still be open); the key: answering the question the room has just opened.
			name: 'join',
			args: ['join', `127.0.0.1:${room.port}`, room.code, '--name', ''],
			firstFrame: (screen) => screen.includes('· 0 pts'),
			prepare: async (session) => {
				room.openQuestion(question++ % questions);
				await session.when(() => session.screen().includes('❯ A.'));
			},
			key: 'a',
			changed: (screen) => screen.includes('Answer locked'),
		},
	];
	// Peers, on the same article as Markdown, when installed (Debian: apt-get install mdp patat).
	// → as a terminal sends it: mdp (ncurses) turns on application cursor keys, where it is ESC O C.
	const rightArrow = (session: PtySession) => (session.terminal.modes.applicationCursorKeysMode ? '\x1bOC' : '\x1b[C');
	const peerKey = {key: rightArrow, ready: (session: PtySession) => session.output.length > 0};
	// mdp fades between slides by default (~0.5 s); --nofade times the change itself.
	if (has('mdp')) scenarios.push({name: 'peer: mdp', args: ['--nofade', markdown], command: 'mdp', firstFrame: (screen) => screen.includes('Johnson says Russia'), ...peerKey, changed: (screen) => !screen.includes('Johnson says Russia')});
	if (has('patat')) scenarios.push({name: 'peer: patat', args: [markdown], command: 'patat', firstFrame: (screen) => screen.includes('Johnson says Russia'), ...peerKey, changed: (screen) => !screen.includes('Johnson says Russia')});

	// BENCH_COMPARE=../other-checkout: its built present too, taking turns with this one, for a
	// before-and-after under the same load.
	const other = process.env['BENCH_COMPARE'];
	if (other !== undefined) {
		// Its own cache folder: each build keeps its FIGlet titles in a file named for it, and drops other builds' files.
		const cache = path.join(scratch, 'compare-cache');
		for (const name of ['read', 'present']) {
			const scenario = scenarios.find((candidate) => candidate.name === name)!;
			scenarios.push({...scenario, name: `${name} (BENCH_COMPARE)`, command: process.execPath, args: [path.resolve(other, 'dist/cli.js'), ...scenario.args], env: {XDG_CACHE_HOME: cache}});
		}
	}
	// BENCH_ONLY=present,join: those scenarios alone, beside the baseline.
	const only = process.env['BENCH_ONLY']?.split(',');
	if (only !== undefined) scenarios.splice(0, scenarios.length, ...scenarios.filter((scenario) => scenario.name.startsWith('baseline') || scenario.name.endsWith('(BENCH_COMPARE)') || only.includes(scenario.name)));
	// Runs take turns (baseline, read, present, …, then again) so that a slow patch of a shared
	// machine lands on every scenario alike and the ratios to the baseline stay fair.
	const results = new Map<string, Figures>(scenarios.map((scenario) => [scenario.name, {firstFrame: [], keyLatency: [], bytesPerPrintable: [], peakRss: []}]));
	const failures: string[] = [];
	for (let run = -1; run < runs; run++) {
		process.stderr.write(run < 0 ? 'warming up…\n' : `run ${run + 1} of ${runs}…\n`);
		for (const scenario of scenarios) {
			if (!results.has(scenario.name)) continue;
			try {
				await measureOnce(scenario, results.get(scenario.name)!, run >= 0);
			} catch (error) {
				results.delete(scenario.name);
				failures.push(`${scenario.name}: ${String((error as Error).message).split('\n').slice(0, process.env['BENCH_DEBUG'] ? 100 : 3).join(process.env['BENCH_DEBUG'] ? '\n' : ' ').slice(0, process.env['BENCH_DEBUG'] ? 10_000 : 200)}`);
			}
		}
	}
	const baseline = median(results.get('baseline: node -e')!.firstFrame);
	const format = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
	const rows = [...results].map(([name, figures]) => {
		const first = median(figures.firstFrame);
		return [
			name,
			`${format(first, 0)} ms`,
			`${format(first / baseline, 2)}×`,
			figures.keyLatency.length ? `${format(median(figures.keyLatency))} ms` : '—',
			figures.bytesPerPrintable.length ? format(median(figures.bytesPerPrintable), 2) : '—',
			`${format(median(figures.peakRss), 0)} MB`,
		];
	});
	const header = ['scenario', 'first frame', 'vs node', 'key → screen', 'bytes/printable', 'peak RSS'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
	const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
	console.log(`press-reader bench: ${runs} runs each after a warm-up, taking turns, pty ${size.cols}×${size.rows}, medians (Node ${process.version})`);
	console.log(line(header));
	console.log(line(widths.map((width) => '-'.repeat(width))));
	for (const row of rows) console.log(line(row));
	console.log('Targets: first frame ≤ 2× node (stretch 1.3×); key → screen ≤ 8 ms; bytes/printable ≤ 1.5; peak RSS ≤ 80 MB.');
	for (const failure of failures) console.log(`not measured: ${failure}`);
	console.log('key → screen is measured through the pty and a headless xterm; the baseline row is that harness with a bare echo.');
	if (only !== undefined) return;
	benchDraft(runs, scratch);
	await benchSoak(env);
	process.stderr.write('validating a 50,000-paragraph article…\n');
	for (const line of validateBig(scratch, validateRuns)) console.log(line);
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], {encoding: 'utf8'})) as Array<{size: number; unpackedSize: number; entryCount: number}>;
	if (pack === undefined) return;
	console.log(`Package: ${(pack.size / 1024).toFixed(0)} kB packed, ${(pack.unpackedSize / 1024).toFixed(0)} kB installed, ${pack.entryCount} files, 0 runtime dependencies (everything is bundled into dist/).`);
}

try {
	await main();
} finally {
	rmSync(scratch, {recursive: true, force: true});
}
