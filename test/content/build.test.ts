import {describe, expect, it} from 'vitest';
import {buildArticle, countArticle} from '../../src/content/build.js';
import {checkArticleSource} from '../../src/content/load.js';
import {bigArticle} from '../helpers/bigArticle.js';
import {bundledSource, edited, minimalSource} from '../helpers/content.js';

/** What the model built from a checked source holds, counted the way `validate` reports it. */
function modelCounts(source: Parameters<typeof buildArticle>[0], skip: ReadonlySet<string>) {
	const article = buildArticle(source, skip);
	return {sections: article.sections.length, paragraphs: article.paragraphs.length, quotes: article.quotes.length, exchanges: article.exchanges.length, questions: article.quiz.length};
}

describe('counting an article without building its model', () => {
	it('gives the counts of the built model, for the bundled, a minimal and a generated article', () => {
		for (const text of [bundledSource, minimalSource, bigArticle({paragraphs: 300})]) {
			const {builtFrom, problems} = checkArticleSource('a.yaml', text);
			expect(problems).toEqual([]);
			expect(countArticle(builtFrom!.source)).toEqual(modelCounts(builtFrom!.source, new Set()));
		}
	});

	it('leaves out the questions the model leaves out, and counts subheadings as no paragraph', () => {
		const {builtFrom} = checkArticleSource('a.yaml', bundledSource);
		const source = builtFrom!.source;
		const skip = new Set(source.quiz.slice(0, 3).map((question) => question.id));
		const counts = countArticle(source, skip);
		expect(counts).toEqual(modelCounts(source, skip));
		expect(counts.questions).toBe(source.quiz.length - 3);
		expect(counts.paragraphs).toBeLessThan(source.body.length);
	});
});

describe('the one-line fields of the model', () => {
	it('hold no line break or tab, which would split the header row or jump a tab stop on screen', () => {
		const source = edited([
			['headline: Mayor says bridge is ‘nearly’ finished', 'headline: "Mayor says\\nbridge is\\t‘nearly’ finished"'],
			['title: Doubts', 'title: "Doubts\\nline two"'],
			['role: Mayor', 'role: "Mayor\\tof town"'],
			['title: When will it open?', 'title: "When will\\nit open?"'],
			['question: How much has the bridge cost so far?', 'question: "How much has\\nthe bridge cost so far?"'],
			['options: [4 million,', 'options: ["4\\nmillion",'],
			['explanation: She said 12 weeks.', 'explanation: "She said\\n12 weeks."'],
			['quotes:\n', 'quotes:\n  - {id: q-headline, paragraph: headline, text: nearly, kind: scare}\n'],
		]);
		const {builtFrom, problems} = checkArticleSource('a.yaml', source);
		expect(problems).toEqual([]);
		const article = buildArticle(builtFrom!.source);
		const oneLine = [
			article.headline,
			...article.people.flatMap((person) => [person.name, person.role ?? '', ...person.aliases]),
			...article.sections.map((section) => section.title),
			...article.exchanges.map((exchange) => exchange.title),
			...article.quiz.flatMap((question) => [question.question, ...question.options, question.explanation]),
		];
		for (const text of oneLine) expect(text).not.toMatch(/[\t\n]/);
		expect(article.headline).toBe('Mayor says bridge is ‘nearly’ finished');
		expect(article.sections[1]!.title).toBe('Doubts line two');
		// The headline keeps its length: its quotes are marked by their place in it.
		const quote = article.quotes.find((candidate) => candidate.paragraphId === 'headline')!;
		expect(article.headline.slice(quote.start, quote.start + quote.text.length)).toBe('nearly');
	});
});
