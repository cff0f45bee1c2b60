import {ContentReadError, formatProblem, loadArticle} from '../content/load.js';
import {exitCodes, resolveFile} from './load.js';
import {plural} from '../text/plural.js';

export interface Output {
	out: (text: string) => void;
	err: (text: string) => void;
}

/** Prints every problem as `file:line:col path: message`; returns the exit code. */
export async function validateCommand(file: string | undefined, output: Output): Promise<number> {
	const path = resolveFile(file);
	try {
		const result = await loadArticle(path);
		for (const problem of result.problems) output.err(`${formatProblem(problem)}\n`);
		if (result.problems.length > 0) {
			output.err(`${path}: ${plural(result.problems.length, 'problem')}\n`);
			return exitCodes.problems;
		}
		const article = result.article!;
		output.out(
			`${path}: sound — ${plural(article.sections.length, 'section')}, ${plural(article.paragraphs.length, 'paragraph')}, ` +
				`${plural(article.quotes.length, 'quote')}, ${plural(article.exchanges.length, 'exchange')}, ` +
				`${plural(article.quiz.length, 'question')}\n`,
		);
		return exitCodes.ok;
	} catch (error) {
		if (!(error instanceof ContentReadError)) throw error;
		output.err(`${error.message}\n`);
		return exitCodes.unreadable;
	}
}
