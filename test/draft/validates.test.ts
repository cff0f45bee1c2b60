// The promise of a draft: the loader `validate` uses finds no problem in it, and the quiz asks
// about every section, on every page and text in the fixtures.
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/content/load.js';
import {formatProblem} from '../../src/content/locate.js';
import {draftArticle} from '../../src/draft/draft.js';
import {draftToYaml} from '../../src/draft/emit.js';
import {extractHtml} from '../../src/draft/html.js';
import {extractPlainText} from '../../src/draft/plain.js';

const pages = 'test/fixtures/draft/pages';
const texts = 'test/fixtures/draft/texts';
const sources: Array<[string, () => ReturnType<typeof extractHtml>]> = [
	['johnson-lavrov-2017.txt', () => extractPlainText(readFileSync('content/johnson-lavrov-2017.txt', 'utf8'))],
	...readdirSync(pages).map((name): [string, () => ReturnType<typeof extractHtml>] => [name, () => extractHtml(readFileSync(path.join(pages, name, 'source.html'), 'utf8'))]),
	...readdirSync(texts).map((name): [string, () => ReturnType<typeof extractHtml>] => [name, () => extractPlainText(readFileSync(path.join(texts, name), 'utf8'))]),
];

describe('a draft validates as it is', () => {
	for (const [name, extract] of sources) {
		it(`${name}: no problem, and a question on every section`, () => {
			const draft = draftArticle(extract(), name);
			const result = parseArticle(`${name}.yaml`, draftToYaml(draft, 'press-reader.schema.json', name));
			expect(result.problems.map(formatProblem)).toEqual([]);
			const article = result.article!;
			expect(article.quiz.length).toBeGreaterThan(0);
			for (const section of article.sections) expect(article.quiz.some((question) => question.sectionId === section.id), section.id).toBe(true);
		});
	}
});

describe('the draft’s header comment', () => {
	it('names a source whose name holds a line break or an escape as text: the YAML still reads, and nothing in it acts on a terminal', () => {
		const name = 'evil\nheadline: x\x1b]0;pwned\x07.txt';
		const draft = draftArticle(extractPlainText(readFileSync('content/johnson-lavrov-2017.txt', 'utf8')), name);
		const yaml = draftToYaml(draft, 'press-reader.schema.json', name);
		expect(yaml).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
		expect(yaml).toContain('from evil\\u000aheadline: x\\u001b]0;pwned\\u0007.txt.');
		expect(parseArticle('evil.yaml', yaml).problems.map(formatProblem)).toEqual([]);
	});
});
