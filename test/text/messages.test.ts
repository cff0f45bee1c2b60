// Counts of one in what users read: the cast overlay, the table of contents and the printed quiz.
import {describe, expect, it} from 'vitest';
import {castLines} from '../../src/reader/overlays.js';
import {tocScreen} from '../../src/reader/screen.js';
import {initialReaderState} from '../../src/reader/state.js';
import {parseAnswers, quizToText} from '../../src/quiz/script.js';
import {presentQuiz} from '../../src/quiz/session.js';
import {parseArticle} from '../../src/content/load.js';
import {minimalSource} from '../helpers/content.js';

const article = parseArticle('m.yaml', minimalSource).article!;
const text = (lines: Array<Array<{text: string}>>) => lines.map((line) => line.map((segment) => segment.text).join('')).join('\n');

describe('one of something reads in the singular', () => {
	it('the cast says "Quoted once", not "Quoted 1 time"', () => {
		const cast = text(castLines(article, 60));
		expect(cast).toContain('Quoted once');
		expect(cast).toContain('Quoted twice');
		expect(cast).not.toMatch(/Quoted 1 time/);
	});

	it('the table of contents counts "2 turns" but would say "1 turn"', () => {
		const contents = (of: typeof article) => text(tocScreen(of, initialReaderState({cols: 100, rows: 24})).entries.flat());
		expect(contents(article)).toContain('(3 ¶, 2 turns)');
		const oneTurn = {...article, sections: [{...article.sections[1]!, exchanges: [{...article.exchanges[0]!, turns: [article.exchanges[0]!.turns[0]!]}]}]};
		expect(contents(oneTurn)).toContain('(3 ¶, 1 turn)');
	});

	it('a quiz of one question says "1 question"', () => {
		const one = {...article, quiz: [article.quiz[0]!]};
		expect(quizToText(one, null)).toMatch(/^1 question, in the order written\.$/m);
		expect(() => parseAnswers('A,B', presentQuiz(one.quiz, null))).toThrow('--answers has 2 answers; the quiz has 1 question');
		expect(() => parseAnswers('A', presentQuiz(article.quiz, null))).toThrow('--answers has 1 answer; the quiz has 3 questions');
	});
});
