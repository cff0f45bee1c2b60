import {describe, expect, it} from 'vitest';
import {isNode, parseDocument, parse as parseYaml} from 'yaml';
import {jsonOffsets, parseJson} from '../../src/content/jsonSource.js';
import {ContentReadError, formatPath, parseArticle} from '../../src/content/load.js';
import {minimalSource} from '../helpers/content.js';

const article = parseYaml(minimalSource) as unknown;

/** Every path in some data, containers and leaves. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
	const here = [path];
	if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
	if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([name, item]) => pathsOf(item, [...path, name]))];
	return here;
}

/** Where yaml's document model puts each path (the reference). */
function yamlOffsets(text: string, paths: Array<Array<string | number>>): number[] {
	const document = parseDocument(text);
	return paths.map((path) => {
		for (let length = path.length; length >= 0; length--) {
			const node = document.getIn(path.slice(0, length), true);
			if (isNode(node) && node.range) return node.range[0];
		}
		return 0;
	});
}

describe('reading JSON', () => {
	it('reads JSON with JSON.parse, and leaves everything else to YAML', () => {
		expect(parseJson(JSON.stringify(article))).toEqual(article);
		expect(parseJson(` \n[1, "two"]`)).toEqual([1, 'two']);
		expect(parseJson(minimalSource)).toBeUndefined();
		expect(parseJson('{id: x}')).toBeUndefined();
		expect(parseJson('{"id": "x"')).toBeUndefined();
	});

	it('finds every path where yaml would, pretty-printed or on one line', () => {
		for (const text of [JSON.stringify(article), JSON.stringify(article, null, '\t'), JSON.stringify(article, null, 2)]) {
			const paths = pathsOf(article);
			expect(jsonOffsets(text, paths)).toEqual(yamlOffsets(text, paths));
		}
	});

	it('falls back to the nearest ancestor for a path that is not there', () => {
		const text = JSON.stringify(article, null, 2);
		const paths = [['sections', 0, 'targetMinutes'], ['quiz', 9, 'answer'], ['nothing'], []];
		expect(jsonOffsets(text, paths)).toEqual(yamlOffsets(text, paths));
	});

	it('is not confused by quote marks, brackets and commas inside strings, escaped keys or empty containers', () => {
		const data = {'a"b': ['x, ]', '}{', 'back\\slash'], c: {}, d: [], e: [true, null, -1.5e3, {f: '"'}]};
		const text = JSON.stringify(data, null, 1);
		const paths = pathsOf(data);
		expect(jsonOffsets(text, paths)).toEqual(yamlOffsets(text, paths));
	});
});

describe('an article in JSON', () => {
	it('reports the same problems as the same article in YAML, located in the JSON', () => {
		const broken = minimalSource.replace('    role: Mayor\n', '    rol: Mayor\n').replace('    answer: 1\n', '    answer: 7\n').replace("text: 'It will open in spring,'", "text: 'It will open in the spring,'");
		const json = JSON.stringify(parseYaml(broken), null, 2);
		const fromYaml = parseArticle('a.yaml', broken).problems.map((problem) => `${formatPath(problem.path)}: ${problem.message}`).sort();
		const fromJson = parseArticle('a.json', json).problems;
		expect(fromJson.map((problem) => `${formatPath(problem.path)}: ${problem.message}`).sort()).toEqual(fromYaml);
		const lines = json.split('\n');
		const rol = fromJson.find((problem) => problem.path.at(-1) === 'rol')!;
		expect(lines[rol.line - 1]!.slice(rol.column - 1)).toBe('"Mayor",');
	});
});

describe('JSON that JSON.parse takes but an article must not be', () => {
	const refusal = (text: string) => {
		try {
			parseArticle('a.json', text);
		} catch (error) {
			if (error instanceof ContentReadError) return error.message;
			throw error;
		}
		return null;
	};

	it('refuses a key given twice in one mapping, at the second, as YAML does, where JSON.parse keeps the last silently', () => {
		const json = JSON.stringify(article, null, 2).replace('"id": "test-bridge",', '"id": "test-bridge",\n  "headline": "first",');
		const line = json.split('\n').findIndex((text) => text.includes('"headline": "Mayor says')) + 1;
		expect(refusal(json)).toBe(`a.json:${line}:3: invalid JSON: the key "headline" appears twice in the same mapping`);
		// Spelt with an escape it is the same key; in another mapping it is another.
		expect(refusal('{"id": "x", "\\u0069d": "y"}')).toBe('a.json:1:13: invalid JSON: the key "id" appears twice in the same mapping');
		expect(refusal('{"id": "x", "people": [{"id": "a"}, {"id": "b"}], "k\\"ey": 1, "k\\\\": 2}')).toBeNull();
	});

	it('shows a hostile key escaped, and cut short', () => {
		expect(refusal(`{"\\u001b]0;pwned\\u0007": 1, "\\u001b]0;pwned\\u0007": 2}`)).toBe('a.json:1:29: invalid JSON: the key "\\u001b]0;pwned\\u0007" appears twice in the same mapping');
		const long = 'k'.repeat(100);
		expect(refusal(`{"${long}": 1, "${long}": 2}`)).toContain(`the key "${'k'.repeat(37)}..." appears twice`);
	});

	it('refuses nesting past 32 levels, as YAML, at once however deep it goes', () => {
		expect(refusal(`{"id": ${'['.repeat(40)}${']'.repeat(40)}}`)).toBe('a.json:1:39: invalid JSON: nested too deeply; an article needs only a few levels');
		// Deep enough that walking it level by level for every value took minutes.
		expect(refusal(`{"id": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toBe('a.json:1:39: invalid JSON: nested too deeply; an article needs only a few levels');
		expect(refusal(`{"id": ${'['.repeat(30)}${']'.repeat(30)}}`)).toBeNull();
	});
});

