import {describe, expect, it} from 'vitest';
import {nameMatcher, names} from '../../src/content/names.js';
import {problemsAfter} from '../helpers/content.js';

describe('a name in a script written with spaces', () => {
	it('matches as a whole word, ignoring case and typographic apostrophes', () => {
		expect(names('Mr Lavrov said so.', 'Lavrov')).toBe(true);
		expect(names('said LAVROV, smiling', 'Lavrov')).toBe(true);
		expect(names('“No,” O’Brien replied', "O'Brien")).toBe(true);
	});

	it('does not match as the start or the end of a longer word', () => {
		expect(names('Ms Lavrova said so.', 'Lavrov')).toBe(false);
		expect(names('the Lavrovs said so.', 'Lavrov')).toBe(false);
		expect(names('Milavrov said so.', 'Lavrov')).toBe(false);
		expect(names('Lavrov2 said so.', 'Lavrov')).toBe(false);
	});

	it('finds a later whole-word use after a longer word', () => {
		expect(names('Lavrova and Lavrov both spoke', 'Lavrov')).toBe(true);
	});

	it('treats an accent written as a combining mark as part of the word', () => {
		expect(names('Jose\u0301 said so', 'Jose')).toBe(false);
		expect(names('Jose\u0301 said so', 'José')).toBe(true);
		expect(names('José said so', 'Jose\u0301')).toBe(true);
	});

	it('takes letters from other spaced scripts as word characters too', () => {
		expect(names('Лавров сказал', 'Лавров')).toBe(true);
		expect(names('Лаврова сказала', 'Лавров')).toBe(false);
	});

	it('matches a name at the very end of the text, and one holding dots or brackets', () => {
		expect(names('so said Mr Lavrov', 'Lavrov')).toBe(true);
		expect(names('so said J. R. R. Tolkien', 'J. R. R. Tolkien')).toBe(true);
		expect(names('so said J R R Tolkien', 'J. R. R. Tolkien')).toBe(false);
		expect(names('the Agency (IAEA) said', 'Agency (IAEA)')).toBe(true);
		expect(names('Lavrov said', ' Lavrov ')).toBe(true);
	});

	it('reads a letter outside the Basic Multilingual Plane before or after a name as part of the word', () => {
		expect(names('𝐀Lavrov said', 'Lavrov')).toBe(false);
		expect(names('x𝐀Lavrov said', 'Lavrov')).toBe(false);
		expect(names('Lavrov𝐀 said', 'Lavrov')).toBe(false);
		expect(names('Lav𝐀 said', 'Lav𝐀')).toBe(true);
		expect(names('Lav𝐀x said', 'Lav𝐀')).toBe(false);
		expect(names('\udc00Lavrov said', 'Lavrov')).toBe(true);
	});

	it('never matches an empty name', () => {
		expect(nameMatcher('  ')('anything')).toBe(false);
		expect(nameMatcher('  ')('a b')).toBe(false);
	});
});

describe('a name in a script written without spaces', () => {
	it('matches a Chinese name running straight into the next word', () => {
		expect(names('王市长说：“春天就会开通。”', '王市长')).toBe(true);
		expect(names('据王市长说', '王市长')).toBe(true);
	});

	it('matches a Japanese name followed by its particle, and a Korean one', () => {
		expect(names('ラブロフ外相は「成功しなかった」と述べた', 'ラブロフ')).toBe(true);
		expect(names('라브로프는 말했다', '라브로프')).toBe(true);
	});

	it('matches a Chinese name next to Latin letters, and needs no boundary on its own side', () => {
		expect(names('abc王市长说', '王市长')).toBe(true);
		expect(names('王市长x', '王市长')).toBe(true);
		expect(names('x王', 'x王')).toBe(true);
		expect(names('yx王', 'x王')).toBe(false);
		expect(names('王x', '王x')).toBe(true);
		expect(names('王xy', '王x')).toBe(false);
		expect(names('x王yz', 'x王y')).toBe(false);
		expect(names('x王y z', 'x王y')).toBe(true);
	});

	it('matches a Latin name written into Chinese text with no space', () => {
		expect(names('Lavrov说', 'Lavrov')).toBe(true);
		expect(names('对Lavrov来说', 'Lavrov')).toBe(true);
	});

	it('matches names with characters outside the Basic Multilingual Plane', () => {
		expect(names('𠮷田さんは言った', '𠮷田')).toBe(true);
		expect(names('Lavrov𠮷', 'Lavrov')).toBe(true);
	});
});

describe('speakers named in Chinese in an article', () => {
	const chinese: Array<[string, string]> = [
		['    aliases: [Ms Mayor]', '    aliases: [Ms Mayor, 王市长]'],
		['    text: “It will open in spring,” Ms Mayor said.', '    text: 王市长说：“春天就会开通，”'],
		["text: 'It will open in spring,', speaker: mayor", 'text: 春天就会开通，, speaker: mayor'],
		['Who said “It will open in spring”?', 'Who said “春天就会开通”?'],
		["'“It will open in spring,” Ms Mayor said.'", "'王市长说：“春天就会开通，”'"],
	];

	it('finds 王市长 in 王市长说 (it used to report "does not name 王 市长 outside the quote")', () => {
		expect(problemsAfter(chinese)).toEqual([]);
	});

	it('still reports a speaker the paragraph does not name', () => {
		const problems = problemsAfter([...chinese, ['    text: 王市长说：“春天就会开通，”', '    text: 李市长说：“春天就会开通，”']]);
		expect(problems.join('\n')).toMatch(/quotes\[1\]\.speaker: quote q-spring: p2 does not name Ann Mayor outside the quote/);
	});
});

describe('quote marks of other languages', () => {
	it('accepts a quotation opened with 「 and closes it with 」 in the model', async () => {
		const {parseArticle} = await import('../../src/content/load.js');
		const {edited} = await import('../helpers/content.js');
		const result = parseArticle('ja.yaml', edited([
			['    text: “It will open in spring,” Ms Mayor said.', '    text: 「It will open in spring,」 Ms Mayor said.'],
			["'“It will open in spring,” Ms Mayor said.'", "'「It will open in spring,」 Ms Mayor said.'"],
		]));
		expect(result.problems).toEqual([]);
		expect(result.article!.quotes[1]).toMatchObject({openMark: '「', closeMark: '」'});
	});

	it('accepts « » and „ “, and cites them in a question', () => {
		const problems = problemsAfter([
			['    text: “It will open in spring,” Ms Mayor said.', '    text: «It will open in spring,» Ms Mayor said.'],
			["'“It will open in spring,” Ms Mayor said.'", "'«It will open in spring,» Ms Mayor said.'"],
			['Who said “It will open in spring”?', 'Who said „It will open in spring“?'],
		]);
		expect(problems).toEqual([]);
	});
});
