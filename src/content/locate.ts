// Where content comes from and how its problems are named: kept apart from the parser (yaml,
// zod) so that commands which do not parse can start without loading it.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Path, Problem} from './check.js';
import type {Article} from './model.js';
import type {ArticleSource} from './schema.js';

export interface LocatedProblem extends Problem {
	file: string;
	line: number;
	column: number;
}

/** The file could not be read or parsed at all (exit code 2). */
export class ContentReadError extends Error {}

export interface LoadResult {
	file: string;
	problems: LocatedProblem[];
	/** Built when nothing outside the quiz is wrong; questions with problems are left out. */
	article: Article | null;
}

/** What the article was built from, for the cache: building again is quicker than storing the model. */
export interface BuiltFrom {
	source: ArticleSource;
	/** Questions left out. */
	skip: string[];
}

/** What checking a file gives: its problems and, when it can be read, what its model is built from. */
export interface CheckResult {
	file: string;
	problems: LocatedProblem[];
	builtFrom: BuiltFrom | null;
}

export interface ParseResult extends LoadResult, CheckResult {}

export const bundledArticleName = 'johnson-lavrov-2017.yaml';

/** The bundled article, found by walking up from this module (src/ in tests, dist/ when built). */
export function bundledArticlePath(): string {
	let directory = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = path.join(directory, 'content', bundledArticleName);
		if (existsSync(candidate)) return candidate;
		const parent = path.dirname(directory);
		if (parent === directory) throw new ContentReadError(`the bundled article content/${bundledArticleName} is missing`);
		directory = parent;
	}
}

export function formatPath(problemPath: Path): string {
	return problemPath.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`),
		'',
	);
}

export function formatProblem(problem: LocatedProblem): string {
	const where = `${problem.file}:${problem.line}:${problem.column}`;
	return printable(problem.path.length === 0 ? `${where} ${problem.message}` : `${where} ${formatPath(problem.path)}: ${problem.message}`);
}

/**
 * A line as it may go to a terminal: a problem names keys and values from the file, and a control
 * character in one (ESC, BEL, a line break) would be acted on, or break the line; it is shown escaped.
 */
export function printable(line: string): string {
	return line.replace(/[\x00-\x1f\x7f-\x9f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
