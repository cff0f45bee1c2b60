import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {parseArticle, formatProblem} from '../../src/content/load.js';
import {bundledSource, loadBundled, minimalSource} from '../helpers/content.js';

describe('the bundled article', () => {
	const article = loadBundled();

	it('validates with no problems', () => {
		expect(parseArticle('bundled.yaml', bundledSource).problems.map(formatProblem)).toEqual([]);
	});

	it('has 14 paragraphs in 4 to 6 sections, each with speaker notes', () => {
		expect(article.paragraphs).toHaveLength(14);
		expect(article.sections.length).toBeGreaterThanOrEqual(4);
		expect(article.sections.length).toBeLessThanOrEqual(6);
		for (const section of article.sections) expect(section.notes.length).toBeGreaterThan(20);
	});

	it('keeps the printed subheading "Common ground" as a subheading', () => {
		const subheads = article.blocks.filter((block) => block.kind === 'subhead');
		expect(subheads.map((block) => block.text)).toEqual(['Common ground']);
	});

	it('keeps the copyright line out of the body', () => {
		expect(article.rights).toBe('Copyright The Financial Times Limited 2017');
		expect(article.paragraphs.at(-1)!.text).toBe('“So you’ve searched it already,” Mr Johnson replied.');
	});

	it("keeps the standfirst's and the body's versions of Lavrov's line, both by Lavrov", () => {
		const lavrovs = article.quotes.filter((quote) => quote.speakerId === 'lavrov' && quote.text.startsWith('He’s afraid'));
		expect(lavrovs.map((quote) => [quote.paragraphId, quote.text])).toEqual([
			['standfirst', 'He’s afraid that if he doesn’t contradict me his reputation will be ruined,'],
			['p3', 'He’s afraid that if he doesn’t contradict me his reputation is going to be ruined,'],
		]);
	});

	it('attributes every direct quote to its true speaker', () => {
		const speakers = Object.fromEntries(article.quotes.map((quote) => [quote.text.slice(0, 30), quote.speakerId]));
		expect(speakers).toMatchObject({
			'not successfully': 'johnson',
			'I think you should recognise t': 'johnson',
			'Had they been successful, that': 'johnson',
			'formidable adversaries': 'mi6',
			'terrible': null,
			'None, I think, though, to empl': 'johnson',
			'There was nothing in Boris’s c': 'lavrov',
			'So you’ve searched it already,': 'johnson',
		});
		const carried = article.quotes.find((quote) => quote.text.startsWith('Had they'))!;
		expect(carried.attributedIn).toBe('p4');
		expect(article.quotes.find((quote) => quote.text === 'terrible')!.kind).toBe('scare');
	});

	it('models the three exchanges as ordered turns', () => {
		const turns = (id: string) => article.exchanges.find((exchange) => exchange.id === id)!.turns.map((turn) => [turn.speakerId, turn.kind]);
		expect(turns('interference')).toEqual([['lavrov', 'quote'], ['johnson', 'quote'], ['johnson', 'quote']]);
		expect(turns('anniversary')).toEqual([['johnson', 'quote'], ['johnson', 'reported'], ['lavrov', 'reported']]);
		expect(turns('coat-pockets')).toEqual([[null, 'narration'], ['johnson', 'quote'], ['lavrov', 'quote'], ['johnson', 'quote']]);
	});

	it('has at least 12 questions covering every section, the required numbers among them', () => {
		expect(article.quiz.length).toBeGreaterThanOrEqual(12);
		expect(new Set(article.quiz.map((question) => question.sectionId))).toEqual(new Set(article.sections.map((section) => section.id)));
		const keys = article.quiz.map((question) => question.options[question.answer]);
		expect(keys).toEqual(expect.arrayContaining(['90 minutes', 'More than five years', 'The 450th', '300', '2006']));
		const whoSaid = article.quiz.filter((question) => question.question.startsWith('Who '));
		expect(whoSaid.length).toBeGreaterThanOrEqual(3);
	});
});

describe('another article in the same format', () => {
	it('loads and builds the model', () => {
		const result = parseArticle('minimal.yaml', minimalSource);
		expect(result.problems).toEqual([]);
		const article = result.article!;
		expect(article.sections.map((section) => section.paragraphs.map((paragraph) => paragraph.number))).toEqual([[1], [2, 3, 4]]);
		expect(article.exchanges[0]!.sectionId).toBe('doubts');
		expect(article.quotes[2]).toMatchObject({openMark: '“', closeMark: '”', start: 'But Mr Leader replied: “'.length});
	});

	it('accepts JSON, which is YAML too', () => {
		const json = JSON.stringify(parseYaml(minimalSource));
		expect(parseArticle('minimal.json', json).problems).toEqual([]);
	});
});
