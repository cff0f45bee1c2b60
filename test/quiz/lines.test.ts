// The quiz's end screen as text: what a reader sees after the last answer.
import {describe, expect, it} from 'vitest';
import {endLines} from '../../src/quiz/lines.js';
import {startQuiz, type QuizState} from '../../src/quiz/session.js';
import {lineText} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();

describe('the end screen', () => {
	it('hangs a missed question that wraps under its own text, not under the bullet', () => {
		const started = startQuiz(article.quiz, 7, 0);
		// Every question answered with an option that is not the answer: each one is missed.
		const state: QuizState = {...started, answers: started.questions.map((question) => (question.answer + 1) % question.options.length), index: started.questions.length - 1, phase: 'end', finishedAt: 1000};
		const lines = endLines(state, null, 40).map(lineText);
		const start = lines.findIndex((line) => line.startsWith('• '));
		const question = lines.slice(start, lines.findIndex((line, index) => index > start && line.startsWith('  you: ')));
		expect(question.length).toBeGreaterThan(1);
		for (const line of question.slice(1)) expect(line).toMatch(/^ {2}\S/);
	});
});
