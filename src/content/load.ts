// Reads a content file and reports every problem at its file:line:col, or builds the model.
import {checkArticle, type Problem} from './check.js';
import {buildArticle} from './build.js';
import type {LocatedProblem, ParseResult} from './locate.js';
import {readContentFile, displayName} from './read.js';
import {checkSchema, pathInFile} from './schemaCheck.js';
import {readYaml} from './yamlSource.js';

export {bundledArticlePath, ContentReadError, formatPath, formatProblem, type LocatedProblem, type LoadResult, type ParseResult} from './locate.js';

export interface ParseOptions {
	/** Called now and then with the fraction (0–1) of the work done. */
	onProgress?: (fraction: number) => void;
	/** Parse item by item above this many characters (tests lower it to cover that path). */
	chunkAbove?: number;
}

export async function loadArticle(file: string, options: ParseOptions = {}): Promise<ParseResult> {
	return parseArticle(displayName(file), await readContentFile(file), options);
}

// Shares of the work, measured on a 50,000-paragraph article: parsing the YAML is most of it.
const parseShare = 0.75;
const schemaShare = 0.1;
const checkShare = 0.1;

export function parseArticle(file: string, sourceText: string, {onProgress, chunkAbove}: ParseOptions = {}): ParseResult {
	const progress = onProgress ?? (() => {});
	const source = readYaml(file, sourceText, {chunkAbove, onProgress: (fraction) => progress(fraction * parseShare)});
	// All at once: a JSON file is scanned once for every path.
	const locate = (found: Problem[]): LocatedProblem[] => {
		const offsets = source.offsetsOf(found.map((problem) => problem.path));
		return found.map((problem, index) => {
			const {line, col} = source.linePos(offsets[index]!);
			return {...problem, file, line, column: col};
		});
	};

	progress(parseShare);
	const schema = checkSchema(source.data);
	progress(parseShare + schemaShare);
	// Content checks run on whatever the schema let through, so both kinds are reported at once.
	const contentProblems = schema.source === null ? [] : checkArticle(schema.source, schema.scope).map((problem) => ({...problem, path: pathInFile(problem.path, schema.indexes)}));
	progress(parseShare + schemaShare + checkShare);
	const problems = locate([...schema.problems, ...contentProblems]).sort(byPosition);
	if (schema.problems.length > 0 || schema.source === null) return {file, problems, article: null, builtFrom: null};

	// Facts and questions serve only the quiz: when they alone are wrong, the article still reads,
	// and the questions concerned are left out.
	const quizOnly = problems.every((problem) => problem.scope === 'quiz');
	const data = schema.source;
	const brokenFacts = new Set(problems.filter((problem) => problem.path[0] === 'facts').map((problem) => data.facts[problem.path[1] as number]?.id));
	const questionsWithProblems = new Set(problems.filter((problem) => problem.path[0] === 'quiz').map((problem) => problem.path[1]));
	const badQuestions = new Set(
		data.quiz.filter((question, index) => questionsWithProblems.has(index) || (question.fact !== undefined && brokenFacts.has(question.fact))).map((question) => question.id),
	);
	const article = quizOnly ? buildArticle(data, badQuestions) : null;
	progress(1);
	return {file, problems, article, builtFrom: article === null ? null : {source: data, skip: [...badQuestions]}};
}

function byPosition(a: LocatedProblem, b: LocatedProblem): number {
	return a.line - b.line || a.column - b.column;
}

