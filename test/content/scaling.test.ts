// Checking must grow with the article, not faster: 50,000 paragraphs once took 13 s because
// look-ups scanned whole lists for every item. Timing is too noisy to test, so this counts the
// elements that list and string scans pass over (an Array search or loop method, or a for…of
// loop, adds its receiver's length; a string search what it passed over), which a scan per item makes grow with
// the square of the article.
import {describe, expect, it} from 'vitest';
import {checkArticle} from '../../src/content/check.js';
import {buildArticle} from '../../src/content/build.js';
import {parseArticle} from '../../src/content/load.js';
import {checkSchema} from '../../src/content/schemaCheck.js';
import {readYaml} from '../../src/content/yamlSource.js';
import {bigArticle} from '../helpers/bigArticle.js';

const arrayMethods = ['find', 'findIndex', 'filter', 'some', 'every', 'indexOf', 'includes', 'forEach', 'map', 'reduce', 'flatMap'] as const;
const stringMethods = ['indexOf', 'includes', 'split'] as const;

/** Elements scanned by list and string methods while `run` runs. */
function scanned(run: () => void): number {
	let work = 0;
	const restore: Array<() => void> = [];
	const patch = (prototype: object, name: string) => {
		const target = prototype as Record<string, (...args: unknown[]) => unknown>;
		const original = target[name]!;
		target[name] = function (this: {length: number}, ...args: unknown[]) {
			const result = original.apply(this, args);
			const from = typeof this === 'string' && typeof args[1] === 'number' ? args[1] : 0;
			const end = typeof this === 'string' && name === 'indexOf' && result !== -1 ? (result as number) : this.length;
			work += Math.max(0, end - from);
			return result;
		};
		restore.push(() => (target[name] = original));
	};
	for (const name of arrayMethods) patch(Array.prototype, name);
	// for…of and spreading go through the iterator.
	const iterator = Array.prototype[Symbol.iterator];
	Array.prototype[Symbol.iterator] = function (this: unknown[]) {
		work += this.length;
		return iterator.call(this);
	};
	restore.push(() => (Array.prototype[Symbol.iterator] = iterator));
	for (const name of stringMethods) patch(String.prototype, name);
	try {
		run();
	} finally {
		for (const undo of restore) undo();
	}
	return work;
}

/** How much more work four times the paragraphs takes (4 when linear, 16 when quadratic). */
function growth(work: (paragraphs: number) => number): number {
	return work(2400) / work(600);
}

describe('checking grows in proportion to the article', () => {
	it('the schema check, the content checks and building the model', () => {
		const ratio = growth((paragraphs) => {
			const {data} = readYaml('big.yaml', bigArticle({paragraphs}));
			return scanned(() => {
				const {source} = checkSchema(data);
				expect(checkArticle(source!)).toEqual([]);
				buildArticle(source!);
			});
		});
		expect(ratio).toBeLessThan(4.6);
	});

	it('locating problems, one per question', () => {
		const ratio = growth((paragraphs) => {
			const text = bigArticle({paragraphs}).replaceAll('    answer: 1\n', '    answer: 9\n');
			let problems = 0;
			const work = scanned(() => {
				problems = parseArticle('big.yaml', text, {chunkAbove: 0}).problems.length;
			});
			expect(problems).toBeGreaterThan(paragraphs / 50);
			return work;
		});
		expect(ratio).toBeLessThan(4.6);
	});

	it('locating problems, one per paragraph', () => {
		const ratio = growth((paragraphs) => {
			// An unknown field in every body item: a problem in each item of the longest list.
			const text = bigArticle({paragraphs}).replace(/^ {2}- \{id: (p[\w-]+), /gm, '  - {id: $1, colour: red, ');
			let problems = 0;
			const work = scanned(() => {
				problems = parseArticle('big.yaml', text, {chunkAbove: 0}).problems.length;
			});
			expect(problems).toBeGreaterThan(paragraphs / 2);
			return work;
		});
		expect(ratio).toBeLessThan(4.6);
	});
});
