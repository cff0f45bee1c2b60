// Each content rule on the small article, edited in memory: the exact problems (path, message and
// whether only the quiz is affected) a writer would see.
import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {checkArticle, type CheckScope, type Problem} from '../../src/content/check.js';
import {articleSchema, type ArticleSource} from '../../src/content/schema.js';
import {minimalSource} from '../helpers/content.js';

const base = articleSchema.parse(parseYaml(minimalSource));

function problems(edit: (source: ArticleSource) => void, scope?: CheckScope): Problem[] {
	const source = structuredClone(base);
	edit(source);
	return checkArticle(source, scope);
}

const article = (path: Problem['path'], message: string): Problem => ({path, message, scope: 'article'});
const quiz = (path: Problem['path'], message: string): Problem => ({path, message, scope: 'quiz'});
const quote = (source: ArticleSource, id: string) => source.quotes.find((item) => item.id === id)!;
const question = (source: ArticleSource, id: string) => source.quiz.find((item) => item.id === id)!;
const block = (source: ArticleSource, id: string) => source.body.find((item) => item.id === id)!;

describe('the small article', () => {
	it('has no problems', () => {
		expect(problems(() => {})).toEqual([]);
	});
});

describe('ids and paragraph references', () => {
	it('reserves headline and standfirst as ids of body blocks', () => {
		expect(problems((source) => (block(source, 'p4').id = 'headline'))).toEqual(
			expect.arrayContaining([article(['body', 4, 'id'], '"headline" is reserved for the article\'s headline')]),
		);
		expect(problems((source) => (source.facts[0]!.id = 'standfirst'))).toEqual([article(['facts', 0, 'id'], '"standfirst" is reserved for the article\'s standfirst')]);
		expect(problems((source) => (source.facts[0]!.paragraph = 'standfirst'))).toEqual([quiz(['facts', 0, 'paragraph'], '"standfirst" is not a body paragraph')]);
	});

	it('a fact or evidence may not cite the headline, the standfirst or a subheading', () => {
		expect(problems((source) => (source.facts[0]!.paragraph = 'headline'))).toEqual([quiz(['facts', 0, 'paragraph'], '"headline" is not a body paragraph')]);
		expect(problems((source) => (source.facts[0]!.paragraph = 'h1'))).toEqual([quiz(['facts', 0, 'paragraph'], 'h1 is a subheading, not a paragraph')]);
		expect(problems((source) => (question(source, 'q-weeks').evidence[0]!.paragraph = 'p9'))).toEqual([
			quiz(['quiz', 2, 'evidence', 0, 'paragraph'], 'no paragraph has id "p9"'),
			quiz(['sections', 0, 'id'], 'section plan has no quiz question (evidence from its paragraphs)'),
		]);
	});

	it('a quote may be in the standfirst only when there is one', () => {
		const inStandfirst = (source: ArticleSource) => Object.assign(quote(source, 'q-nearly'), {paragraph: 'standfirst', text: 'doubts', kind: 'scare', speaker: undefined});
		expect(problems((source) => inStandfirst(source))).toEqual([article(['quotes', 0, 'text'], 'quote q-nearly: the text in standfirst is not preceded by a quote mark')]);
		expect(
			problems((source) => {
				inStandfirst(source);
				source.standfirst = undefined;
			}),
		).toEqual([article(['quotes', 0, 'paragraph'], 'no paragraph has id "standfirst"')]);
	});

	it('a section lists only body blocks, each once', () => {
		expect(problems((source) => source.sections[0]!.blocks.push('p9'))).toEqual([article(['sections', 0, 'blocks', 1], 'no body block has id "p9"')]);
		expect(problems((source) => source.sections[1]!.blocks.push('p1'))).toEqual([article(['sections', 1, 'blocks', 4], 'block p1 is already in section plan')]);
	});

	it('a block in two sections belongs to the first for the quiz', () => {
		// p1 answers the plan section's question; listed again under doubts, it still counts for plan.
		expect(problems((source) => source.sections[1]!.blocks.unshift('p1'))).toEqual([article(['sections', 1, 'blocks', 0], 'block p1 is already in section plan')]);
	});

	it('references to what the schema check set aside are not reported again', () => {
		const scope: CheckScope = {unchecked: new Set(['p9', 'ghost', 'q-gone', 'f-gone']), partial: new Set()};
		expect(
			problems((source) => {
				source.sections[0]!.blocks.push('p9');
				source.facts[0]!.paragraph = 'p9';
				quote(source, 'q-which-year').speaker = 'ghost';
				source.exchanges[0]!.turns[0] = {quote: 'q-gone'};
				question(source, 'q-cost').fact = 'f-gone';
			}, scope),
		).toEqual([]);
	});

	it('without those sections and questions, coverage is not judged', () => {
		const scope: CheckScope = {unchecked: new Set(), partial: new Set(['sections', 'quiz'])};
		expect(
			problems((source) => {
				source.sections[0]!.blocks = [];
				source.quiz.splice(2, 1);
			}, scope),
		).toEqual([]);
		expect(problems((source) => source.quiz.splice(2, 1))).toEqual([quiz(['sections', 0, 'id'], 'section plan has no quiz question (evidence from its paragraphs)')]);
	});

	it('an article without questions is not asked to cover its sections', () => {
		expect(problems((source) => (source.quiz = []))).toEqual([]);
	});
});

