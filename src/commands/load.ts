// Shared by every command that needs an article: load it, or report why not and say which exit code.
// Loading happens before any UI takes the terminal, so its progress goes to stderr from here.
import {loadArticleCached} from '../content/cache.js';
import {bundledArticlePath, ContentReadError, formatProblem, type LocatedProblem} from '../content/locate.js';
import type {Article} from '../content/model.js';
import {displayName} from '../content/read.js';
import {checkingProgress, stderrWhenNeeded, type ProgressStream} from './progress.js';
import {plural, them} from '../text/plural.js';

export const exitCodes = {ok: 0, problems: 1, unreadable: 2} as const;

export class CommandError extends Error {
	/** The lines to print: each is shown escaped (see src/cli.ts), the breaks between them kept. */
	readonly lines: readonly string[];

	constructor(message: string | readonly string[], readonly exitCode: number) {
		super(typeof message === 'string' ? message : message.join('\n'));
		this.lines = typeof message === 'string' ? [message] : message;
	}
}

export interface LoadedArticle {
	file: string;
	article: Article;
	/** Problems confined to quiz questions, which were left out of the article. */
	questionProblems: LocatedProblem[];
}

export function resolveFile(file: string | undefined): string {
	return file ?? bundledArticlePath();
}

export interface LoadOptions {
	allowQuestionProblems?: boolean;
	/** Where progress goes while a long check runs (stderr; shown only on a terminal). */
	progress?: ProgressStream;
}

/** Loads a sound article or throws a CommandError listing every problem, one per line. */
export async function loadSoundArticle(file: string | undefined, {allowQuestionProblems = false, progress: stream = stderrWhenNeeded}: LoadOptions = {}): Promise<LoadedArticle> {
	const path = resolveFile(file);
	const name = displayName(path);
	const progress = checkingProgress(name, stream);
	let result;
	try {
		result = await loadArticleCached(path, {onProgress: progress.update});
	} catch (error) {
		if (error instanceof ContentReadError) throw new CommandError(error.message, exitCodes.unreadable);
		throw error;
	} finally {
		progress.done();
	}
	if (result.article === null || (result.problems.length > 0 && !allowQuestionProblems)) {
		const lines = result.problems.map(formatProblem);
		const count = result.problems.length;
		lines.push(`${name}: ${plural(count, 'problem')}; fix ${them(count)} and check with: press-reader validate ${path}`);
		throw new CommandError(lines, exitCodes.problems);
	}
	return {file: path, article: result.article, questionProblems: result.problems};
}
