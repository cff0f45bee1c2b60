import {describe, expect, it} from 'vitest';
import {bundledSource, edited, lineOf, problemsAfter} from '../helpers/content.js';

/** Expect the first problem to be at the line holding `at` in the edited file, with this path and message. */
function expectFirst(edits: Array<[string, string]>, at: string, path: string, message: RegExp) {
	const [first] = problemsAfter(edits);
	const line = lineOf(edited(edits), at);
	expect(first).toMatch(new RegExp(`^bad\\.yaml:${line}:\\d+ ${path.replace(/[[\].]/g, '\\$&')}: `));
	expect(first).toMatch(message);
}

describe('schema problems are located and named', () => {
	it('a missing required field', () => {
		expectFirst([['    title: The plan\n', '']], '  - id: plan', 'sections[0].title', /required field is missing/);
	});

	it('a field of the wrong type', () => {
		expectFirst([['    answer: 1\n', '    answer: two\n']], 'answer: two', 'quiz[1].answer', /must be a whole number from 0 to 2 \(the index of the correct option among 3\); it is "two"/);
	});

	it('an unknown field, such as a typo', () => {
		expectFirst([['    role: Mayor\n', '    rol: Mayor\n']], 'rol: Mayor', 'people[0].rol', /unknown field "rol"/);
	});

	it('too few options', () => {
		expectFirst([['[4 million, 40 million, 400 million]', '[4 million, 40 million]']], '[4 million', 'quiz[1].options', /3 or 4 options/);
	});
});

describe('ids and references', () => {
	it('a duplicate id', () => {
		expectFirst([['  - id: leader\n', '  - id: mayor\n']], '  - id: mayor\n    name: Bob', 'people[1].id', /already used by people\[0\]/);
	});

	it('a reference to a paragraph that does not exist', () => {
		expectFirst([['paragraph: p4, text: 40', 'paragraph: p9, text: 40']], 'paragraph: p9', 'facts[1].paragraph', /no paragraph has id "p9"/);
	});

	it('a speaker who is not in the cast', () => {
		const problems = problemsAfter([['speaker: leader, cue: replied', 'speaker: clerk, cue: replied']]);
		expect(problems).toEqual([expect.stringMatching(/quotes\[2\]\.speaker: no person has id "clerk"/)]);
	});

	it('a block in no section', () => {
		expectFirst([['blocks: [h1, p2, p3, p4]', 'blocks: [h1, p2, p3]']], '  - id: p4', 'body[4].id', /p4 is in no section/);
	});

	it('sections out of the body order', () => {
		const problems = problemsAfter([['blocks: [h1, p2, p3, p4]', 'blocks: [h1, p2, p4, p3]']]);
		expect(problems).toEqual([expect.stringMatching(/sections\[1\]\.blocks\[3\]: block p3 is out of the body's order/)]);
	});
});

describe('quotes', () => {
	it('text that is not verbatim in its paragraph', () => {
		const problems = problemsAfter([["text: 'It will open in spring,'", "text: 'It will open in the spring,'"]]);
		expect(problems[0]).toMatch(/quotes\[1\]\.text: quote q-spring: "It will open in the spring," is not verbatim in p2/);
		// The who-said question relied on that quote, so it is reported too.
		expect(problems.join('\n')).toMatch(/quiz\[0\]\.answer: question q-who-spring/);
	});

	it('a speaker who is not named in the paragraph', () => {
		const problems = problemsAfter([['text: Spring of which year?, speaker: leader', 'text: Spring of which year?, speaker: mayor']]);
		expect(problems.join('\n')).toMatch(/quotes\[2\]\.speaker: quote q-which-year: p3 does not name Ann Mayor outside the quote .*set attributedIn/);
	});

	it('attribution carried from an earlier paragraph is allowed when marked, and checked', () => {
		const carried = [['    text: “It will open in spring,” Ms Mayor said.', '    text: “It will open in spring,” she said.']] as Array<[string, string]>;
		expect(problemsAfter(carried).join('\n')).toMatch(/p2 does not name Ann Mayor/);
		expect(problemsAfter([...carried, ['speaker: mayor, cue: said}', 'speaker: mayor, cue: said, attributedIn: p1}']]).filter((line) => !line.includes('quiz'))).toEqual([]);
		expect(problemsAfter([...carried, ['speaker: mayor, cue: said}', 'speaker: mayor, cue: said, attributedIn: p3}']]).join('\n')).toMatch(/p3 must come before p2/);
	});

	it('a scare quote has no speaker', () => {
		const problems = problemsAfter([['speaker: mayor, cue: said, kind: partial', 'speaker: mayor, cue: said, kind: scare']]);
		expect(problems).toEqual([expect.stringMatching(/quotes\[0\]\.speaker: quote q-nearly is a scare quote, which has no speaker/)]);
	});
});

describe('exchanges', () => {
	it('a reported line that is not verbatim', () => {
		const problems = problemsAfter([['      - quote: q-which-year\n', '      - {speaker: leader, paragraph: p3, reported: Mr Leader asked about the year}\n']]);
		expect(problems).toEqual([expect.stringMatching(/exchanges\[0\]\.turns\[1\]\.reported: "Mr Leader asked about the year" is not verbatim in p3/)]);
	});

	it('an exchange that would hide a paragraph in dialogue view', () => {
		const problems = problemsAfter([['      - quote: q-which-year\n', '      - quote: q-which-year\n      - {speaker: leader, paragraph: p4, reported: The bridge has cost}\n'], ['      - quote: q-which-year\n', '']]);
		expect(problems).toEqual([expect.stringMatching(/exchange when skips p3, which dialogue view would hide/)]);
	});
});

describe('quiz grounding', () => {
	it('evidence that is not in the named paragraph', () => {
		const problems = problemsAfter([['{paragraph: p1, text: would open in 12 weeks}', '{paragraph: p1, text: would open in 10 weeks}']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[2\]\.evidence\[0\]\.text: question q-weeks: evidence "would open in 10 weeks" is not in p1/)]);
	});

	it('a correct option the evidence does not support', () => {
		const problems = problemsAfter([['[In 12 weeks, In 12 months, Next year]\n    answer: 0', '[In 12 weeks, In 12 months, Next year]\n    answer: 1']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[2\]\.answer: question q-weeks: the answer "In 12 months" is not supported by the evidence \(missing: month\)/)]);
	});

	it('a fact question whose answer does not state the fact', () => {
		const problems = problemsAfter([['[4 million, 40 million, 400 million]\n    answer: 1', '[4 million, 40 million, 400 million]\n    answer: 2']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[1\]\.answer: question q-cost: the answer "400 million" does not state fact f-cost/)]);
	});

	it('a who-said question naming the wrong speaker', () => {
		const problems = problemsAfter([['[Ann Mayor, Bob Leader, The Test Gazette]\n    answer: 0', '[Ann Mayor, Bob Leader, The Test Gazette]\n    answer: 1']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[0\]\.answer: question q-who-spring: "It will open in spring" is not a quote by Bob Leader \(it is by mayor\)/)]);
	});

	it('options that are the same after case and punctuation', () => {
		const problems = problemsAfter([['[In 12 weeks, In 12 months, Next year]', '[In 12 weeks, in 12 weeks!, Next year]']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[2\]\.options\[1\]: question q-weeks: option 2 repeats option 1/)]);
	});

	it('a stem that gives away the answer', () => {
		const problems = problemsAfter([['When did the mayor say the bridge would open?', 'Did the mayor say it would open in 12 weeks?']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[2\]\.question: question q-weeks: the question gives away its answer "In 12 weeks"/)]);
	});

	it('quoted words that match no quote', () => {
		const problems = problemsAfter([['Who said “It will open in spring”?', 'Who said “It opens in spring”?']]);
		expect(problems.join('\n')).toMatch(/quiz\[0\]\.question: question q-who-spring: "It opens in spring" is in quote marks but matches no quote/);
	});

	it('"all of the above" and "none of the above"', () => {
		const problems = problemsAfter([['[In 12 weeks, In 12 months, Next year]', '[In 12 weeks, In 12 months, None of the above]']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[2\]\.options\[2\]: .*"all\/none of the above" options are not allowed/)]);
	});

	it('a section with no question', () => {
		const problems = problemsAfter([['      - {paragraph: p1, text: would open in 12 weeks}', '      - {paragraph: p4, text: The bridge has cost}'], ['[In 12 weeks, In 12 months, Next year]', '[It has cost, It has saved, It has earned]']]);
		expect(problems).toEqual([expect.stringMatching(/sections\[0\]\.id: section plan has no quiz question/)]);
	});
});