describe('quotes', () => {
	it('long quotations are shortened in messages to 57 characters and an ellipsis', () => {
		const sixty = 'x'.repeat(60);
		const sixtyOne = 'y'.repeat(61);
		expect(problems((source) => (quote(source, 'q-nearly').text = sixty))).toEqual([article(['quotes', 0, 'text'], `quote q-nearly: "${sixty}" is not verbatim in p1`)]);
		expect(problems((source) => (quote(source, 'q-nearly').text = sixtyOne))).toEqual([article(['quotes', 0, 'text'], `quote q-nearly: "${'y'.repeat(57)}..." is not verbatim in p1`)]);
	});

	it('a quote needs a speaker unless it is a scare quote, whose paragraph must exist', () => {
		expect(problems((source) => (quote(source, 'q-nearly').speaker = undefined))).toEqual([article(['quotes', 0, 'speaker'], 'quote q-nearly needs a speaker (or kind: scare)')]);
		expect(problems((source) => Object.assign(quote(source, 'q-nearly'), {kind: 'scare', speaker: undefined, paragraph: 'p9'}))).toEqual([article(['quotes', 0, 'paragraph'], 'no paragraph has id "p9"')]);
	});

	it('the name inside a quotation does not count, even in the first of two', () => {
		expect(
			problems((source) => {
				block(source, 'p3').text = 'Mr Leader said: “Spring of which year?” and “Ms Mayor knows”';
				source.quotes.unshift({id: 'q-knows', paragraph: 'p3', text: 'Ms Mayor knows', speaker: 'leader', kind: 'full'});
				source.quotes.push({id: 'q-last', paragraph: 'p3', text: 'Spring of which year?', speaker: 'mayor', kind: 'full', cue: 'asked'});
			}),
		).toEqual([
			article(['quotes', 4, 'speaker'], 'quote q-last: p3 does not name Ann Mayor outside the quote (as "Ann Mayor", "Ms Mayor"); if attribution is carried from an earlier paragraph, set attributedIn'),
		]);
	});

	it('attribution carried from a paragraph must come from an earlier one that exists and names the speaker', () => {
		const carried = (attributedIn: string, paragraph = 'p2') => (source: ArticleSource) => {
			block(source, 'p2').text = '“It will open in spring,” she said.';
			question(source, 'q-who-spring').evidence[0]!.text = 'It will open in spring';
			Object.assign(quote(source, 'q-spring'), {attributedIn, paragraph});
		};
		expect(problems(carried('p1'))).toEqual([]);
		expect(problems(carried('p9'))).toEqual([article(['quotes', 1, 'attributedIn'], 'no paragraph has id "p9"')]);
		expect(problems(carried('p2'))).toEqual([article(['quotes', 1, 'attributedIn'], 'quote q-spring: p2 must come before p2')]);
		expect(problems(carried('p4'))).toEqual([article(['quotes', 1, 'attributedIn'], 'quote q-spring: p4 must come before p2')]);
		expect(
			problems((source) => {
				carried('p1')(source);
				block(source, 'p1').text = 'The bridge was “nearly” finished and would open in 12 weeks.';
				quote(source, 'q-nearly').kind = 'scare';
				quote(source, 'q-nearly').speaker = undefined;
			}),
		).toEqual([article(['quotes', 1, 'attributedIn'], 'quote q-spring: p1 does not name Ann Mayor')]);
	});

	it('a quote in the headline cannot carry attribution from the body', () => {
		expect(
			problems((source) => {
				source.quotes.push({id: 'q-head', paragraph: 'headline', text: 'nearly', speaker: 'mayor', kind: 'partial', attributedIn: 'p1'});
			}),
		).toEqual([article(['quotes', 3, 'attributedIn'], 'quote q-head: p1 must come before headline')]);
	});

	it('a paragraph with no quotation of its own can carry the attribution', () => {
		expect(
			problems((source) => {
				block(source, 'p4').text = 'Ms Mayor spoke first. The bridge has cost 40 million pounds so far.';
				block(source, 'p3').text = 'But Mr Leader replied: “Spring of which year?” “Soon,” came the answer.';
				source.quotes.push({id: 'q-soon', paragraph: 'p3', text: 'Soon,', speaker: 'mayor', kind: 'full', attributedIn: 'p1'});
			}),
		).toEqual([]);
	});
});

