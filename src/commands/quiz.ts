import type {Article} from '../content/model.js';
import {defaultHistoryPath, recordAttempt} from '../quiz/history.js';
import {AnswersError, parseAnswers, quizToText, scriptedResult} from '../quiz/script.js';
import {presentQuiz, score} from '../quiz/session.js';
import {CommandError} from './load.js';

export interface ScriptedOptions {
	answers: string;
	seed: number | null;
	json: boolean;
	/** False with --no-save. */
	save: boolean;
	out: (text: string) => void;
	warn: (line: string) => void;
}

/** `quiz --answers B,A,…`: answers in the displayed order for the seed, prints the result. */
export async function scriptedQuiz(article: Article, options: ScriptedOptions): Promise<number> {
	const questions = presentQuiz(article.quiz, options.seed);
	let answers: number[];
	try {
		answers = parseAnswers(options.answers, questions);
	} catch (error) {
		if (error instanceof AnswersError) throw new CommandError(`press-reader: ${error.message}`, 2);
		throw error;
	}
	const result = scriptedResult(questions, answers, options.seed);
	if (options.save) {
		const now = Date.now();
		const warning = await recordAttempt(defaultHistoryPath(), {
			date: new Date(now).toISOString(),
			articleId: article.id,
			status: 'finished',
			round: 'all',
			// null: asked in the order written, which no seed gives (seed 0 is a shuffle of its own).
			seed: options.seed,
			score: score({questions, answers}),
			total: questions.length,
			durationMs: 0,
			answers: result.questions.map((question) => ({questionId: question.id, chosen: question.options[question.chosen]!, correct: question.correct})),
		});
		if (warning !== null) options.warn(warning);
	}
	if (options.json) options.out(`${JSON.stringify(result, null, 2)}\n`);
	else options.out(`${result.score} of ${result.total} right\n`);
	return 0;
}

export function printQuiz(article: Article, seed: number | null, width: number, out: (text: string) => void): number {
	out(quizToText(article, seed, width));
	return 0;
}
