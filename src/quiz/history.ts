// Quiz attempts, kept in the user's state directory (XDG_STATE_HOME on Linux). Writes are atomic,
// and a history that cannot be read is set aside, never overwritten: nothing the user had is lost.
import {mkdir, readFile, rename} from 'node:fs/promises';
import path from 'node:path';
import envPaths from 'env-paths';
import writeFileAtomic from 'write-file-atomic';
import {z} from 'zod';
import {score, type QuizState} from './session.js';

export const attemptSchema = z.object({
	date: z.string(),
	articleId: z.string(),
	status: z.enum(['finished', 'abandoned']),
	round: z.enum(['all', 'review']).default('all'),
	seed: z.number(),
	score: z.number(),
	total: z.number(),
	durationMs: z.number(),
	answers: z.array(z.object({questionId: z.string(), chosen: z.string(), correct: z.boolean()})),
});

const historySchema = z.object({version: z.literal(1), attempts: z.array(attemptSchema)});

export type Attempt = z.infer<typeof attemptSchema>;

/** env-paths names XDG_STATE_HOME (~/.local/state) "log"; it is where state belongs on Linux. */
export function defaultHistoryPath(): string {
	return path.join(envPaths('press-reader', {suffix: ''}).log, 'quiz-history.json');
}

export interface HistoryRead {
	attempts: Attempt[];
	/** One line for stderr when the file could not be used. */
	warning: string | null;
	/** False when the file exists but is unreadable: it must not be written over. */
	writable: boolean;
}

export async function readHistory(file: string): Promise<HistoryRead> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return {attempts: [], warning: null, writable: true};
		return {attempts: [], warning: `press-reader: cannot read quiz history ${file} (${code ?? (error as Error).message}); this attempt will not be saved`, writable: false};
	}
	try {
		return {attempts: historySchema.parse(JSON.parse(text)).attempts, warning: null, writable: true};
	} catch {
		return {attempts: [], warning: `press-reader: quiz history ${file} is corrupt; it will be kept as ${path.basename(file)}.corrupt and a new one started`, writable: true};
	}
}

/** Appends an attempt. Returns a one-line warning instead of throwing when it cannot. */
export async function recordAttempt(file: string, attempt: Attempt): Promise<string | null> {
	try {
		const current = await readHistory(file);
		if (!current.writable) return current.warning;
		if (current.warning !== null) await rename(file, `${file}.corrupt`);
		await mkdir(path.dirname(file), {recursive: true});
		const history = {version: 1 as const, attempts: [...current.attempts, attempt]};
		await writeFileAtomic(file, `${JSON.stringify(history, null, 2)}\n`, {mode: 0o600});
		return null;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return `press-reader: could not save the quiz attempt to ${file} (${code ?? (error as Error).message})`;
	}
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
