import {afterEach, describe, expect, it} from 'vitest';
import {AppRoot, type AppProps} from '../../src/ui/App.js';
import {presentQuiz, type QuizState} from '../../src/quiz/session.js';
import {loadBundled} from '../helpers/content.js';
import {keys, renderView, type RenderedView} from '../helpers/terminal.js';

const article = loadBundled();
const seed = 11;
const questions = presentQuiz(article.quiz, seed);
let view: RenderedView | undefined;
afterEach(() => view?.unmount());

async function openQuiz(cols = 90, rows = 40, extra: Partial<Omit<AppProps, 'viewport'>> = {}) {
	view = await renderView(<AppRoot article={article} page="quiz" seed={seed} {...extra} />, {cols, rows});
	return view;
}

/** Keys that move the list from the first option to `index` and choose it. */
const choose = (index: number) => [...Array.from({length: index}, () => keys.down), keys.enter];
const letter = (index: number) => 'ABCD'[index]!;

describe('taking the quiz', () => {
	it('shows the question and its options, lettered, drawn by the list with its pointer on A', async () => {
		const quiz = await openQuiz();
		expect(quiz.text()).toContain('Quiz · question 1 of 17');
		expect(quiz.text()).toContain(questions[0]!.question);
		questions[0]!.options.forEach((option, index) => expect(quiz.text()).toContain(`${letter(index)}. ${option}`));
		expect(quiz.screen()).toMatch(/❯ A\. /);
	});

	it('a right answer with arrows and Enter: feedback that repeats the question, explanation and the cited passage with its position', async () => {
		const quiz = await openQuiz();
		await quiz.press(...choose(questions[0]!.answer));
		expect(quiz.text()).toContain(questions[0]!.question);
		expect(quiz.text()).toContain(`✓ Right: ${letter(questions[0]!.answer)}. ${questions[0]!.options[questions[0]!.answer]}`);
		expect(quiz.text()).toContain(questions[0]!.source.explanation.replace(/\s+/g, ' '));
		expect(quiz.text()).toMatch(/From ¶ \d+, section \d “[^”]+”:/);
		expect(quiz.text()).toContain('1 of 1 right so far');
	});

	it('answers nothing while the terminal is too small to show the question, and shows it unanswered when it grows', async () => {
		const quiz = await openQuiz();
		await quiz.resize(30, 8);
		expect(quiz.screen()).toMatch(/Terminal too small \(30×8\)/);
		await quiz.press('b', '2', keys.enter, keys.right);
		await quiz.resize(90, 40);
		expect(quiz.text()).toContain('Quiz · question 1 of 17');
		expect(quiz.text()).not.toMatch(/✓ Right|✗ Not quite/);
		await quiz.press(...choose(questions[0]!.answer));
		expect(quiz.text()).toContain('1 of 1 right so far');
	});

	it('a wrong answer by number names the correct option', async () => {
		const quiz = await openQuiz();
		await quiz.press(...choose(questions[0]!.answer), keys.enter);
		const second = questions[1]!;
		const wrong = (second.answer + 1) % second.options.length;
		await quiz.press(String(wrong + 1));
		expect(quiz.text()).toContain(`✗ Not quite. You chose ${letter(wrong)}. ${second.options[wrong]}`);
		expect(quiz.text()).toContain(`The answer: ${letter(second.answer)}. ${second.options[second.answer]}`);
		expect(quiz.text()).toContain('1 of 2 right so far');
	});

	it('? shows the quiz’s keys over the article, offered in the footer, and Esc comes back to the same question', async () => {
		const quiz = await openQuiz();
		expect(quiz.text()).toMatch(/\? help/);
		await quiz.press(keys.down, '?');
		expect(quiz.text()).toContain('Keys');
		expect(quiz.text()).toContain('Choose option A, B, C or D');
		expect(quiz.text()).not.toContain('Next: the rest of a long section');
		await quiz.press(keys.escape);
		expect(quiz.text()).toContain('Quiz · question 1 of 17');
		expect(quiz.text()).toContain(questions[0]!.question);
	});

	it('chooses with j/k and with letters too', async () => {
		const quiz = await openQuiz();
		await quiz.press('j', 'k', 'abcd'[questions[0]!.answer]!);
		expect(quiz.text()).toContain('✓ Right');
	});

	it('moves once for every key of a burst: Down Down and j j in one read each', async () => {
		const quiz = await openQuiz();
		await quiz.press(keys.down + keys.down);
		expect(quiz.screen()).toMatch(/❯ C\. /);
		await quiz.press('kk');
		expect(quiz.screen()).toMatch(/❯ A\. /);
		// An answer and the key that moves on, in one read: the second key is taken on the feedback screen.
		await quiz.press(`${'abcd'[questions[0]!.answer]}\r`);
		expect(quiz.text()).toContain('Quiz · question 2 of 17');
	});

	it('ends with the score, the time, the best before and the missed questions; review re-asks only those', async () => {
		const ended: QuizState[] = [];
		const quiz = await openQuiz(90, 60, {best: {score: 9, total: 17}, onRoundEnd: (round) => ended.push(round)});
		for (const [index, question] of questions.entries()) {
			const answer = index < 2 ? (question.answer + 1) % question.options.length : question.answer;
			await quiz.press('abcd'[answer]!, keys.enter);
		}
		expect(quiz.text()).toContain('15 of 17 right (88%)');
		expect(quiz.text()).toMatch(/Time: \d+s/);
		expect(quiz.text()).toContain('Best before: 9 of 17');
		expect(quiz.text()).toContain('Missed (2):');
		expect(quiz.text()).toContain(`• ${questions[0]!.question}`);
		expect(ended).toHaveLength(1);
		expect(quiz.text()).toContain(`press-reader quiz --seed ${seed} asks in this order again`);
		expect(quiz.screen()).toMatch(/❯ Review mistakes/);
		await quiz.press(keys.enter);
		expect(quiz.text()).toContain('Review · question 1 of 2');
		// The end of a review names no command: no seed asks that round again.
		await quiz.press('a', keys.enter, 'a', keys.enter);
		expect(quiz.text()).toMatch(/Review: \d of 2 right/);
		expect(quiz.text()).not.toContain('--seed');
	});

	it('starts each question with the first option highlighted, for the keys as for the screen', async () => {
		const quiz = await openQuiz();
		await quiz.press(keys.down, keys.down);
		expect(quiz.screen()).toMatch(/❯ C\. /);
		await quiz.press('abcd'[questions[0]!.answer]!, keys.enter);
		expect(quiz.text()).toContain('Quiz · question 2 of 17');
		expect(quiz.screen()).toMatch(/❯ A\. /);
		// Enter takes the highlighted option: A, not the third one highlighted before.
		await quiz.press(keys.enter);
		expect(quiz.text()).toContain(questions[1]!.answer === 0 ? '✓ Right: A.' : '✗ Not quite. You chose A.');
	});

	it('on a short terminal shows the options that fit, and the list brings the rest round under the pointer', async () => {
		const quiz = await openQuiz(50, 10);
		const question = questions[0]!;
		const last = question.options.length - 1;
		expect(quiz.lines()).toHaveLength(10);
		expect(quiz.screen()).toMatch(/❯ A\. /);
		expect(quiz.lines()[1]).toMatch(/\d more: ↑\/↓/);
		expect(quiz.screen()).not.toContain(`${letter(last)}. `);
		await quiz.press(...Array.from({length: last}, () => keys.down));
		expect(quiz.screen()).toContain(`❯ ${letter(last)}. `);
		await quiz.press(keys.enter);
		expect(quiz.text()).toContain(last === question.answer ? '✓ Right' : `You chose ${letter(last)}.`);
	});

	it('draws the end choices with the highlight; Enter takes the highlighted one; PgDn pages the summary', async () => {
		const quiz = await openQuiz(90, 14);
		for (const question of questions) await quiz.press('abcd'[(question.answer + 1) % question.options.length]!, keys.enter);
		expect(quiz.text()).toContain('0 of 17 right');
		expect(quiz.lines().at(-2)).toMatch(/↓ \d+ more below/);
		await quiz.press(keys.pageDown);
		expect(quiz.lines()[1]).toMatch(/↑ (\d+) more above/);
		const above = Number(/↑ (\d+) more above/.exec(quiz.lines()[1]!)![1]);
		expect(above).toBeGreaterThan(3);
		expect(quiz.screen()).toContain('❯ Review mistakes');
		await quiz.press(keys.down, keys.down);
		expect(quiz.screen()).toContain('❯ Back to the article');
		await quiz.press(keys.enter);
		expect(quiz.lines()[1]).toMatch(/Interference/);
	});
});

describe('warnings from outside the app', () => {
	it('shows a history warning in the status line at once, until the next key', async () => {
		let show: (text: string) => void = () => {};
		const quiz = await openQuiz(90, 30, {
			subscribeNotices: (listener) => {
				show = listener;
				return () => {};
			},
		});
		show('press-reader: quiz-history.json is read-only; this attempt will not be recorded');
		await quiz.settle();
		expect(quiz.lines().at(-2)).toContain('quiz-history.json is read-only');
		await quiz.press(keys.escape);
		expect(quiz.lines().at(-2)).not.toContain('read-only');
	});
});
