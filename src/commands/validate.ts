import {countArticle} from '../content/build.js';
import {checkArticleCached} from '../content/cache.js';
import {ContentReadError, formatProblem, printable} from '../content/locate.js';
import {displayName} from '../content/read.js';
import {checkingProgress, type ProgressStream} from './progress.js';
import {exitCodes, resolveFile} from './load.js';
import {plural} from '../text/plural.js';

export interface Output {
	out: (text: string) => void;
	err: (text: string) => void;
	/** Where progress goes (stderr); shown only when it is a terminal. */
	progress?: ProgressStream;
}

/** Prints every problem as `file:line:col path: message`; returns the exit code. */
export async function validateCommand(file: string | undefined, output: Output): Promise<number> {
	const path = resolveFile(file);
	// As in every problem line: a line break or an escape in the file's name is shown escaped.
	const name = printable(displayName(path));
	const progress = checkingProgress(name, output.progress ?? {write: () => {}});
	try {
		// The cache holds exactly what a fresh check gives, keyed to the file's bytes and the checking
		// code. The model is not built: the counts below come from what it would be built from.
		const result = await checkArticleCached(path, {onProgress: progress.update});
		progress.done();
		for (const problem of result.problems) output.err(`${formatProblem(problem)}\n`);
		if (result.problems.length > 0) {
			output.err(`${name}: ${plural(result.problems.length, 'problem')}\n`);
			return exitCodes.problems;
		}
		const counts = countArticle(result.builtFrom!.source, new Set(result.builtFrom!.skip));
		output.out(
			`${name}: sound — ${plural(counts.sections, 'section')}, ${plural(counts.paragraphs, 'paragraph')}, ` +
				`${plural(counts.quotes, 'quote')}, ${plural(counts.exchanges, 'exchange')}, ` +
				`${plural(counts.questions, 'question')}\n`,
		);
		return exitCodes.ok;
	} catch (error) {
		progress.done();
		if (!(error instanceof ContentReadError)) throw error;
		output.err(`${printable(error.message)}\n`);
		return exitCodes.unreadable;
	}
}
