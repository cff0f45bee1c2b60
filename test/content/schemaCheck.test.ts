import {describe, expect, it} from 'vitest';
import {checkSchema, issueProblems} from '../../src/content/schemaCheck.js';
import {problemsAfter} from '../helpers/content.js';

const notVerbatim: [string, string] = ["text: 'It will open in spring,'", "text: 'It will open in the spring,'"];

describe('schema problems do not hide content problems', () => {
	it('a mistyped answer and a quote that is not verbatim are reported in one run', () => {
		const problems = problemsAfter([['    answer: 1\n', '    answer: two\n'], notVerbatim]);
		expect(problems).toEqual([
			expect.stringMatching(/quotes\[1\]\.text: quote q-spring: "It will open in the spring," is not verbatim in p2$/),
			expect.stringMatching(/quiz\[0\]\.question: question q-who-spring: "It will open in spring" is in quote marks but matches no quote/),
			expect.stringMatching(/quiz\[0\]\.answer: question q-who-spring: "It will open in spring" is not a quote by Ann Mayor$/),
			expect.stringMatching(/quiz\[1\]\.answer: must be a whole number from 0 to 2 \(the index of the correct option among 3\); it is "two"$/),
		]);
	});

	it('an unknown field is dropped and the rest of its item still checked', () => {
		const problems = problemsAfter([['    role: Mayor\n', '    rol: Mayor\n'], ['But Mr Leader replied:', 'But Mr Leaders replied:']]);
		expect(problems).toEqual([
			expect.stringMatching(/people\[0\]\.rol: unknown field "rol"$/),
			expect.stringMatching(/quotes\[2\]\.speaker: quote q-which-year: p3 does not name Bob Leader/),
		]);
	});

	it('refuses control characters in text, which a terminal would act on, and names keys holding them escaped', () => {
		const problems = problemsAfter([
			['text: The bridge has cost 40 million pounds so far.\n', 'text: "The bridge has cost\\e]0;owned\\a 40 million pounds so far."\n'],
			['    role: Mayor\n', '    role: Mayor\n    "\\e[2J": 1\n'],
			['    notes: Start with the promise.\n', '    notes: "Start\\rwith the promise."\n'],
		]);
		expect(problems).toContainEqual(expect.stringMatching(/people\[0\]\.\\u001b\[2J: unknown field "\\u001b\[2J"$/));
		expect(problems).toContainEqual(expect.stringMatching(/body\[4\]\.text: must not hold control characters \(such as ESC, written \\e or \\u001b\), which a terminal would act on$/));
		expect(problems).toContainEqual(expect.stringMatching(/sections\[0\]\.notes: must not hold control characters/));
		for (const problem of problems) expect(problem).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
	});

	it('reports every one of 300,000 unknown fields rather than failing', () => {
		const data: Record<string, unknown> = {id: 'x', headline: 'h', body: [{id: 'p1', text: 't'}], sections: [{id: 's', title: 't', blocks: ['p1']}]};
		for (let index = 0; index < 300_000; index++) data[`k${index}`] = index;
		const {problems} = checkSchema(data);
		expect(problems).toHaveLength(300_000);
		expect(problems.at(-1)).toEqual({path: ['k299999'], message: 'unknown field "k299999"'});
	});

	it('references to an item set aside are not reported again', () => {
		const problems = problemsAfter([['    name: Ann Mayor\n', "    name: ''\n"]]);
		expect(problems).toEqual([expect.stringMatching(/bad\.yaml:9:11 people\[0\]\.name: must not be empty$/)]);
		const blockSetAside = problemsAfter([['  - id: h1\n    subhead: Doubts\n', '  - id: h1\n    subhead: Doubts\n    text: Doubts\n']]);
		expect(blockSetAside).toEqual([expect.stringMatching(/body\[1\]: a body block has either "text" \(a paragraph\) or "subhead", not both or neither$/)]);
	});

	it('a problem that only shows once another is set aside is reported too', () => {
		const problems = problemsAfter([['  - id: h1\n    subhead: Doubts\n', '  - id: h1\n    subhead: Doubts\n    text: Doubts\n    extra: 1\n']]);
		expect(problems).toEqual([
			expect.stringMatching(/body\[1\]: a body block has either "text"/),
			expect.stringMatching(/body\[1\]\.extra: unknown field "extra"$/),
		]);
	});

	it('content problems after an item set aside keep their place in the file', () => {
		const problems = problemsAfter([
			['    answer: 0\n    evidence:\n      - {paragraph: p2', '    answer: -1\n    evidence:\n      - {paragraph: p2'],
			['{paragraph: p1, text: would open in 12 weeks}', '{paragraph: p1, text: would open in 10 weeks}'],
		]);
		expect(problems).toEqual([
			expect.stringMatching(/quiz\[0\]\.answer: must be a whole number from 0 to 2 .*; it is -1$/),
			expect.stringMatching(/quiz\[2\]\.evidence\[0\]\.text: question q-weeks: evidence "would open in 10 weeks" is not in p1$/),
		]);
	});

	it('a section set aside does not make its blocks seem unplaced, nor a question set aside its section unasked', () => {
		const problems = problemsAfter([['    title: The plan\n', '    title: The plan\n    targetMinutes: 0\n'], ['    answer: 0\n    evidence:\n      - {paragraph: p1', '    answer: 7.5\n    evidence:\n      - {paragraph: p1']]);
		expect(problems).toEqual([
			expect.stringMatching(/sections\[0\]\.targetMinutes: must be more than 0 \(minutes\); it is 0$/),
			expect.stringMatching(/quiz\[2\]\.answer: must be a whole number from 0 to 2 .*; it is 7\.5$/),
		]);
	});

	it('a whole list of the wrong kind stops there', () => {
		const problems = problemsAfter([['quotes:\n  - {id: q-nearly', 'quotes: 42\nunused:\n  - {id: q-nearly']]);
		expect(problems[0]).toMatch(/quotes: must be a list; it is a whole number \(42\)$/);
		expect(problems.join('\n')).not.toMatch(/no quote has id/);
	});

	it('a broken headline leaves the quotes in it unchecked and the rest checked', () => {
		const problems = problemsAfter([['headline: Mayor says bridge is ‘nearly’ finished', 'headline: [Mayor]'], notVerbatim]);
		expect(problems[0]).toMatch(/headline: must be text; it is a list$/);
		expect(problems.join('\n')).toMatch(/quote q-spring: "It will open in the spring," is not verbatim in p2/);
	});
});

describe('schema messages in our words', () => {
	it('out-of-range numbers name the field and the range', () => {
		expect(problemsAfter([['    title: The plan\n', '    title: The plan\n    targetMinutes: -1\n']])).toEqual([
			expect.stringMatching(/sections\[0\]\.targetMinutes: must be more than 0 \(minutes\); it is -1$/),
		]);
		expect(problemsAfter([['    answer: 1\n', '    answer: 7\n']])).toEqual([
			expect.stringMatching(/quiz\[1\]\.answer: question q-cost: the answer must be a whole number from 0 to 2 \(the index of the correct option among 3\); it is 7$/),
		]);
	});

	it('a value outside a fixed set lists the choices', () => {
		expect(problemsAfter([['kind: partial}', 'kind: parcial}']])).toEqual([expect.stringMatching(/quotes\[0\]\.kind: must be one of full, partial, scare; it is "parcial"$/)]);
	});

	it('too many options says how many are allowed', () => {
		expect(problemsAfter([['[4 million, 40 million, 400 million]', '[1, 2, 3, 4, 40 million]']])[0]).toMatch(/quiz\[1\]\.options: a question needs 3 or 4 options$/);
	});

	it('says what an article is when the file is empty or holds something else', () => {
		expect(issueProblems({code: 'invalid_type', expected: 'object', path: [], message: 'x', input: null} as never, null)).toEqual([
			{path: [], message: 'an article is a mapping of fields (id, headline, body, sections, …); this file holds nothing'},
		]);
		expect(issueProblems({code: 'invalid_type', expected: 'object', path: [], message: 'x', input: 'text'} as never, 'text')[0]!.message).toMatch(/this file holds text$/);
	});

	it('bounds on lists and text are counted in items and characters', () => {
		const data = {sections: []};
		expect(issueProblems({code: 'too_small', origin: 'array', minimum: 1, inclusive: true, path: ['sections'], message: 'Too small: expected array to have >=1 items'} as never, data)).toEqual([{path: ['sections'], message: 'must have at least 1 item'}]);
		expect(issueProblems({code: 'too_big', origin: 'string', maximum: 5, inclusive: true, path: ['id'], message: 'Too big: expected string to have <=5 characters'} as never, {id: 'abcdefg'})).toEqual([{path: ['id'], message: 'must have at most 5 characters'}]);
		expect(issueProblems({code: 'too_big', origin: 'number', maximum: 9, inclusive: false, path: ['n'], message: 'Too big: expected number to be <9'} as never, {n: 12})).toEqual([{path: ['n'], message: 'must be less than 9; it is 12'}]);
	});
});

describe('what the content checks still see after a schema problem', () => {
	it('a wrong top-level field is dropped (a stray field, a mistyped dateline, a bad id) and the rest checked', () => {
		for (const [added, first] of [
			['extra: 1', /extra: unknown field "extra"$/],
			['dateline: [Town]', /dateline: must be text; it is a list$/],
			['language: true', /language: must be text; it is true or false$/],
			['byline: {name: Ann}', /byline: must be text; it is a mapping$/],
		] as const) {
			const problems = problemsAfter([['publisher: Test Gazette\n', `publisher: Test Gazette\n${added}\n`], notVerbatim]);
			expect(problems[0]).toMatch(first);
			expect(problems.join('\n')).toMatch(/quote q-spring: "It will open in the spring," is not verbatim in p2/);
		}
		const badId = problemsAfter([['id: test-bridge', 'id: Test Bridge!'], notVerbatim]);
		expect(badId[0]).toMatch(/bad\.yaml:2:5 id: ids are lower-case letters, digits and hyphens$/);
		expect(badId.join('\n')).toMatch(/is not verbatim in p2/);
		const badStandfirst = problemsAfter([['standfirst: Council leader doubts the date', 'standfirst: 12.5'], notVerbatim]);
		expect(badStandfirst[0]).toMatch(/standfirst: must be text; it is a number \(12\.5\)$/);
		expect(badStandfirst.join('\n')).toMatch(/is not verbatim in p2/);
	});

	it('a value shown in a message is cut to 37 characters and an ellipsis past 40', () => {
		const forty = 'x'.repeat(40);
		expect(problemsAfter([['kind: partial}', `kind: ${forty}}`]])).toEqual([expect.stringMatching(new RegExp(`it is "${forty}"$`))]);
		expect(problemsAfter([['kind: partial}', `kind: ${forty}y}`]])).toEqual([expect.stringMatching(new RegExp(`it is "${'x'.repeat(37)}\\.\\.\\."$`))]);
	});

	it('a required field left empty says so, and a missing one says what it expects', () => {
		expect(problemsAfter([['    title: The plan\n', '    title:\n']])).toEqual([expect.stringMatching(/sections\[0\]\.title: must be text; it is nothing \(null\)$/)]);
		expect(problemsAfter([['    title: The plan\n', '']])).toEqual([expect.stringMatching(/sections\[0\]\.title: required field is missing \(expected text\)$/)]);
		expect(problemsAfter([['  - id: plan\n    title: The plan\n    notes: Start with the promise.\n    blocks: [p1]\n', '  - id: plan\n    title: The plan\n    notes: Start with the promise.\n']])).toEqual([
			expect.stringMatching(/sections\[0\]\.blocks: required field is missing \(expected a list\)$/),
		]);
	});

	it('a whole number where a fraction is not allowed, and bounds counted in characters', () => {
		expect(issueProblems({code: 'invalid_type', expected: 'int', path: ['quiz', 0, 'n'], message: 'Invalid input: expected int, received number'} as never, {quiz: [{n: 1.5}]})).toEqual([
			{path: ['quiz', 0, 'n'], message: 'must be a whole number; it is a number (1.5)'},
		]);
		expect(issueProblems({code: 'too_small', origin: 'string', minimum: 2, inclusive: true, path: ['id'], message: 'Too small: expected string to have >=2 characters'} as never, {id: 'a'})).toEqual([{path: ['id'], message: 'must have at least 2 characters'}]);
		expect(issueProblems({code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['id'], message: 'Too small: expected string to have >=1 characters'} as never, {id: ''})).toEqual([{path: ['id'], message: 'must have at least 1 character'}]);
		expect(issueProblems({code: 'too_big', origin: 'array', maximum: 2, inclusive: true, path: ['people'], message: 'Too big: expected array to have <=2 items'} as never, {people: [1, 2, 3]})).toEqual([{path: ['people'], message: 'must have at most 2 items'}]);
		expect(issueProblems({code: 'too_small', origin: 'number', minimum: 3, inclusive: true, path: ['n'], message: 'Too small: expected number to be >=3'} as never, {n: 1})).toEqual([{path: ['n'], message: 'must be at least 3; it is 1'}]);
		expect(issueProblems({code: 'too_big', origin: 'number', maximum: 3, inclusive: true, path: ['n'], message: 'Too big: expected number to be <=3'} as never, {n: 5})).toEqual([{path: ['n'], message: 'must be at most 3; it is 5'}]);
		expect(issueProblems({code: 'custom', path: ['x'], message: 'Invalid input: something'} as never, {})).toEqual([{path: ['x'], message: 'something'}]);
	});
});
