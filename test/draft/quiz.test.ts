// What the drafted quiz asks: facts labelled for what they are (or left out), and a mix of
// questions grounded in the article: who said a quotation, who holds a role, a figure, a date, a place.
import {describe, expect, it} from 'vitest';
import {draftArticle} from '../../src/draft/draft.js';
import {findFacts} from '../../src/draft/facts.js';
import {extractPlainText} from '../../src/draft/plain.js';
import {readFileSync} from 'node:fs';

/** [text, label] of each fact found in one paragraph. */
const facts = (text: string) => findFacts([{id: 'p1', text, number: 1}]).map((fact) => [fact.fact.text, fact.fact.label]);

describe('facts', () => {
	it('takes a vote as one fact, "The vote", not two numbers', () => {
		expect(facts('The city council voted 7-2 on Tuesday to build the lanes.')).toEqual([
			['7-2', 'The vote'],
			['Tuesday', 'When the city council voted'],
		]);
	});

	it('labels a date, an amount and a count by the words around them', () => {
		expect(facts('The work will begin in March 2027 and cost an estimated $12 million, according to the city.')).toEqual([
			['March 2027', 'When the work will begin'],
			['$12 million', 'The estimated cost'],
		]);
		expect(facts('The council will build 40 kilometres of protected bike lanes across the city.')).toEqual([['40', 'Kilometres of protected bike lanes']]);
		expect(facts('Interest will eat up 13 percent of government spending within a decade.')).toEqual([['13 percent', 'Share of government spending']]);
		expect(facts('Her report shows at least $1.5 million in debts this year.')).toEqual([['$1.5 million', 'Debts']]);
	});

	it('leaves out a number the words do not explain, rather than label it with whatever follows', () => {
		expect(facts('It has split the city for two years, and more than 200 people came.')).toEqual([]);
		expect(facts('He estimated the price to be $4 billion, adding that it was too much.')).toEqual([]);
	});

	it('takes no figure from inside a quotation', () => {
		expect(facts('“We will spend $5 million on it,” she said.')).toEqual([]);
	});
});

const story = `Bridge to reopen after repairs

The Harbour Bridge will reopen on Friday after repairs that cost an estimated $30 million, the transport department said.

"This bridge carries 80,000 people every day and we could not leave it closed," said Maria Lopez, the transport minister.

Opposition leader Daniel Brook, who has criticised the repairs, said the work had taken too long. "Drivers in Northtown have waited two years for this," he told reporters in Northtown.

"The contractors kept every safety rule we set for them," replied Ms Lopez.

Engineer Sam Patel, a bridge inspector for the city, said the deck was now stronger than before. "It will last another fifty years at least," he said at the site near Riverside Park.

Traffic from Eastfield and Southgate will use the bridge again from 6am on Friday.`;

describe('the drafted quiz', () => {
	const {article} = draftArticle(extractPlainText(story), 'bridge');
	const asking = (pattern: RegExp) => article.quiz.filter((question) => pattern.test(question.question));

	it('asks who said a quotation, with the other people as distractors', () => {
		const who = asking(/^Who said /);
		expect(who.length).toBeGreaterThan(0);
		for (const question of who) expect(question.options).toEqual(expect.arrayContaining(['Maria Lopez', 'Daniel Brook', 'Sam Patel']));
	});

	it('asks who holds a role the text gives', () => {
		const roles = asking(/^Who is the .*, according to the article\?$/);
		expect(roles.map((question) => question.question)).toEqual(expect.arrayContaining([expect.stringMatching(/transport minister|bridge inspector|opposition leader/i)]));
	});

	it('asks about a figure or a date, saying what it is, and about a place among the article’s places', () => {
		expect(asking(/completes this sentence about (?:the estimated cost|when )/).length).toBeGreaterThan(0);
		const places = asking(/^Which place completes/);
		expect(places.length).toBeGreaterThan(0);
		for (const question of places) expect(question.options.every((option) => ['Northtown', 'Riverside Park', 'Eastfield', 'Southgate', 'Harbour Bridge'].includes(option))).toBe(true);
	});

	it('labels every fact it keeps', () => {
		expect(article.facts.length).toBeGreaterThan(0);
		for (const fact of article.facts) expect(fact.label).toMatch(/^(?:The|When|Share|[A-Z][a-z]+)/);
	});
});

describe('section titles', () => {
	it('are a phrase a section uses more than the others, or the headline of a one-section article', () => {
		const {article} = draftArticle(extractPlainText(readFileSync('test/fixtures/draft/texts/bike-lanes.txt', 'utf8')), 'bike-lanes');
		expect(article.sections.map((section) => section.title)).toEqual(['City council approves new bike lanes after heated debate']);
	});
});
