// Quiz attempts, kept in the user's state directory (XDG_STATE_HOME on Linux).
//
// Several press-readers may save at once (two terminals, a script running quizzes in parallel), so
// a save is a read-modify-write under a lock (proper-lockfile: a `.lock` folder beside the file,
// taken over once it has not been refreshed for `staleMs`, as when its process was killed), and
// the file is replaced by a rename (write-file-atomic): a reader sees the old file or the new one,
// never half of one. A history that cannot be used as it is (unreadable, read-only, or written by
// a newer press-reader) is left exactly as it is; a corrupt one is set aside under a name of its
// own. Nothing the user had is lost.
import {constants} from 'node:fs';
import {open, rename, stat} from 'node:fs/promises';
import path from 'node:path';
import envPaths from 'env-paths';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import {z} from 'zod';
import {ensureDirectory} from '../files/directory.js';
import {formatPath} from '../content/locate.js';
import {score, type QuizState} from './session.js';

/** 2: `seed` may be null. Version 1 files are read as they are and become version 2 when saved into. */
export const historyVersion = 2;

export const attemptSchema = z.object({
	date: z.string(),
	articleId: z.string(),
	status: z.enum(['finished', 'abandoned']),
	round: z.enum(['all', 'review']).default('all'),
	/** null: the questions were asked in the order written (quiz --answers without --seed). */
	seed: z.number().nullable(),
	score: z.number(),
	total: z.number(),
	durationMs: z.number(),
	answers: z.array(z.object({questionId: z.string(), chosen: z.string(), correct: z.boolean()})),
});

const historySchema = z.object({version: z.union([z.literal(1), z.literal(2)]), attempts: z.array(attemptSchema)});

export type Attempt = z.infer<typeof attemptSchema>;

/** env-paths names XDG_STATE_HOME (~/.local/state) "log"; it is where state belongs on Linux. */
export function defaultHistoryPath(): string {
	return path.join(envPaths('press-reader', {suffix: ''}).log, 'quiz-history.json');
}

/**
 * What the history holds, and what a save may do with it: add to it (sound, or missing), set it
 * aside and start anew (corrupt), or nothing at all (kept: unreadable, read-only, or newer).
 */
export type HistoryRead =
	| {kind: 'sound'; attempts: Attempt[]; warning: null}
	| {kind: 'corrupt'; attempts: Attempt[]; warning: string; problem: string}
	| {kind: 'kept'; attempts: Attempt[]; warning: string};

const leftAlone = 'it is left as it is and attempts are not saved';

/** Far more than a history grows to (an attempt is ~1 KB): past it, something else is in its place. */
const maxHistoryBytes = 256 * 1024 * 1024;

export async function readHistory(file: string): Promise<HistoryRead> {
	let text: string;
	let mode: number;
	try {
		// O_NONBLOCK: a named pipe in the history's place would otherwise hold the quiz until a writer came.
		const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		try {
			const stats = await handle.stat();
			mode = stats.mode;
			// A pipe or a device (a link to /dev/zero) is not read: it could wait, or never end.
			if (!stats.isFile() && !stats.isDirectory()) return {kind: 'kept', attempts: [], warning: `press-reader: quiz history ${file} is not a regular file (a named pipe or a device); ${leftAlone}`};
			if (stats.size > maxHistoryBytes) return {kind: 'kept', attempts: [], warning: `press-reader: quiz history ${file} is ${Math.round(stats.size / 1024 / 1024)} MB, far more than a history grows to; ${leftAlone}`};
			text = await handle.readFile('utf8');
		} finally {
			await handle.close();
		}
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ENOENT') return {kind: 'sound', attempts: [], warning: null};
		return {kind: 'kept', attempts: [], warning: `press-reader: cannot read quiz history ${file} (${code}); ${leftAlone}`};
	}
	const parsed = parseHistory(text);
	// The owner's write bit, not access(): root may write anything, yet a user who made the file
	// read-only meant it.
	if ((mode & 0o200) === 0) return {kind: 'kept', attempts: 'attempts' in parsed ? parsed.attempts : [], warning: `press-reader: quiz history ${file} is read-only; ${leftAlone}`};
	if ('newer' in parsed) {
		return {kind: 'kept', attempts: [], warning: `press-reader: quiz history ${file} is version ${parsed.newer}, newer than this press-reader reads (${historyVersion}); ${leftAlone}`};
	}
	if ('problem' in parsed) {
		return {kind: 'corrupt', attempts: [], warning: `press-reader: quiz history ${file} is corrupt (${parsed.problem}); it will be kept aside and a new one started`, problem: parsed.problem};
	}
	return {kind: 'sound', attempts: parsed.attempts, warning: null};
}

function parseHistory(text: string): {attempts: Attempt[]} | {newer: number} | {problem: string} {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {problem: 'not JSON'};
	}
	const version = (json as {version?: unknown} | null)?.version;
	if (Number.isInteger(version) && (version as number) > historyVersion) return {newer: version as number};
	const result = historySchema.safeParse(json);
	if (result.success) return {attempts: result.data.attempts};
	const issue = result.error.issues[0]!;
	// Parsed JSON has no symbol keys.
	const where = formatPath(issue.path as Array<string | number>);
	return {problem: `${where === '' ? 'the file' : where}: ${issue.message}`};
}

export interface SaveOptions {
	/** How long to wait for another press-reader to finish its save before giving up. */
	lockTimeoutMs?: number;
}

/** A lock not refreshed for this long is taken to be left by a process that died (proper-lockfile's minimum is 2 s). */
const staleMs = 5000;
const lockRetryMs = 20;