describe('a fact changed in the text', () => {
	it('"300 Bentleys" becoming "400 Bentleys" reports the fact and the question that relied on it', () => {
		const problems = problemsAfter([['      300 Bentleys in the country, adding:', '      400 Bentleys in the country, adding:']], bundledSource);
		expect(problems).toEqual([
			expect.stringMatching(/facts\[\d+\]\.text: fact f-bentleys: "300 Bentleys" is not in p11/),
			expect.stringMatching(/quiz\[\d+\]\.evidence\[0\]\.text: question q-bentleys: evidence "as well as sales of 300 Bentleys in the country" is not in p11/),
		]);
	});
});

describe('grounding promises that planted bugs once broke unnoticed', () => {
	it('a quote must follow a quote mark: the same words unmarked do not count', () => {
		expect(problemsAfter([['was “nearly” finished', 'was nearly finished']])).toEqual([
			expect.stringMatching(/quotes\[0\]\.text: quote q-nearly: the text in p1 is not preceded by a quote mark$/),
		]);
		// Unmarked first and marked later: the marked one is the quotation.
		expect(problemsAfter([['was “nearly” finished', 'was nearly “nearly” finished']])).toEqual([]);
	});

	it('a who-said question must cite the paragraph where the speaker says it', () => {
		const problems = problemsAfter([["      - {paragraph: p2, text: '“It will open in spring,” Ms Mayor said.'}", '      - {paragraph: p1, text: Ms Mayor said the bridge}']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[0\]\.evidence: question q-who-spring: the evidence must cite p2, where Ann Mayor says it$/)]);
	});

	it("an exchange's turns must follow the text's order", () => {
		const problems = problemsAfter([['      - quote: q-spring\n      - quote: q-which-year\n', '      - quote: q-which-year\n      - quote: q-spring\n']]);
		expect(problems).toEqual([expect.stringMatching(/exchanges\[0\]\.turns\[1\]: turns of when must follow the text's order$/)]);
	});

	it('a name does not match as the start of a longer word ("Leader" in "Leaders")', () => {
		const problems = problemsAfter([['But Mr Leader replied:', 'But Mr Leaders replied:']]);
		expect(problems).toEqual([expect.stringMatching(/quotes\[2\]\.speaker: quote q-which-year: p3 does not name Bob Leader outside the quote \(as "Bob Leader", "Mr Leader"\)/)]);
	});

	it("a fact question's evidence must contain the fact", () => {
		const problems = problemsAfter([['{paragraph: p4, text: The bridge has cost 40 million pounds so far.}', '{paragraph: p4, text: The bridge has cost}']]);
		expect(problems).toEqual([expect.stringMatching(/quiz\[1\]\.evidence: question q-cost: no evidence from p4 contains fact f-cost "40 million pounds"$/)]);
	});
});