describe('exchanges', () => {
	const turns = (source: ArticleSource) => source.exchanges[0]!.turns;

	it('a quote turn names a quote that exists, by its speaker, in its paragraph', () => {
		expect(problems((source) => (turns(source)[0] = {quote: 'q-none'}))).toEqual([article(['exchanges', 0, 'turns', 0, 'quote'], 'no quote has id "q-none"')]);
		expect(problems((source) => (turns(source)[0] = {quote: 'q-spring', speaker: 'leader'}))).toEqual([article(['exchanges', 0, 'turns', 0, 'speaker'], 'quote q-spring is by mayor, not leader')]);
		expect(problems((source) => (turns(source)[0] = {quote: 'q-spring', speaker: 'mayor', paragraph: 'p2'}))).toEqual([]);
		expect(problems((source) => (turns(source)[0] = {quote: 'q-spring', paragraph: 'p3'}))).toEqual([article(['exchanges', 0, 'turns', 0, 'paragraph'], 'quote q-spring is in p2, not p3')]);
		expect(
			problems((source) => {
				Object.assign(quote(source, 'q-nearly'), {kind: 'scare', speaker: undefined});
				turns(source).unshift({quote: 'q-nearly', speaker: 'mayor'});
			}),
		).toEqual(expect.arrayContaining([article(['exchanges', 0, 'turns', 0, 'speaker'], 'quote q-nearly is by nobody, not mayor')]));
	});

	it('reported speech has a speaker and a paragraph; narration has no speaker', () => {
		expect(problems((source) => turns(source).push({reported: 'Spring of which year?', paragraph: 'p3'}))).toEqual([article(['exchanges', 0, 'turns', 2, 'speaker'], 'a reported turn needs the speaker whose words it reports')]);
		expect(problems((source) => turns(source).push({narration: 'But Mr Leader replied', paragraph: 'p3', speaker: 'leader'}))).toEqual([
			article(['exchanges', 0, 'turns', 2, 'speaker'], 'a narration turn has no speaker; use "reported" for reported speech'),
		]);
		expect(problems((source) => turns(source).push({narration: 'But Mr Leader replied'}))).toEqual([article(['exchanges', 0, 'turns', 2, 'narration'], 'a narration turn needs "paragraph", the paragraph it comes from')]);
		expect(problems((source) => turns(source).push({reported: 'Spring', speaker: 'leader'}))).toEqual([article(['exchanges', 0, 'turns', 2, 'reported'], 'a reported turn needs "paragraph", the paragraph it comes from')]);
		expect(problems((source) => turns(source).push({narration: 'But Mr Leader replied', paragraph: 'p9'}))).toEqual([article(['exchanges', 0, 'turns', 2, 'paragraph'], 'no paragraph has id "p9"')]);
		expect(problems((source) => turns(source).push({reported: 'Spring', speaker: 'nobody-known', paragraph: 'p3'}))).toEqual([article(['exchanges', 0, 'turns', 2, 'speaker'], 'no person has id "nobody-known"')]);
	});

	it('an exchange stays within one section and does not cross a subheading', () => {
		expect(problems((source) => turns(source).unshift({quote: 'q-nearly'}))).toEqual([article(['exchanges', 0, 'id'], 'exchange when spans more than one section')]);
		expect(
			problems((source) => {
				source.sections = [{id: 'all', title: 'All', notes: '', blocks: ['p1', 'h1', 'p2', 'p3', 'p4']}];
				turns(source).unshift({quote: 'q-nearly'});
			}),
		).toEqual([article(['exchanges', 0, 'id'], 'exchange when runs across subheading h1, which dialogue view would hide')]);
	});

	it('a turn that cannot be placed is reported alone, without a gap it would seem to leave', () => {
		const around = (middle: ArticleSource['exchanges'][number]['turns'][number]) => (source: ArticleSource) =>
			(source.exchanges[0]!.turns = [{quote: 'q-spring'}, middle, {narration: 'The bridge has cost', paragraph: 'p4'}]);
		expect(problems(around({quote: 'q-none'}))).toEqual([article(['exchanges', 0, 'turns', 1, 'quote'], 'no quote has id "q-none"')]);
		expect(problems(around({narration: 'Spring'}))).toEqual([article(['exchanges', 0, 'turns', 1, 'narration'], 'a narration turn needs "paragraph", the paragraph it comes from')]);
		expect(problems(around({narration: 'Spring', paragraph: 'p9'}))).toEqual([article(['exchanges', 0, 'turns', 1, 'paragraph'], 'no paragraph has id "p9"')]);
	});

	it('an exchange within the first block of the body is one run', () => {
		expect(problems((source) => (source.exchanges[0]!.turns = [{quote: 'q-nearly'}, {narration: 'would open in 12 weeks', paragraph: 'p1'}]))).toEqual([]);
	});

	it('says how many paragraphs an exchange skips', () => {
		expect(problems((source) => (source.exchanges[0]!.turns = [{quote: 'q-spring'}, {narration: 'The bridge has cost', paragraph: 'p4'}]))).toEqual([
			article(['exchanges', 0, 'id'], 'exchange when skips p3, which dialogue view would hide: add a turn from each'),
		]);
		expect(
			problems((source) => {
				source.body.push({id: 'p5', text: 'More.'}, {id: 'p6', text: 'And more.'});
				source.sections[1]!.blocks.push('p5', 'p6');
				source.exchanges[0]!.turns = [{quote: 'q-spring'}, {narration: 'The bridge has cost', paragraph: 'p4'}, {narration: 'And more.', paragraph: 'p6'}];
			}),
		).toEqual([article(['exchanges', 0, 'id'], 'exchange when skips p3 and 1 more, which dialogue view would hide: add a turn from each')]);
	});

	it('an exchange with a turn from the headline is not placed in the body', () => {
		expect(
			problems((source) => {
				source.quotes.push({id: 'q-head', paragraph: 'headline', text: 'nearly', kind: 'scare'});
				turns(source).unshift({quote: 'q-head'});
			}),
		).toEqual([]);
	});
});

