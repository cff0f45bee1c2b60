import {describe, expect, it} from 'vitest';
import {bigText} from '../../src/present/bigText.js';
import {presentGeometry, slideFor} from '../../src/present/slide.js';
import {presentationSteps} from '../../src/present/steps.js';
import {lineText, lineWidth} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true});
const projector = {cols: 160, rows: 45};
const laptop = {cols: 80, rows: 24};
const textOf = (pages: ReturnType<typeof slideFor>['pages']) => pages.flat().map(lineText).join('\n');

describe('big letters', () => {
	it('draws what the font can, straightening curly quotes, and refuses what does not fit', () => {
		expect(bigText('Interference', 'Small', 80)!.length).toBeGreaterThanOrEqual(4);
		expect(bigText('didn’t', 'Small', 80)!.join('\n')).toContain("'");
		expect(bigText('Interference', 'Standard', 20)).toBeNull();
		expect(bigText('Привет', 'Small', 80)).toBeNull();
	});

	it('draws each row of a long title on its own, a blank line between rows, so descenders never touch the next row', () => {
		const art = bigText('Johnson says Russia didn’t ‘successfully’ interfere', 'Standard', 100)!;
		const rows = art.join('\n').split('\n\n');
		expect(rows.length).toBeGreaterThan(1);
		for (const row of rows) expect(row.split('\n').length).toBeLessThanOrEqual(6);
		// "says" has a descender: its row ends with it, and a blank line follows.
		const says = rows.findIndex((row) => row.includes('|___/'));
		expect(says).toBeLessThan(rows.length - 1);
	});
});

describe('slides', () => {
	for (const viewport of [projector, laptop]) {
		it(`fit ${viewport.cols}×${viewport.rows}: every page within the width and the content height`, () => {
			const geometry = presentGeometry(viewport, false);
			for (const step of steps) {
				for (const page of slideFor(article, step, geometry).pages) {
					expect(page.length).toBeLessThanOrEqual(geometry.height);
					for (const line of page) expect(lineWidth(line)).toBeLessThanOrEqual(viewport.cols);
				}
			}
		});
	}

	it('puts the headline in big letters on a projector, with the standfirst and publisher', () => {
		const title = textOf(slideFor(article, steps[0]!, presentGeometry(projector, false)).pages);
		expect(title).toContain('|');
		expect(title).not.toContain('Johnson says Russia');
		expect(title).toContain(article.standfirst!);
		expect(title).toContain('Financial Times · Moscow');
	});

	it('falls back to normal type when big letters do not fit', () => {
		const title = textOf(slideFor(article, steps[0]!, presentGeometry({cols: 40, rows: 10}, false)).pages);
		expect(title.replace(/\s+/g, ' ')).toContain('Johnson says Russia didn’t ‘successfully’ interfere in British elections');
	});

	it('shows the current turn with a big speaker label and keeps earlier turns faded', () => {
		const step = steps.findIndex((candidate) => candidate.kind === 'unit' && candidate.section === 0 && candidate.unit === 3);
		const page = slideFor(article, steps[step]!, presentGeometry(projector, false)).pages[0]!;
		const text = page.map(lineText).join('\n');
		expect(text).toContain('“I think you should recognise');
		expect(text).toContain('Sergei Lavrov · said');
		const faded = page.flat().filter((segment) => segment.style.dim);
		expect(faded.map((segment) => segment.text).join('')).toContain('He’s afraid');
		expect(page.flat().filter((segment) => segment.style.dim && segment.text.includes('I think'))).toHaveLength(0);
	});

	it('splits a step too long for a small screen into pages instead of cutting it, and says a page goes on', () => {
		const step = steps.findIndex((candidate) => candidate.kind === 'unit' && candidate.section === 3 && candidate.unit === 1);
		const slide = slideFor(article, steps[step]!, presentGeometry({cols: 40, rows: 12}, false));
		expect(slide.pages.length).toBeGreaterThan(1);
		const words = textOf(slide.pages).replace(/\s+/g, ' ');
		expect(words).toContain('with the knowledge that he would look after it and it would come to no harm.”');
		slide.pages.forEach((page, index) => {
			const text = page.map(lineText).join('\n');
			if (index < slide.pages.length - 1) expect(text).toMatch(/⋯ continued on the next page\s*$/);
			if (index > 0) expect(text.trimStart()).toMatch(/^\(continued\)/);
		});
	});

	it('starts every slide of a section on the same line, the tallest one centred', () => {
		const geometry = presentGeometry(projector, false);
		const tops = steps
			.filter((step) => step.kind === 'unit' && step.section === 2)
			.map((step) => slideFor(article, step, geometry).pages[0]!.findIndex((line) => line.length > 0));
		expect(new Set(tops).size).toBe(1);
		expect(tops[0]).toBeGreaterThan(0);
	});

	it('names a new speaker in big letters, but not again for their next turn', () => {
		const geometry = presentGeometry(projector, false);
		const slideOf = (unit: number) => slideFor(article, steps.find((step) => step.kind === 'unit' && step.section === 0 && step.unit === unit)!, geometry).pages[0]!.map(lineText).join('\n');
		// Section 1: Lavrov said (unit 2), Johnson replied (3), Johnson added (4).
		expect(slideOf(3)).not.toContain('Boris Johnson · replied');
		expect(slideOf(3)).toContain('| |');
		expect(slideOf(4)).toContain('Boris Johnson · added');
	});

	it('keeps a section title that fits at 100 columns in a smaller font in big letters', () => {
		const step = steps.find((candidate) => candidate.kind === 'unit' && candidate.section === 3)!;
		const text = textOf(slideFor(article, step, presentGeometry({cols: 100, rows: 30}, false)).pages);
		expect(text).not.toContain('Trust and coat pockets');
		expect(text.split('\n').slice(0, 10).join('\n')).toMatch(/[|_]{2}/);
	});

	it('asks a quiz question first, then shows the answer with its evidence', () => {
		const question = steps.findIndex((candidate) => candidate.kind === 'question');
		const ask = textOf(slideFor(article, steps[question]!, presentGeometry(laptop, false)).pages);
		const answer = textOf(slideFor(article, steps[question + 1]!, presentGeometry(laptop, false)).pages);
		expect(ask.replace(/\s+/g, ' ')).toContain(article.quiz[0]!.question);
		expect(ask).not.toContain('✓');
		expect(answer).toContain(`✓ ${'ABCD'[article.quiz[0]!.answer]}. ${article.quiz[0]!.options[article.quiz[0]!.answer]}`);
		expect(ask).toMatch(/^ + {2}B\. Partly successful$/m);
		expect(answer.replace(/\s+/g, ' ')).toContain(article.quiz[0]!.evidence[0]!.text);
	});
});
