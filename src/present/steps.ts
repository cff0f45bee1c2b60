// The presentation as a sequence of steps that does not depend on screen size, so the audience
// screen and the speaker view, in terminals of different sizes, agree on "step 12".
import type {Article, Exchange, Paragraph, Turn} from '../content/model.js';

/** One thing that appears on its own step: a paragraph, or a turn of an exchange. */
export type Unit =
	| {kind: 'paragraph'; paragraph: Paragraph; heading: string | null}
	| {kind: 'turn'; turn: Turn; exchange: Exchange; index: number; heading: string | null};

export type Step =
	| {kind: 'title'}
	| {kind: 'unit'; section: number; unit: number}
	/** In a room (`present --room`), `answer: false` opens the question to the phones and `true` closes and reveals it. */
	| {kind: 'question'; index: number; answer: boolean}
	/** Room only: the top five after question `index`. */
	| {kind: 'leaderboard'; index: number}
	/** Room only: the podium, which ends the game. */
	| {kind: 'podium'};

export interface StepOptions {
	/** Show the quiz's questions as slides at the end: options, then answer and evidence. */
	quiz: boolean;
	/** The room plays the quiz: each question is opened, revealed, then the leaderboard shown; the podium ends it. */
	room?: boolean;
}

/** A section's units in order: its paragraphs, with each exchange's turns standing in for its paragraphs. */
export function sectionUnits(article: Article, sectionIndex: number): Unit[] {
	const section = article.sections[sectionIndex]!;
	const units: Unit[] = [];
	const covered = new Set(section.exchanges.flatMap((exchange) => exchange.paragraphIds));
	const startingAt = new Map(section.exchanges.map((exchange) => [exchange.paragraphIds[0], exchange]));
	let heading: string | null = null;
	for (const block of section.blocks) {
		if (block.kind === 'subhead') {
			heading = block.text;
			continue;
		}
		const exchange = startingAt.get(block.id);
		if (exchange !== undefined) {
			exchange.turns.forEach((turn, index) => {
				units.push({kind: 'turn', turn, exchange, index, heading: index === 0 ? heading : null});
				heading = null;
			});
		} else if (!covered.has(block.id)) {
			units.push({kind: 'paragraph', paragraph: block, heading});
			heading = null;
		}
	}
	return units;
}

export function presentationSteps(article: Article, options: StepOptions): Step[] {
	const steps: Step[] = [{kind: 'title'}];
	article.sections.forEach((_, section) => {
		sectionUnits(article, section).forEach((_unit, unit) => steps.push({kind: 'unit', section, unit}));
	});
	if (options.quiz) {
		article.quiz.forEach((_, index) => {
			steps.push({kind: 'question', index, answer: false}, {kind: 'question', index, answer: true});
			if (options.room) steps.push({kind: 'leaderboard', index});
		});
		if (options.room && article.quiz.length > 0) steps.push({kind: 'podium'});
	}
	return steps;
}

/** The section a step belongs to: -1 for the title, sections.length for the quiz. */
export function sectionOfStep(article: Article, step: Step): number {
	if (step.kind === 'title') return -1;
	if (step.kind === 'unit') return step.section;
	return article.sections.length;
}

/** Whether the step is one of the quiz's, which the room plays. */
export function isQuizStep(step: Step): step is Extract<Step, {kind: 'question' | 'leaderboard' | 'podium'}> {
	return step.kind === 'question' || step.kind === 'leaderboard' || step.kind === 'podium';
}

/** Index of the first step of section N (0-based), or of the quiz for N = sections.length. */
export function firstStepOf(article: Article, steps: readonly Step[], section: number): number {
	return steps.findIndex((step) => sectionOfStep(article, step) === section);
}
