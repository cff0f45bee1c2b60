import {describe, expect, it} from 'vitest';
import {firstStepOf, presentationSteps, sectionOfStep, sectionUnits} from '../../src/present/steps.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();

describe('presentation steps', () => {
	it('opens on the title, then a step per paragraph or turn, section by section', () => {
		const steps = presentationSteps(article, {quiz: false});
		expect(steps[0]).toEqual({kind: 'title'});
		expect(steps.slice(1, 4)).toEqual([
			{kind: 'unit', section: 0, unit: 0},
			{kind: 'unit', section: 0, unit: 1},
			{kind: 'unit', section: 0, unit: 2},
		]);
		// Section 1: ¶1, ¶2, then the three turns that stand in for ¶3–¶5.
		const first = sectionUnits(article, 0);
		expect(first.map((unit) => (unit.kind === 'paragraph' ? `¶${unit.paragraph.number}` : unit.turn.speakerId))).toEqual(['¶1', '¶2', 'lavrov', 'johnson', 'johnson']);
		expect(steps).toHaveLength(1 + article.sections.reduce((sum, _, index) => sum + sectionUnits(article, index).length, 0));
	});

	it('carries the printed subheading onto the first unit after it', () => {
		const units = sectionUnits(article, 2);
		expect(units[0]).toMatchObject({kind: 'turn', heading: 'Common ground'});
		expect(units.slice(1).every((unit) => unit.heading === null)).toBe(true);
	});

	it('adds two steps per quiz question, options then answer', () => {
		const steps = presentationSteps(article, {quiz: true});
		const quiz = steps.filter((step) => step.kind === 'question');
		expect(quiz).toHaveLength(article.quiz.length * 2);
		expect(quiz.slice(0, 2)).toEqual([
			{kind: 'question', index: 0, answer: false},
			{kind: 'question', index: 0, answer: true},
		]);
		expect(firstStepOf(article, steps, article.sections.length)).toBe(steps.indexOf(quiz[0]!));
		expect(sectionOfStep(article, quiz[0]!)).toBe(article.sections.length);
	});

	it('finds where each section starts', () => {
		const steps = presentationSteps(article, {quiz: false});
		expect(firstStepOf(article, steps, 0)).toBe(1);
		expect(firstStepOf(article, steps, 1)).toBe(1 + sectionUnits(article, 0).length);
		expect(firstStepOf(article, steps, 9)).toBe(-1);
	});
});
