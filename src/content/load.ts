// Reads a content file and reports every problem at its file:line:col, or builds the model.
import {LineCounter, parseDocument, isNode, type Document} from 'yaml';
import type {z} from 'zod';
import {articleSchema} from './schema.js';
import {checkArticle, type Path, type Problem} from './check.js';
import {buildArticle} from './build.js';
import {ContentReadError, readContentFile, type LocatedProblem, type LoadResult} from './locate.js';

export {bundledArticlePath, ContentReadError, formatPath, formatProblem, type LocatedProblem, type LoadResult} from './locate.js';

export async function loadArticle(file: string): Promise<LoadResult> {
	return parseArticle(file, await readContentFile(file));
}

export function parseArticle(file: string, sourceText: string): LoadResult {
	const lineCounter = new LineCounter();
	const document = parseDocument(sourceText, {lineCounter, prettyErrors: false});
	const syntaxError = document.errors[0];
	if (syntaxError !== undefined) {
		const {line, col} = lineCounter.linePos(syntaxError.pos[0]);
		const message = syntaxError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		// The usual cause in prose: an unquoted value containing ": ".
		const hint = /nested mappings|implicit keys/i.test(message) ? ' (if the text holds ": ", quote it or use >-)' : '';
		throw new ContentReadError(`${file}:${line}:${col}: invalid YAML: ${message}${hint}`);
	}

	const locate = (problem: Problem): LocatedProblem => {
		const offset = offsetOf(document, problem.path);
		const {line, col} = lineCounter.linePos(offset);
		return {...problem, file, line, column: col};
	};

	const parsed = articleSchema.safeParse(document.toJS());
	if (!parsed.success) {
		return {file, problems: parsed.error.issues.flatMap(schemaProblems).map(locate).sort(byPosition), article: null};
	}
	const problems = checkArticle(parsed.data).map(locate).sort(byPosition);
	// Facts and questions serve only the quiz: when they alone are wrong, the article still reads,
	// and the questions concerned are left out.
	const quizOnly = problems.every((problem) => problem.scope === 'quiz');
	const brokenFacts = new Set(problems.filter((problem) => problem.path[0] === 'facts').map((problem) => parsed.data.facts[problem.path[1] as number]?.id));
	const badQuestions = new Set(
		parsed.data.quiz
			.filter((question, index) => problems.some((problem) => problem.path[0] === 'quiz' && problem.path[1] === index) || brokenFacts.has(question.fact))
			.map((question) => question.id),
	);
	return {file, problems, article: quizOnly ? buildArticle(parsed.data, badQuestions) : null};
}

function byPosition(a: LocatedProblem, b: LocatedProblem): number {
	return a.line - b.line || a.column - b.column;
}

function schemaProblems(issue: z.core.$ZodIssue): Problem[] {
	const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({path: [...path, key], message: `unknown field "${key}"`}));
	}
	if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
		return [{path, message: `required field is missing (expected ${issue.expected})`}];
	}
	if (issue.code === 'invalid_type' && path.length === 0) {
		return [{path, message: `an article is a mapping of fields (id, headline, body, sections, …); this file holds ${issue.message.replace(/.*received /, '')}`}];
	}
	if (issue.code === 'invalid_type') {
		return [{path, message: `expected ${issue.expected}, got ${issue.message.replace(/.*received /, '')}`}];
	}
	return [{path, message: issue.message.replace(/^Invalid input: /, '')}];
}

/** Source offset of the node at `path`, or of its nearest existing ancestor. */
function offsetOf(document: Document, problemPath: Path): number {
	for (let length = problemPath.length; length >= 0; length--) {
		const node = document.getIn(problemPath.slice(0, length), true);
		if (isNode(node) && node.range) return node.range[0];
	}
	return 0;
}

