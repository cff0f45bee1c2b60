import {describe, expect, it} from 'vitest';
import {findMatches, sectionDocument, styleRuns, type DocumentOptions, type Range} from '../../src/reader/document.js';
import {seededRandom} from '../../src/quiz/shuffle.js';
import {lineText, lineWidth, sameStyle, type Style} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const options = (overrides: Partial<DocumentOptions> = {}): DocumentOptions => ({width: 60, dialogue: true, reveal: 1, query: '', currentHit: null, ...overrides});
const text = (lines: ReturnType<typeof sectionDocument>['lines']) => lines.map(lineText).join('\n');
/** The lines joined back into prose: a line that ends at a hyphen or dash was broken with no space there. */
const unwrap = (lines: ReturnType<typeof sectionDocument>['lines']) =>
	lines
		.map(lineText)
		.map((line) => line.trim())
		.reduce((text, line) => (text === '' ? line : /[-–—]$/.test(text) ? text + line : `${text} ${line}`), '')
		.replace(/\s+/g, ' ');

describe('paragraph view', () => {
	it('shows every paragraph word for word at every width, no line too wide', () => {
		for (const width of [36, 46, 60, 88]) {
			article.sections.forEach((section, index) => {
				const document = sectionDocument(article, index, options({width, dialogue: false}));
				for (const line of document.lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
				for (const block of section.blocks) expect(unwrap(document.lines)).toContain(block.text);
			});
		}
	});

	it('opens the article with headline and standfirst and ends it with the copyright line', () => {
		const first = text(sectionDocument(article, 0, options({width: 200})).lines).split('\n');
		expect(first[0]).toBe(article.headline);
		expect(first[2]).toBe(article.standfirst);
		const last = sectionDocument(article, article.sections.length - 1, options({width: 200, dialogue: false})).lines;
		expect(lineText(last.at(-1)!)).toBe('Copyright The Financial Times Limited 2017');
	});

	it('marks each quote, marks included, with its speaker', () => {
		const document = sectionDocument(article, 3, options({width: 1000, dialogue: false}));
		const quotes = document.lines.flat().filter((segment) => segment.style.role === 'quote');
		expect(quotes.map((segment) => [segment.text.slice(0, 22), segment.style.speaker])).toEqual([
			['“It’s a measure of my ', 0],
			['“There was nothing in ', 1],
			['“So you’ve searched it', 0],
		]);
	});
});

describe('dialogue view', () => {
	it('reveals turns one at a time, with a marker for what is still to come', () => {
		const one = sectionDocument(article, 3, options({reveal: 1}));
		expect(one.totalTurns).toBe(4);
		expect(text(one.lines)).toContain('[Asked whether he and Mr Lavrov could trust each other]');
		expect(text(one.lines)).not.toContain('Boris Johnson · said');
		expect(text(one.lines)).toContain('▸ 3 more turns');

		const all = sectionDocument(article, 3, options({reveal: 4}));
		expect(text(all.lines)).not.toContain('more turn');
		expect(all.turnEnds).toHaveLength(4);
		expect(text(all.lines)).toMatch(/Sergei Lavrov · said\n {2}“There was nothing in Boris’s coat pockets\.”/);
		expect(text(all.lines)).toMatch(/Boris Johnson · replied\n {2}“So you’ve searched it already,”/);
	});

	it('sets reported speech apart, named, without quote marks', () => {
		const document = sectionDocument(article, 2, options({reveal: 3, width: 200}));
		const reported = document.lines.flat().filter((segment) => segment.style.role === 'reported');
		expect(reported.map((segment) => segment.text.trim())).toEqual([
			expect.stringMatching(/^he attempted to strike common ground/),
			'Mr Lavrov disputed whether Russians actually call the tsar “terrible”',
		]);
		expect(text(document.lines)).toContain('Sergei Lavrov · reported');
	});

	it('keeps paragraphs outside the exchange and hides what follows unrevealed turns', () => {
		const first = sectionDocument(article, 2, options({reveal: 1}));
		expect(unwrap(first.lines)).not.toContain('Kettle Chips');
		const all = sectionDocument(article, 2, options({reveal: Infinity}));
		expect(unwrap(all.lines)).toContain('Mr Johnson also cited an uptick in exports of Kettle Chips');
		expect(unwrap(sectionDocument(article, 0, options()).lines)).toContain('Mr Johnson, the first UK foreign secretary');
	});

	it('closes a quotation that runs on into the next paragraph', () => {
		const document = sectionDocument(article, 0, options({reveal: 2, width: 1000}));
		expect(text(document.lines)).toContain('so you can reassure yourself on that front.”');
	});

	it('works for any exchange in any article', async () => {
		const {parseArticle} = await import('../../src/content/load.js');
		const {minimalSource} = await import('../helpers/content.js');
		const small = parseArticle('m.yaml', minimalSource).article!;
		const document = sectionDocument(small, 1, options({reveal: 2}));
		expect(text(document.lines)).toMatch(/Ann Mayor · said\n {2}“It will open in spring,”\n\nBob Leader · replied\n {2}“Spring of which year\?”/);
	});
});

describe('search', () => {
	it('ignores case and the difference between curly and straight quotes', () => {
		expect(findMatches('Boris’s coat', "BORIS'S")).toEqual([[0, 7]]);
		expect(findMatches('call the tsar “terrible”', '"terrible"')).toEqual([[14, 24]]);
		expect(findMatches('anything', '   ')).toEqual([]);
	});

	it('marks matches and reports the line each starts on', () => {
		const document = sectionDocument(article, 0, options({dialogue: false, query: 'lavrov', currentHit: 1}));
		const hits = document.lines.flat().filter((segment) => segment.style.hit !== undefined);
		expect(hits.map((segment) => segment.text)).toEqual(['Lavrov', 'Lavrov', 'Lavrov', 'Lavrov']);
		expect(hits.map((segment) => segment.style.hit)).toEqual(['match', 'current', 'match', 'match']);
		document.hitLines.forEach((line, index) => expect(lineText(document.lines[line]!)).toContain(hits[index]!.text));
	});
});

describe('style runs', () => {
	/** The rule, a character at a time: ranges in order over the base, then matches add their hit. */
	function reference(text: string, base: Style, ranges: Range[], matches: Range[]): Array<{character: string; style: Style}> {
		const characters: Array<{character: string; style: Style; unit: number}> = [];
		let unit = 0;
		for (const character of text) {
			characters.push({character, style: base, unit});
			unit += character.length;
		}
		// A range covers a character it starts inside, but not one it ends inside.
		const inside = (range: Range, at: number, length: number) => range.start < at + length && range.end >= at + length;
		for (const entry of characters) {
			for (const range of ranges) if (inside(range, entry.unit, entry.character.length)) entry.style = range.style;
			for (const match of matches) if (inside(match, entry.unit, entry.character.length)) entry.style = {...entry.style, hit: match.style.hit, hitId: match.style.hitId};
		}
		return characters.map(({character, style}) => ({character, style}));
	}

	it('style every character as applying the ranges one character at a time would, in far fewer runs', () => {
		const random = seededRandom(7);
		const text = 'Lavrov said: “He’s afraid” 😀 — the coat 日本 pockets ‘terrible’ Bentleys';
		const styles: Style[] = [{role: 'quote', speaker: 0}, {role: 'quote', speaker: 1}, {role: 'reported'}];
		for (let round = 0; round < 300; round++) {
			const range = (style: Style): Range => {
				const start = Math.floor(random() * text.length);
				return {start, end: start + Math.floor(random() * 12), style};
			};
			const ranges = Array.from({length: Math.floor(random() * 4)}, () => range(styles[Math.floor(random() * styles.length)]!));
			const matches = Array.from({length: Math.floor(random() * 3)}, (_, id) => range({role: 'text', hit: id === 0 ? 'current' : 'match', hitId: id}));
			const runs = styleRuns(text, {role: 'text'}, ranges, matches);
			expect(runs.map((run) => run.text).join('')).toBe(text);
			const styled = runs.flatMap((run) => Array.from(run.text, (character) => ({character, style: run.style})));
			const expected = reference(text, {role: 'text'}, ranges, matches);
			expect(styled.map((entry) => [entry.character, {...entry.style}])).toEqual(expected.map((entry) => [entry.character, {...entry.style}]));
			for (let index = 1; index < runs.length; index++) expect(sameStyle(runs[index - 1]!.style, runs[index]!.style)).toBe(false);
		}
	});
});
