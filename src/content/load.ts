// Reads a content file and reports every problem at its file:line:col, or builds the model.
import {checkArticle, type Problem} from './check.js';
import {buildArticle} from './build.js';
import type {CheckResult, LocatedProblem, ParseResult} from './locate.js';
import {readContentBytes, displayName} from './read.js';
import {checkSchema, pathInFile, type SchemaResult} from './schemaCheck.js';
import {readYaml, type YamlOptions, type YamlSource} from './yamlSource.js';

export {bundledArticlePath, ContentReadError, formatPath, formatProblem, type CheckResult, type LocatedProblem, type LoadResult, type ParseResult} from './locate.js';

export interface ParseOptions {
	/** Called now and then with the fraction (0–1) of the work done. */
	onProgress?: (fraction: number) => void;
	/** Parse item by item above this many characters (tests lower it to cover that path). */
	chunkAbove?: number;
}

export async function loadArticle(file: string, options: ParseOptions = {}): Promise<ParseResult> {
	return parseArticle(displayName(file), await readContentBytes(file), options);
}

// Shares of the work, measured on a 50,000-paragraph article: parsing the YAML is most of it.
const parseShare = 0.75;
const schemaShare = 0.1;
const checkShare = 0.1;

/** Every problem in an article's text (or UTF-8 bytes), and its model when it can be read. */
export function parseArticle(file: string, source: string | Buffer, options: ParseOptions = {}): ParseResult {
	const checked = checkArticleSource(file, source, options);
	const article = checked.builtFrom === null ? null : buildArticle(checked.builtFrom.source, new Set(checked.builtFrom.skip));
	options.onProgress?.(1);
	return {...checked, article};
}

/**
 * Every problem in an article's text (or UTF-8 bytes), and what its model would be built from,
 * without building it: all that `validate` needs.
 */
export function checkArticleSource(file: string, source: string | Buffer, {onProgress, chunkAbove}: ParseOptions = {}): CheckResult {
	const progress = onProgress ?? (() => {});
	const {schema, where} = readAndCheckSchema(file, source, {chunkAbove, onProgress: (fraction) => progress(fraction * parseShare)});
	// All at once: a JSON file is scanned once for every path.
	const locate = (found: Problem[]): LocatedProblem[] => {
		const offsets = where.offsetsOf(found.map((problem) => problem.path));
		return found.map((problem, index) => {
			const {line, col} = where.linePos(offsets[index]!);
			return {...problem, file, line, column: col};
		});
	};

	progress(parseShare + schemaShare);
	// Content checks run on whatever the schema let through, so both kinds are reported at once.
	const contentProblems = schema.source === null ? [] : checkArticle(schema.source, schema.scope).map((problem) => ({...problem, path: pathInFile(problem.path, schema.indexes)}));
	progress(parseShare + schemaShare + checkShare);
	const problems = locate([...schema.problems, ...contentProblems]).sort(byPosition);
	if (schema.problems.length > 0 || schema.source === null) return {file, problems, builtFrom: null};

	// Facts and questions serve only the quiz: when they alone are wrong, the article still reads,
	// and the questions concerned are left out.
	if (!problems.every((problem) => problem.scope === 'quiz')) return {file, problems, builtFrom: null};
	const data = schema.source;
	const brokenFacts = new Set(problems.filter((problem) => problem.path[0] === 'facts').map((problem) => data.facts[problem.path[1] as number]?.id));
	const questionsWithProblems = new Set(problems.filter((problem) => problem.path[0] === 'quiz').map((problem) => problem.path[1]));
	const badQuestions = data.quiz.filter((question, index) => questionsWithProblems.has(index) || (question.fact !== undefined && brokenFacts.has(question.fact))).map((question) => question.id);
	return {file, problems, builtFrom: {source: data, skip: badQuestions}};
}

/**
 * The schema check of the parsed file, and where its nodes are. The parsed data itself is left
 * here: the schema gives a checked copy, and a large article's first copy need not stay alive
 * while it is checked.
 */
function readAndCheckSchema(file: string, source: string | Buffer, options: YamlOptions): {schema: SchemaResult; where: Omit<YamlSource, 'data'>} {
	const {data, ...where} = readYaml(file, source, options);
	return {schema: checkSchema(data), where};
}

function byPosition(a: LocatedProblem, b: LocatedProblem): number {
	return a.line - b.line || a.column - b.column;
}

