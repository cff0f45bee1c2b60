import {describe, expect, it} from 'vitest';
import {buildArticle, countArticle} from '../../src/content/build.js';
import {checkArticleSource} from '../../src/content/load.js';
import {bigArticle} from '../helpers/bigArticle.js';
import {bundledSource, minimalSource} from '../helpers/content.js';

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