describe('quiz questions', () => {
	it('an answer past the last option', () => {
		expect(problems((source) => (question(source, 'q-cost').answer = 3))).toEqual([
			quiz(['quiz', 1, 'answer'], 'question q-cost: the answer must be a whole number from 0 to 2 (the index of the correct option among 3); it is 3'),
		]);
	});

	it('a fact question: the fact must exist, be cited in the evidence and stated by the answer', () => {
		expect(problems((source) => (question(source, 'q-cost').fact = 'f-none'))).toEqual([quiz(['quiz', 1, 'fact'], 'no fact has id "f-none"')]);
		expect(problems((source) => (question(source, 'q-cost').answer = 2))).toEqual([quiz(['quiz', 1, 'answer'], 'question q-cost: the answer "400 million" does not state fact f-cost ("40 million")')]);
		expect(
			problems((source) => {
				source.facts[1]!.value = undefined;
				question(source, 'q-cost').options[1] = '40 million pounds';
				question(source, 'q-cost').answer = 2;
			}),
		).toEqual([quiz(['quiz', 1, 'answer'], 'question q-cost: the answer "400 million" does not state fact f-cost ("40 million pounds")')]);
		// One piece of evidence holding the fact is enough.
		expect(problems((source) => question(source, 'q-cost').evidence.unshift({paragraph: 'p1', text: 'would open in 12 weeks'}))).toEqual([]);
	});

	it('a who-said question: the quote must be by the answer and cited where it is said', () => {
		expect(problems((source) => (question(source, 'q-who-spring').question = 'Who said “Spring of which year”?'))).toEqual([
			quiz(['quiz', 0, 'answer'], 'question q-who-spring: "Spring of which year" is not a quote by Ann Mayor (it is by leader)'),
		]);
		expect(
			problems((source) => {
				Object.assign(quote(source, 'q-nearly'), {kind: 'scare', speaker: undefined});
				question(source, 'q-who-spring').question = 'Who said “nearly”?';
				question(source, 'q-who-spring').evidence = [{paragraph: 'p1', text: 'Ms Mayor said the bridge was “nearly” finished'}];
			}),
		).toEqual([quiz(['quiz', 0, 'answer'], 'question q-who-spring: "nearly" is not a quote by Ann Mayor (it is by nobody)')]);
	});

	it('a fact cited from another paragraph does not count, even in the same words', () => {
		expect(
			problems((source) => {
				block(source, 'p4').text = 'The bridge has cost 40 million pounds so far., 12 weeks in.';
				Object.assign(question(source, 'q-weeks'), {fact: 'f-weeks', evidence: [{paragraph: 'p1', text: 'would open'}, {paragraph: 'p4', text: '12 weeks in'}]});
			}),
		).toEqual([quiz(['quiz', 2, 'evidence'], 'question q-weeks: no evidence from p1 contains fact f-weeks "12 weeks"')]);
	});

	it('names every speaker of words quoted by several, once each', () => {
		expect(
			problems((source) => {
				block(source, 'p4').text = 'The bridge has cost 40 million pounds so far. “Spring of which year?” Ms Mayor echoed.';
				source.quotes.push({id: 'q-echo', paragraph: 'p4', text: 'Spring of which year?', speaker: 'mayor', kind: 'full'});
				source.people.push({id: 'clerk', name: 'Cy Clerk', aliases: []});
				Object.assign(question(source, 'q-who-spring'), {question: 'Who said “Spring of which year”?', options: ['Cy Clerk', 'Bob Leader', 'Ann Mayor'], answer: 0});
			}),
		).toEqual([quiz(['quiz', 0, 'answer'], 'question q-who-spring: "Spring of which year" is not a quote by Cy Clerk (it is by leader, mayor)')]);
	});

	it('lists every word of an answer the evidence lacks', () => {
		expect(problems((source) => (question(source, 'q-weeks').options[0] = 'In 12 long hard weeks'))).toEqual([
			quiz(['quiz', 2, 'answer'], 'question q-weeks: the answer "In 12 long hard weeks" is not supported by the evidence (missing: long, hard)'),
		]);
	});

	it('with people set aside, a who-said answer naming nobody known is not judged, but the rest is', () => {
		const scope: CheckScope = {unchecked: new Set(), partial: new Set(['people'])};
		const stranger = (source: ArticleSource) => (question(source, 'q-who-spring').options[0] = 'Someone Else');
		expect(problems(stranger, scope)).toEqual([]);
		expect(problems(stranger)).toEqual([quiz(['quiz', 0, 'answer'], 'question q-who-spring: the answer "Someone Else" is not supported by the evidence (missing: someon, els)')]);
		expect(problems((source) => (question(source, 'q-who-spring').answer = 1), scope)).toEqual([
			quiz(['quiz', 0, 'answer'], 'question q-who-spring: "It will open in spring" is not a quote by Bob Leader (it is by mayor)'),
		]);
		expect(problems((source) => (question(source, 'q-weeks').options[0] = 'In 12 months'), scope)).toEqual([
			quiz(['quiz', 2, 'options', 1], 'question q-weeks: option 2 repeats option 1'),
			quiz(['quiz', 2, 'answer'], 'question q-weeks: the answer "In 12 months" is not supported by the evidence (missing: month)'),
		]);
	});

	it('a name as the answer without quoted words in the stem is checked against the evidence', () => {
		expect(problems((source) => (question(source, 'q-who-spring').question = 'Who promised the bridge for spring?'))).toEqual([
			quiz(['quiz', 0, 'answer'], 'question q-who-spring: the answer "Ann Mayor" is not supported by the evidence (missing: ann)'),
		]);
	});

	it('quoted words in the stem with an answer that names nobody are checked against the evidence', () => {
		expect(
			problems((source) => {
				const asked = question(source, 'q-who-spring');
				asked.question = 'What did she mean by “It will open in spring”?';
				asked.options = ['A promise', 'A threat', 'A joke'];
			}),
		).toEqual([quiz(['quiz', 0, 'answer'], 'question q-who-spring: the answer "A promise" is not supported by the evidence (missing: promis)')]);
	});

	it('the same name twice in the cast: the first is the one meant', () => {
		expect(
			problems((source) => {
				source.people.push({id: 'other', name: 'Ann Mayor Junior', aliases: ['Ann Mayor']});
			}),
		).toEqual([]);
	});

	it('words from two pieces of evidence are read apart', () => {
		expect(
			problems((source) => {
				const asked = question(source, 'q-weeks');
				asked.evidence = [{paragraph: 'p1', text: 'would open'}, {paragraph: 'p1', text: 'in 12 weeks'}];
				asked.options = ['Open in 12 weeks', 'In 12 months', 'Next year'];
			}),
		).toEqual([]);
		expect(
			problems((source) => {
				const asked = question(source, 'q-weeks');
				asked.evidence = [{paragraph: 'p1', text: 'would open in 1'}, {paragraph: 'p1', text: '2 weeks'}];
			}),
		).toEqual([quiz(['quiz', 2, 'answer'], 'question q-weeks: the answer "In 12 weeks" is not supported by the evidence (missing: 12)')]);
	});

	it('a stem that is only punctuation around its answer still gives it away', () => {
		expect(problems((source) => (question(source, 'q-weeks').question = 'The bridge opens — in 12 weeks?'))).toEqual([
			quiz(['quiz', 2, 'question'], 'question q-weeks: the question gives away its answer "In 12 weeks"'),
		]);
	});

	it('an evidence paragraph in no section still checks the rest', () => {
		expect(
			problems((source) => {
				source.sections[1]!.blocks = ['h1', 'p2', 'p3'];
			}),
		).toEqual([article(['body', 4, 'id'], 'block p4 is in no section')]);
	});

	it('the same quoted words in another paragraph do not stand in for the cited one', () => {
		expect(
			problems((source) => {
				block(source, 'p4').text = 'The bridge has cost 40 million pounds so far. “It will open in spring,” Ms Mayor said again.';
				source.quotes.push({id: 'q-again', paragraph: 'p4', text: 'It will open in spring,', speaker: 'mayor', kind: 'full'});
				question(source, 'q-who-spring').evidence = [{paragraph: 'p3', text: 'Spring of which year?'}];
			}),
		).toEqual([quiz(['quiz', 0, 'evidence'], 'question q-who-spring: the evidence must cite p2, where Ann Mayor says it')]);
	});
});
