import {describe, expect, it} from 'vitest';
import {keepInView, quizScreen} from '../../src/app/quizFrame.js';
import {initialAppState} from '../../src/app/state.js';
import {lineText} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();

describe('the quiz list window', () => {
	it('moves only as far as it must to keep the highlight in view', () => {
		expect(keepInView(0, 1, 2)).toBe(0);
		expect(keepInView(0, 2, 2)).toBe(1);
		expect(keepInView(1, 0, 2)).toBe(0);
		// ink-select-input wraps from the last entry to the first.
		expect(keepInView(2, 0, 2)).toBe(0);
		expect(keepInView(0, 3, 2)).toBe(2);
	});

	it('draws the highlighted option selected behind the marker, and only the options that fit', () => {
		const state = initialAppState(article, {viewport: {cols: 50, rows: 10}, screen: 'quiz', seed: 11, now: 0, best: null});
		const question = state.quiz!.questions[0]!;
		const model = quizScreen(article, state, {highlighted: 1, start: 1});
		const text = model.lines.map(lineText);
		expect(model.list).toEqual({kind: 'options', count: question.options.length, limit: expect.any(Number)});
		expect(model.list!.limit).toBeLessThan(question.options.length);
		expect(text.join('\n')).toContain(`❯ B. ${question.options[1]}`);
		expect(text.join('\n')).not.toContain('A. ');
		const highlighted = model.lines.find((line) => lineText(line).includes('❯ B.'))!;
		expect(highlighted.filter((segment) => segment.text.includes(question.options[1]!)).every((segment) => segment.style.role === 'selected')).toBe(true);
		expect(text[1]).toMatch(/↑ 1 more above/);
	});
});
