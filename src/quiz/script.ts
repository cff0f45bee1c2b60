// The quiz without a terminal: answers given on the command line, or the questions printed.
import type {Article} from '../content/model.js';
import {optionLabel, paragraphPosition} from './lines.js';
import {optionLetters, presentQuiz, type PresentedQuestion} from './session.js';
import {plural} from '../text/plural.js';
import {wrapText} from '../text/wrap.js';

export class AnswersError extends Error {}

/** "B,a, D" → option indexes; every question answered with a letter it offers. */
export function parseAnswers(text: string, questions: readonly PresentedQuestion[]): number[] {
	// Blank is no answers at all, not one empty answer; an empty place between commas is a missing one.
	const answers = text.trim() === '' ? [] : text.split(',').map((answer) => answer.trim().toUpperCase());
	if (answers.length !== questions.length) {
		// "ABDC" or "A B D C" reads as one answer: say how they are separated.
		const runTogether = answers.some((answer) => answer.length > 1);
		throw new AnswersError(`--answers has ${plural(answers.length, 'answer')}; the quiz has ${plural(questions.length, 'question')}${runTogether ? ' (give one letter per question, separated by commas: B,A,D,…)' : ''}`);
	}
	return answers.map((answer, index) => {
		const options = questions[index]!.options.length;
		const choice = optionLetters.indexOf(answer);
		const given = answer === '' ? 'missing' : `"${answer}"`;
		if (answer.length !== 1 || choice === -1 || choice >= options) {
			throw new AnswersError(`--answers: answer ${index + 1} is ${given}, but question ${index + 1} takes a letter from A to ${optionLetters[options - 1]}`);
		}
		return choice;
	});
}

export interface ScriptedResult {
	seed: number | null;
	score: number;
	total: number;
	questions: Array<{id: string; question: string; options: string[]; chosen: number; answer: number; correct: boolean}>;
}

export function scriptedResult(questions: readonly PresentedQuestion[], answers: readonly number[], seed: number | null): ScriptedResult {
	const results = questions.map((question, index) => ({
		id: question.id,
		question: question.question,
		options: question.options,
		chosen: answers[index]!,
		answer: question.answer,
		correct: answers[index] === question.answer,
	}));
	return {seed, score: results.filter((result) => result.correct).length, total: results.length, questions: results};
}

/** The questions as plain text, then the answer key with the evidence for each. */
export function quizToText(article: Article, seed: number | null, width = 80): string {
	// Lines after the first hang under the text, past "12. " or "A. ".
	const wrap = (text: string, indent = '', hang = indent) => wrapText(text, width, indent, hang);
	const questions = presentQuiz(article.quiz, seed);
	const order = seed === null ? 'in the order written' : `order of seed ${seed}`;
	// "0 questions" over an empty answer key reads like a fault: say plainly there is nothing to ask.
	if (questions.length === 0) return `${wrap(`Quiz: ${article.headline}`)}\n\n${wrap('This article has no quiz questions.')}\n`;
	const out = [wrap(`Quiz: ${article.headline}`), wrap(`${plural(questions.length, 'question')}, ${order}.`)];
	questions.forEach((question, index) => {
		const hang = ' '.repeat(`${index + 1}. `.length);
		out.push([wrap(`${index + 1}. ${question.question}`, '', hang), ...question.options.map((_, option) => wrap(optionLabel(question, option), hang, `${hang}   `))].join('\n'));
	});
	out.push('Answers');
	questions.forEach((question, index) => {
		const hang = ' '.repeat(`${index + 1}. `.length);
		const evidence = question.source.evidence.flatMap((cited) => [wrap(`From ${paragraphPosition(article, cited.paragraphId)}:`, hang), wrap(cited.text, `${hang}  `)]);
		out.push([wrap(`${index + 1}. ${optionLabel(question, question.answer)}`, '', hang), wrap(question.source.explanation, hang), ...evidence].join('\n'));
	});
	return `${out.join('\n\n')}\n`;
}