/** Appends an attempt. Returns a one-line warning instead of throwing when it cannot, or when it set a corrupt file aside. */
export async function recordAttempt(file: string, attempt: Attempt, {lockTimeoutMs = 10_000}: SaveOptions = {}): Promise<string | null> {
	let release: (() => Promise<void>) | null = null;
	try {
		ensureDirectory(path.dirname(file));
		release = await acquireLock(file, Date.now() + lockTimeoutMs);
		if (release === null) return `press-reader: quiz history ${file} is locked by another press-reader (${path.basename(file)}.lock); this attempt was not saved`;
		const current = await readHistory(file);
		if (current.kind === 'kept') return current.warning;
		let warning: string | null = null;
		if (current.kind === 'corrupt') {
			const aside = await unusedName(`${file}.corrupt`);
			await rename(file, aside);
			warning = `press-reader: quiz history ${file} was corrupt (${current.problem}); it is kept as ${path.basename(aside)} and a new one started`;
		}
		const history = {version: historyVersion, attempts: [...current.attempts, attempt]};
		await writeFileAtomic(file, `${JSON.stringify(history, null, 2)}\n`, {mode: 0o600});
		return warning;
	} catch (error) {
		return `press-reader: could not save the quiz attempt to ${file} (${errorCode(error)})`;
	} finally {
		await release?.().catch(() => {});
	}
}

/** The lock's release, or null once the deadline has passed with another press-reader holding it. */
async function acquireLock(file: string, deadline: number): Promise<(() => Promise<void>) | null> {
	for (;;) {
		try {
			// A save holds the lock for milliseconds; should it ever hold it past staleMs and lose
			// it, proper-lockfile's default would throw from a timer and take the process down.
			return await lockfile.lock(file, {realpath: false, stale: staleMs, onCompromised: () => {}});
		} catch (error) {
			if (errorCode(error) !== 'ELOCKED') throw error;
			if (Date.now() >= deadline) return null;
		}
		await new Promise((resolve) => setTimeout(resolve, lockRetryMs));
	}
}

/** `base`, or `base-2`, `base-3`…: the first that does not exist. Called under the lock. */
async function unusedName(base: string): Promise<string> {
	for (let number = 1; ; number++) {
		const candidate = number === 1 ? base : `${base}-${number}`;
		try {
			await stat(candidate);
		} catch {
			return candidate;
		}
	}
}

function errorCode(error: unknown): string {
	return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** The history as one interactive run uses it: read at the start, saved into as rounds end. */
export interface HistorySession {
	/** The history as it was when the run began (for the best score). */
	readonly read: Promise<HistoryRead>;
	/** Starts saving an attempt; how it went arrives through onWarning and settle. */
	save(attempt: Attempt): void;
	/** Calls `listener` with every warning so far, then with each new one, each line once. Returns a function that stops it. */
	onWarning(listener: (line: string) => void): () => void;
	/**
	 * Waits for the saves begun so far, but no longer than `withinMs`, and resolves with every
	 * warning. Never rejects and writes nothing to stdout or stderr, which a closed terminal (SIGHUP)
	 * takes away.
	 */
	settle(withinMs: number): Promise<string[]>;
}

export function openHistory(file: string): HistorySession {
	const warnings: string[] = [];
	const listeners = new Set<(line: string) => void>();
	const warn = (line: string | null) => {
		if (line === null || warnings.includes(line)) return;
		warnings.push(line);
		for (const listener of listeners) {
			try {
				listener(line);
			} catch {
				// A listener's failure must not cost an attempt; the line is still in `warnings`.
			}
		}
	};
	const read = readHistory(file).then((result) => {
		warn(result.warning);
		return result;
	});
	// A run saves a handful of rounds at most: every save is kept for settle.
	const saves: Array<Promise<void>> = [];
	return {
		read,
		save(attempt) {
			saves.push(recordAttempt(file, attempt).then(warn));
		},
		onWarning(listener) {
			for (const line of warnings) listener(line);
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		async settle(withinMs) {
			let timer: NodeJS.Timeout | undefined;
			const late = new Promise<void>((resolve) => {
				timer = setTimeout(() => {
					warn(`press-reader: gave up saving the quiz attempt to ${file} after ${withinMs / 1000} s`);
					resolve();
				}, withinMs);
			});
			await Promise.race([Promise.all([read, ...saves]), late]);
			clearTimeout(timer);
			return [...warnings];
		},
	};
}

/** The record of a round: finished, or abandoned with the answers given so far. */
export function toAttempt(quiz: QuizState, articleId: string, status: Attempt['status'], now: number): Attempt {
	const answers = quiz.questions.flatMap((question, index) => {
		const chosen = quiz.answers[index];
		return chosen === null || chosen === undefined ? [] : [{questionId: question.id, chosen: question.options[chosen]!, correct: chosen === question.answer}];
	});
	return {
		date: new Date(now).toISOString(),
		articleId,
		status,
		round: quiz.round,
		seed: quiz.seed,
		score: score(quiz),
		total: quiz.questions.length,
		durationMs: (quiz.finishedAt ?? now) - quiz.startedAt,
		answers,
	};
}

/** The best finished full round for an article, before now. */
export function bestScore(attempts: readonly Attempt[], articleId: string): {score: number; total: number} | null {
	let best: Attempt | null = null;
	for (const attempt of attempts) {
		if (attempt.articleId !== articleId || attempt.status !== 'finished' || attempt.round !== 'all' || attempt.total === 0) continue;
		if (best === null || attempt.score / attempt.total > best.score / best.total) best = attempt;
	}
	return best === null ? null : {score: best.score, total: best.total};
}
