import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/content/load.js';
import {presentGeometry, slideFor} from '../../src/present/slide.js';
import {presentationSteps, sectionUnits} from '../../src/present/steps.js';
import {passageLines} from '../../src/quiz/lines.js';
import {sectionDocument} from '../../src/reader/document.js';
import {edited} from '../helpers/content.js';

// One paragraph of 640,000 words, well within the 32 MB an article may weigh: in a narrow column
// it wraps to some 160,000 lines, more than a call takes as arguments.
const words = Array.from({length: 640_000}, () => 'word').join(' ');
const source = edited([['text: The bridge has cost 40 million pounds so far.\n', `text: The bridge has cost 40 million pounds so far. ${words}\n`]]);
const {article} = parseArticle('long.yaml', source);

describe('a paragraph that wraps to some 160,000 lines', () => {
	it('is drawn whole by the reader, the presenter and the quiz’s cited passage', () => {
		expect(article).not.toBeNull();
		const document = sectionDocument(article!, 1, {width: 20, dialogue: false, reveal: 0, query: '', currentHit: null});
		expect(document.lines.length).toBeGreaterThan(140_000);

		const steps = presentationSteps(article!, {quiz: false});
		const unit = sectionUnits(article!, 1).findIndex((candidate) => candidate.kind === 'paragraph' && candidate.paragraph.id === 'p4');
		const step = steps.find((candidate) => candidate.kind === 'unit' && candidate.section === 1 && candidate.unit === unit)!;
		const slide = slideFor(article!, step, presentGeometry({cols: 30, rows: 20}, false));
		expect(slide.pages.flat().length).toBeGreaterThan(140_000);

		expect(passageLines(article!, 'p4', 'The bridge has cost', 20).length).toBeGreaterThan(140_000);
	}, 60_000);
});
