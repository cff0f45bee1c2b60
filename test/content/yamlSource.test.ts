import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {ContentReadError} from '../../src/content/locate.js';
import {parseArticle, formatProblem} from '../../src/content/load.js';
import {readYaml, splitTopLevel} from '../../src/content/yamlSource.js';
import {bundledSource, edited, lineOf, minimalSource} from '../helpers/content.js';
import {bigArticle} from '../helpers/bigArticle.js';

/** The top-level items of a text, as the file's bytes are split. */
const chunksOf = (text: string) => splitTopLevel(Buffer.from(text));

/** The one-line error parsing gives, item by item (chunkAbove 0) or whole. */
function yamlError(text: string, chunkAbove: number): string {
	try {
		readYaml('f.yaml', text, {chunkAbove});
	} catch (error) {
		expect(error).toBeInstanceOf(ContentReadError);
		return (error as Error).message;
	}
	throw new Error('parsed without error');
}

describe('a large file is parsed item by item, with the same result as whole', () => {
	it('gives the same data for the bundled article', () => {
		expect(chunksOf(bundledSource)).not.toBeNull();
		expect(readYaml('a.yaml', bundledSource, {chunkAbove: 0}).data).toEqual(parseYaml(bundledSource));
	});

	it('locates problems at the same line and column', () => {
		const text = edited([['      300 Bentleys in the country, adding:', '      400 Bentleys in the country, adding:'], ['  - id: johnson\n', '  - id: johnson\n    nickname: Boris\n']], bundledSource);
		const whole = parseArticle('a.yaml', text, {chunkAbove: Infinity}).problems.map(formatProblem);
		expect(whole.length).toBeGreaterThan(1);
		expect(parseArticle('a.yaml', text, {chunkAbove: 0}).problems.map(formatProblem)).toEqual(whole);
	});

	it('counts columns in characters, not bytes, after wide characters on the same line', () => {
		// “ and 日本 take 3 bytes each in the file, one column each in an editor.
		const line = "  - {id: q-spring, note: “日本”, paragraph: p2, text: '“日本” It will open in spring,', speaker: mayor, cue: said}";
		const text = edited([["  - {id: q-spring, paragraph: p2, text: 'It will open in spring,', speaker: mayor, cue: said}", line]]);
		const column = line.indexOf("'“日本” It") + 1;
		const whole = parseArticle('m.yaml', text, {chunkAbove: Infinity}).problems.map(formatProblem);
		expect(whole).toContainEqual(expect.stringMatching(new RegExp(`^m\\.yaml:37:${column} quotes\\[1\\]\\.text: `)));
		expect(parseArticle('m.yaml', text, {chunkAbove: 0}).problems.map(formatProblem)).toEqual(whole);
		expect(parseArticle('m.yaml', Buffer.from(text), {chunkAbove: 0}).problems.map(formatProblem)).toEqual(whole);
		const repeated = '  - {note: “日本”, id: q-spring, id: again,';
		const broken = edited([['  - {id: q-spring,', repeated]]);
		expect(yamlError(broken, 0)).toBe(`f.yaml:37:${repeated.indexOf('id: again') + 1}: invalid YAML: this key appears twice in the same mapping`);
		expect(yamlError(broken, 0)).toBe(yamlError(broken, Infinity));
	});

	it('locates a problem in a whole list and a missing field', () => {
		for (const text of [
			edited([['quiz:\n', 'quiz: []\nunused:\n']]),
			edited([['  - id: plan\n    title: The plan\n', '  - id: plan\n']]),
			// A top-level field missing, after a comment: where the mapping starts.
			`# A comment first\n${edited([['sections:\n', 'setions:\n']])}`,
		]) {
			const whole = parseArticle('m.yaml', text, {chunkAbove: Infinity}).problems.map(formatProblem);
			expect(parseArticle('m.yaml', text, {chunkAbove: 0}).problems.map(formatProblem)).toEqual(whole);
		}
	});

	it('locates a syntax error inside an item where parsing it whole would', () => {
		const broken = edited([['    text: The bridge has cost 40 million pounds so far.', '    text: "The bridge has cost 40 million pounds so far.']]);
		expect(yamlError(broken, 0)).toMatch(/^f\.yaml:\d+:\d+: invalid YAML: /);
		const unquoted = edited([["    text: 'But Mr Leader replied: “Spring of which year?”'", '    text: But Mr Leader replied: “Spring of which year?”']]);
		expect(yamlError(unquoted, 0)).toBe(yamlError(unquoted, Infinity));
		expect(yamlError(unquoted, 0)).toMatch(/\(if the text holds ": ", quote it or use >-\)$/);
	});

	it('falls back to the whole file for layouts it does not split', () => {
		const json = JSON.stringify(parseYaml(minimalSource));
		expect(chunksOf(json)).toBeNull();
		expect(chunksOf(`---\n${minimalSource}`)).toBeNull();
		expect(chunksOf(minimalSource.replace('body:\n  - id: p1\n', 'body:\n  - id: p1\n extra: 1\n'))).toBeNull();
		expect(chunksOf(`${minimalSource}id: again\n`)).toBeNull();
		expect(readYaml('m.json', json, {chunkAbove: 0}).data).toEqual(parseYaml(minimalSource));
	});

	it('splits lists written at the left margin, and keeps comments and folded text in their item', () => {
		const text = 'id: x\n# a comment\nbody:\n- id: p1\n  text: >-\n    one\n    two\n\n# between\n- id: p2\n  text: three\n';
		expect(chunksOf(text)?.map((chunk) => [chunk.key, chunk.index])).toEqual([['id', null], ['body', 0], ['body', 1]]);
		expect(readYaml('x.yaml', text, {chunkAbove: 0}).data).toEqual(parseYaml(text));
	});

	it('resolves an alias to an anchor in another item by parsing the whole file', () => {
		const text = 'id: x\npeople:\n  - &who {id: a, name: A}\nquotes:\n  - *who\n';
		expect(readYaml('x.yaml', text, {chunkAbove: 0}).data).toEqual(parseYaml(text));
	});

	it('gives the same data from the fast parser (js-yaml) as from yaml, on a big generated article', () => {
		const text = bigArticle({paragraphs: 1500});
		expect(readYaml('big.yaml', text, {chunkAbove: 0}).data).toEqual(parseYaml(text));
	});

	it('leaves to yaml the items the fast parser is not trusted with, and locates their problems the same way', () => {
		// A key written twice, nesting past the limit, and a tag inside an item.
		for (const change of [
			['  - id: p4\n', '  - id: p4\n    id: p5\n'],
			['  - id: p4\n', `  - id: p4\n    deep: ${'['.repeat(40)}${']'.repeat(40)}\n`],
			['  - id: p4\n', '  - id: !!str p4\n'],
		] as Array<[string, string]>) {
			const text = edited([change]);
			let whole: string;
			try {
				whole = formatProblem(parseArticle('m.yaml', text, {chunkAbove: Infinity}).problems[0]!);
			} catch (error) {
				whole = (error as Error).message;
			}
			let chunked: string;
			try {
				chunked = formatProblem(parseArticle('m.yaml', text, {chunkAbove: 0}).problems[0]!);
			} catch (error) {
				chunked = (error as Error).message;
			}
			// Nesting is counted from the item rather than the file, so the column may differ by a level.
			expect(chunked.replace(/:\d+: /, ': '), change[1]).toBe(whole.replace(/:\d+: /, ': '));
		}
	});

	it('keeps top-level keys named like a property every object has (__proto__, constructor) as fields', () => {
		for (const extra of ['__proto__:\n  - a\n', '__proto__: {id: x}\n', 'constructor:\n  - a\ntoString: x\nhasOwnProperty:\n  - b\n']) {
			const text = `${minimalSource}${extra}`;
			const whole = parseArticle('m.yaml', text, {chunkAbove: Infinity}).problems.map(formatProblem);
			expect(whole.length, extra).toBeGreaterThan(0);
			expect(parseArticle('m.yaml', text, {chunkAbove: 0}).problems.map(formatProblem), extra).toEqual(whole);
		}
	});

	it('reads a file of comments only, or with line breaks written as carriage returns alone, as a whole parse does', () => {
		for (const text of [
			'# nothing but comments\n# here\n',
			'\n\n   \n',
			// yaml breaks lines only at "\n"; js-yaml also at a lone "\r".
			minimalSource.replace(/\n/g, '\r'),
			minimalSource.replace(/^# .*\n/, '').replace(/\n/g, '\r'),
			edited([['  - id: p4\n', '  - id: p4\r    extra: 1\n']]),
		]) {
			let whole: string[] | string;
			try {
				whole = parseArticle('m.yaml', text, {chunkAbove: Infinity}).problems.map(formatProblem);
			} catch (error) {
				whole = (error as Error).message;
			}
			let chunked: string[] | string;
			try {
				chunked = parseArticle('m.yaml', text, {chunkAbove: 0}).problems.map(formatProblem);
			} catch (error) {
				chunked = (error as Error).message;
			}
			expect(chunked, JSON.stringify(text.slice(0, 40))).toEqual(whole);
		}
	});

	it('reads plain values and keys as yaml’s core schema does, not as js-yaml’s', () => {
		// js-yaml reads 0b1 and -0x1 as numbers, +.5 and 1e999 as text, a null key as "null".
		const values = ['0b1', '-0x1', '+0x1', '-0o1', '+.5', '-.5', '1e999', '-1e999', '-0', '0o17', '0x1F', '1_000', '.NaN', '-.inf', 'True', 'NULL', '~', '!'];
		for (const value of values) {
			const text = `id: x\nbody:\n  - a: ${value}\n    ${value === '!' ? 'b' : value}: 1\n`;
			expect(readYaml('f.yaml', text, {chunkAbove: 0}).data, value).toEqual(readYaml('f.yaml', text, {chunkAbove: Infinity}).data);
		}
		// 0b1 is text to yaml, so no index of an option.
		const text = edited([['    options: [Ann Mayor, Bob Leader, The Test Gazette]\n    answer: 0\n', '    options: [Ann Mayor, Bob Leader, The Test Gazette]\n    answer: 0b0\n']]);
		const whole = parseArticle('m.yaml', text, {chunkAbove: Infinity}).problems.map(formatProblem);
		expect(whole.length).toBe(1);
		expect(parseArticle('m.yaml', text, {chunkAbove: 0}).problems.map(formatProblem)).toEqual(whole);
	});

	it('refuses item by item what yaml refuses and js-yaml lets pass: a comment against a value, a key over 1024 characters', () => {
		for (const item of [
			'  - id: p4 # fine\n    text: "so far."#no space\n',
			"  - id: p4\n    text: 'so far.'#c\n",
			'  - {id: p4}#c\n',
			'  - id: p4\n    blocks: [a,#c\n      b]\n',
			`  - id: p4\n    ${'k'.repeat(1100)}: 1\n`,
			`  - id: p4\n    "${'\\U0001F600'.repeat(110)}": 1\n`,
			`  - id: p4\n    list: [${'k'.repeat(1100)}: 1]\n`,
			`  - id: p4\n    k${' '.repeat(1100)}: 1\n`,
		]) {
			const text = edited([['  - id: p4\n', item]]);
			expect(yamlError(text, 0), item.slice(0, 60)).toBe(yamlError(text, Infinity));
		}
	});

	it('refuses item by item a quoted text, list or mapping going on to a line not indented past its own, as a whole parse does', () => {
		for (const item of [
			'  - id: p4\n    text: "The bridge has cost\n    40 million pounds so far."\n',
			"  - id: p4\n    text: 'The bridge has cost\n\n    40 million pounds so far.'\n",
			'  - id: p4\n    text: "The bridge has cost \\\n    40 million pounds so far."\n',
			'  - id: p4\n    text: "The bridge has cost\t\n    40 million pounds so far."\n',
			'  - id: p4\n    text: x\n    blocks: [a\n    , b]\n',
			'  - {id: p4,\n  text: x}\n',
			'  - id: p4\n    notes: |\n      "not a quote\n    text: "The bridge has cost\n    40 million pounds so far."\n',
		]) {
			const text = edited([['  - id: p4\n    text: The bridge has cost 40 million pounds so far.\n', item]]);
			expect(yamlError(text, 0), item).toBe(yamlError(text, Infinity));
		}
		// Indented past its line's content, it is read alike both ways.
		for (const item of [
			'  - id: p4\n    text: "The bridge has cost\n      40 million pounds so far."\n',
			"  - id: p4\n    text: 'it''s\n\n     so far'\n    notes: [a,\n      'b\n       c', {d: \"e\n       f\"}]\n",
			'  - id: p4\n    notes: >-\n      "a\n      b\n    text: x\n',
		]) {
			const text = edited([['  - id: p4\n    text: The bridge has cost 40 million pounds so far.\n', item]]);
			expect(readYaml('f.yaml', text, {chunkAbove: 0}).data, item).toEqual(readYaml('f.yaml', text, {chunkAbove: Infinity}).data);
		}
	});

	it('reports progress as it goes', () => {
		const seen: number[] = [];
		readYaml('a.yaml', bundledSource, {chunkAbove: 0, onProgress: (fraction) => seen.push(fraction)});
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
	});
});

describe('hostile YAML, located and in our words', () => {
	it('an alias to nowhere', () => {
		expect(yamlError('id: x\nheadline: *nowhere\n', Infinity)).toMatch(/^f\.yaml:2:11: invalid YAML: /);
	});

	it('a key written twice', () => {
		expect(yamlError('id: x\nid: y\n', Infinity)).toBe('f.yaml:2:1: invalid YAML: this key appears twice in the same mapping');
	});

	it('a tab used for indentation', () => {
		expect(yamlError('people:\n\t- id: a\n', Infinity)).toMatch(/^f\.yaml:2:1: invalid YAML: /);
	});

	it('the same errors from a file parsed item by item', () => {
		const eleven = (alias: string) => `[${Array(11).fill(alias).join(', ')}]`;
		const bomb = edited([['quotes:\n', `quotes:\n  - &a [lol, lol, lol]\n  - &b ${eleven('*a')}\n  - ${eleven('*b')}\n`]]);
		expect(yamlError(bomb, 0)).toBe(yamlError(bomb, Infinity));
		expect(yamlError(bomb, 0)).toMatch(/the aliases \(\*a and others\) expand to too much data/);
		const tagged = edited([['  - id: p4\n', '  - id: !!set p4\n']]);
		expect(yamlError(tagged, 0)).toBe(yamlError(tagged, Infinity));
	});
});

describe('keys that are lists or mappings', () => {
	const message = 'invalid YAML: this key is a list or a mapping; the keys of an article are plain names, such as id or text';

	it('are refused where they are, in our words, parsed whole or item by item, with no warning of yaml’s own', async () => {
		const warnings: unknown[] = [];
		const listen = (warning: unknown) => warnings.push(warning);
		process.on('warning', listen);
		try {
			for (const [key, item] of [
				// js-yaml would read this one as the key "text".
				['[text]', '  - {id: p4, [text]: The bridge}\n  - id: p5\n'],
				['{a: 1}', '  - id: p4\n    ? {a: 1}\n    : x\n'],
				['[a, b]', '  - {id: p4, [a, b]: 2}\n  - id: p5\n'],
			] as Array<[string, string]>) {
				const text = edited([['  - id: p4\n', item]]);
				const line = lineOf(text, key);
				const column = text.split('\n')[line - 1]!.indexOf(key) + 1;
				expect(yamlError(text, Infinity), item).toBe(`f.yaml:${line}:${column}: ${message}`);
				expect(yamlError(text, 0), item).toBe(yamlError(text, Infinity));
			}
		} finally {
			process.off('warning', listen);
		}
		// Node delivers warnings on a later turn.
		await new Promise((resolve) => setImmediate(resolve));
		expect(warnings).toEqual([]);
	});

	it('are not seen in prose that only looks like one', () => {
		const text = edited([['  - id: p4\n', "  - id: p4\n    note: 'he said [sic]: no ? yes'\n"]]);
		expect(readYaml('f.yaml', text, {chunkAbove: 0}).data).toEqual(parseYaml(text));
	});
});

describe('the environment while parsing', () => {
	it('is put back as it was, after a parse and after a parse error', () => {
		const environment = process.env;
		readYaml('a.yaml', minimalSource);
		expect(process.env).toBe(environment);
		expect(() => readYaml('a.yaml', 'id: [')).toThrow(ContentReadError);
		expect(process.env).toBe(environment);
	});
});

describe('splitting a file into its top-level items', () => {
	const split = (text: string) => {
		const bytes = Buffer.from(text);
		return splitTopLevel(bytes)?.map((chunk) => [chunk.key, chunk.index, bytes.toString('utf8', chunk.start, chunk.end)]) ?? null;
	};

	it('keeps an entry with its value on the key line whole, continuation lines and all', () => {
		expect(split('id: x\nnotes: >-\n  one\n  two\nbody:\n  - a\n')).toEqual([
			['id', null, 'id: x\n'],
			['notes', null, 'notes: >-\n  one\n  two\n'],
			['body', 0, '  - a\n'],
		]);
	});

	it('takes "-" alone, or before a space or a carriage return, as an item; a comment after the key is no value', () => {
		expect(split('body: # the text\n  -\n    id: a\n  - b\r\n  -\r\n')).toEqual([
			['body', 0, '  -\n    id: a\n'],
			['body', 1, '  - b\r\n'],
			['body', 2, '  -\r\n'],
		]);
	});

	it('keeps an empty list entry whole', () => {
		expect(split('quotes:\nbody:\n  - a\n')).toEqual([
			['quotes', null, 'quotes:\n'],
			['body', 0, '  - a\n'],
		]);
	});

	it('gives up on anything it cannot be sure of', () => {
		expect(split('  id: x\n')).toBeNull();
		expect(split('id:x\n')).toBeNull();
		expect(split('"id": x\n')).toBeNull();
		expect(split('body:\n  id: x\n')).toBeNull();
		expect(split('body:\n  - a\n  -b\n')).toBeNull();
		expect(split('body:\n    - a\n  - b\n')).toBeNull();
		expect(split('body:\n  - a\n b: c\n')).toBeNull();
		expect(split('body:\n- a\nbody:\n- b\n')).toBeNull();
	});

	it('reads item lines at the left margin as items of the key above', () => {
		expect(split('body:\n- a\n- b\nid: x\n')).toEqual([
			['body', 0, '- a\n'],
			['body', 1, '- b\n'],
			['id', null, 'id: x\n'],
		]);
		expect(split('id: x\n- a\n')).toBeNull();
	});
});

describe('yaml errors in our words', () => {
	const error = (text: string) => yamlError(text, Infinity).replace(/^f\.yaml:\d+:\d+: invalid YAML: /, '');

	it('names the tag refused, in its short form', () => {
		expect(error('id: !!set {a}\n')).toBe('the tag !!set is not allowed; an article holds only text, numbers, lists and mappings, with no tags');
		expect(error('id: !!map [a]\n')).toMatch(/^the tag !!map is not allowed/);
		expect(error('id: !custom x\n')).toMatch(/^the tag !custom is not allowed/);
	});

	it('says what is wrong with tabs, repeated keys, extra documents and ": " in plain text', () => {
		expect(error('a:\n\t- b\n')).toBe('a tab is used for indentation; YAML indents with spaces');
		expect(error('a: 1\na: 2\n')).toBe('this key appears twice in the same mapping');
		expect(error('a: 1\n---\nb: 2\n')).toBe('a second YAML document starts here (after ---); an article is one document per file');
		expect(error('a: b: c\n')).toMatch(/\(if the text holds ": ", quote it or use >-\)$/);
		// However deep the stack lets yaml go: 33 levels are refused as surely as 5,000.
		for (const depth of [33, 100, 5000]) expect(error(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toBe('nested too deeply; an article needs only a few levels');
		expect(() => readYaml('f.yaml', `a: ${'['.repeat(31)}${']'.repeat(31)}\n`)).not.toThrow();
		expect(yamlError(`a:\n${Array.from({length: 40}, (_, depth) => `${'  '.repeat(depth + 1)}- `).join('\n')}x\n`, Infinity)).toMatch(/^f\.yaml:\d+:\d+: invalid YAML: nested too deeply/);
	});

	it('keeps other messages to their first line, without yaml\'s own position', () => {
		const message = error('a: "open\n');
		expect(message).not.toMatch(/\n| at line \d+, column \d+/);
		expect(message.length).toBeGreaterThan(0);
	});

	it('locates an error at the line and column where it is', () => {
		expect(yamlError('id: x\nheadline: [a, \n', Infinity)).toMatch(/^f\.yaml:3:1: invalid YAML: /);
		expect(yamlError('id: x\nid: y\n', Infinity)).toMatch(/^f\.yaml:2:1: /);
	});

	it('reports progress while parsing a long file whole', () => {
		const seen: number[] = [];
		const text = `body:\n${Array.from({length: 600}, (_, index) => `  - {id: p${index}}`).join('\n')}\n`;
		readYaml('long.yaml', `# flow start\n---\n${text}`, {onProgress: (fraction) => seen.push(fraction)});
		expect(seen.length).toBe(2);
		expect(seen[1]).toBeGreaterThan(seen[0]!);
		expect(seen[1]).toBeLessThan(1);
	});
});
