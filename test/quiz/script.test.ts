import {describe, expect, it} from 'vitest';
import {AnswersError, parseAnswers, quizToText, scriptedResult} from '../../src/quiz/script.js';
import {presentQuiz} from '../../src/quiz/session.js';
import {parseArticle} from '../../src/content/load.js';
import {loadBundled, minimalSource} from '../helpers/content.js';

const article = loadBundled();
const questions = presentQuiz(article.quiz, 42);
const letters = (answers: number[]) => answers.map((answer) => 'ABCD'[answer]).join(',');

describe('scripted answers', () => {
	it('reads one letter per question in displayed order, any case and spacing', () => {
		const keys = questions.map((question) => question.answer);
		expect(parseAnswers(letters(keys).toLowerCase().replace(/,/g, ' , '), questions)).toEqual(keys);
	});

	it('rejects the wrong count and letters a question does not offer, in one line', () => {
		expect(() => parseAnswers('A,B', questions)).toThrow(new AnswersError(`--answers has 2 answers; the quiz has ${questions.length} questions`));
		const threeOptions = questions.findIndex((question) => question.options.length === 3);
		const answers = questions.map(() => 'A');
		answers[threeOptions] = 'D';
		expect(() => parseAnswers(answers.join(','), questions)).toThrow(`answer ${threeOptions + 1} is "D", but question ${threeOptions + 1} takes a letter from A to C`);
		expect(() => parseAnswers(questions.map(() => 'E').join(','), questions)).toThrow(/answer 1 is "E"/);
	});

	it('counts no answers in a blank --answers, and names a missing one', () => {
		for (const blank of ['', '  ']) expect(() => parseAnswers(blank, questions)).toThrow(new AnswersError(`--answers has 0 answers; the quiz has ${questions.length} questions`));
		const gap = questions.map(() => 'A');
		gap[1] = '';
		expect(() => parseAnswers(gap.join(','), questions)).toThrow(new AnswersError('--answers: answer 2 is missing, but question 2 takes a letter from A to ' + 'ABCD'[questions[1]!.options.length - 1]));
		expect(() => parseAnswers(`${questions.map(() => 'A').join(',')},`, questions)).toThrow(`--answers has ${questions.length + 1} answers`);
	});

	it('says letters run together or split by spaces need commas between them', () => {
		for (const run of [questions.map(() => 'A').join(''), questions.map(() => 'A').join(' ')]) {
			expect(() => parseAnswers(run, questions)).toThrow(new AnswersError(`--answers has 1 answer; the quiz has ${questions.length} questions (give one letter per question, separated by commas: B,A,D,…)`));
		}
	});

	it('counts in the singular when there is one', () => {
		expect(() => parseAnswers('A', questions)).toThrow(new AnswersError(`--answers has 1 answer; the quiz has ${questions.length} questions`));
		expect(() => parseAnswers('A,B', questions.slice(0, 1))).toThrow(new AnswersError('--answers has 2 answers; the quiz has 1 question'));
	});

	it('scores against the key in displayed positions', () => {
		const keys = questions.map((question) => question.answer);
		const wrongFirst = [...keys];
		wrongFirst[0] = (keys[0]! + 1) % questions[0]!.options.length;
		const result = scriptedResult(questions, wrongFirst, 42);
		expect(result).toMatchObject({seed: 42, score: questions.length - 1, total: questions.length});
		expect(result.questions[0]).toEqual({id: questions[0]!.id, question: questions[0]!.question, options: questions[0]!.options, chosen: wrongFirst[0], answer: keys[0], correct: false});
	});
});

describe('the printed quiz', () => {
	it('says the order, hangs wrapped lines under their text, and numbers the answers', () => {
		const minimal = parseArticle('minimal.yaml', minimalSource).article!;
		expect(quizToText(minimal, null, 22)).toContain('\n\n3 questions, in the\norder written.\n\n');
		expect(quizToText(minimal, 3, 22)).toBe(`Quiz: Mayor says
bridge is ‘nearly’
finished

3 questions, order of
seed 3.

1. How much has the
   bridge cost so far?
   A. 400 million
   B. 4 million
   C. 40 million

2. Who said “It
   will open in
   spring”?
   A. Bob Leader
   B. Ann Mayor
   C. The Test
      Gazette

3. When did the
   mayor say the
   bridge would open?
   A. Next year
   B. In 12 weeks
   C. In 12 months

Answers

1. C. 40 million
   It has cost 40
   million pounds.
   From ¶ 4, section 2
   “Doubts”:
     The bridge has
     cost 40 million
     pounds so far.

2. B. Ann Mayor
   The mayor promised
   spring.
   From ¶ 2, section 2
   “Doubts”:
     “It will open in
     spring,” Ms Mayor
     said.

3. B. In 12 weeks
   She said 12 weeks.
   From ¶ 1, section 1
   “The plan”:
     would open in 12
     weeks
`);
	});

	it('lists every question with lettered options, then the answers with their evidence', () => {
		const text = quizToText(article, null, 80);
		for (const question of article.quiz) expect(text.replace(/\s+/g, ' ')).toContain(question.question);
		expect(text).toMatch(/^1\. According to Johnson/m);
		expect(text).toMatch(/^ {3}A\. Not successful$/m);
		expect(text).toMatch(/\nAnswers\n/);
		expect(text).toMatch(/From ¶ 11, section 3 “Common ground”:\n +as well as sales of 300 Bentleys in the country/);
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
	});
});
