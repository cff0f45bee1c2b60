import {readFileSync} from 'node:fs';
import {bundledArticlePath, formatProblem, parseArticle} from '../../src/content/load.js';

export const minimalPath = 'test/fixtures/minimal.yaml';
export const minimalSource = readFileSync(minimalPath, 'utf8');
export const bundledSource = readFileSync(bundledArticlePath(), 'utf8');

/** Applies exact text replacements (each must match) to a content file. */
export function edited(edits: Array<[string, string]>, source = minimalSource): string {
	let text = source;
	for (const [from, to] of edits) {
		if (!text.includes(from)) throw new Error(`fixture edit does not apply: ${from}`);
		text = text.replace(from, to);
	}
	return text;
}

/** The formatted problems of the content file after the edits. */
export function problemsAfter(edits: Array<[string, string]>, source = minimalSource): string[] {
	return parseArticle('bad.yaml', edited(edits, source)).problems.map(formatProblem);
}

export function lineOf(source: string, needle: string): number {
	const at = source.indexOf(needle);
	if (at === -1) throw new Error(`not in source: ${needle}`);
	return source.slice(0, at).split('\n').length;
}

export function loadBundled() {
	const result = parseArticle('bundled.yaml', bundledSource);
	if (result.article === null) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.article;
}
