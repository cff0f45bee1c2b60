// Shared by every command that needs an article: load it, or report why not and say which exit code.
import {loadArticleCached} from '../content/cache.js';
import {bundledArticlePath, ContentReadError, formatProblem, type LocatedProblem} from '../content/locate.js';
import type {Article} from '../content/model.js';
import {plural} from '../text/plural.js';

export const exitCodes = {ok: 0, problems: 1, unreadable: 2} as const;

export class CommandError extends Error {
	constructor(message: string, readonly exitCode: number) {
		super(message);
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

/** Loads a sound article or throws a CommandError listing every problem, one per line. */
export async function loadSoundArticle(file: string | undefined, {allowQuestionProblems = false} = {}): Promise<LoadedArticle> {
	const path = resolveFile(file);
	let result;
	try {
		result = await loadArticleCached(path);
	} catch (error) {
		if (error instanceof ContentReadError) throw new CommandError(error.message, exitCodes.unreadable);
		throw error;
	}
	if (result.article === null || (result.problems.length > 0 && !allowQuestionProblems)) {
		const lines = result.problems.map(formatProblem);
		lines.push(`${path}: ${plural(result.problems.length, 'problem')}; fix them and check with: press-reader validate ${path}`);
		throw new CommandError(lines.join('\n'), exitCodes.problems);
	}
	return {file: path, article: result.article, questionProblems: result.problems};
}
