import {describe, expect, it} from 'vitest';
import {followFor, gamePlayed, resultsFileName, roomCommandsFor} from '../../src/present/room.js';
import {initialPresentState, presentReducer, type PresentState} from '../../src/present/state.js';
import {firstStepOf, presentationSteps, sectionOfStep, type Step} from '../../src/present/steps.js';
import {loadBundled} from '../helpers/content.js';
import {FakeGame, roomLink} from './roomFixtures.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true, room: true});
const quizStart = firstStepOf(article, steps, article.sections.length);
const at = (step: Step) => steps.findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(step));

describe('the steps of a room', () => {
	it('turns each question into three steps, open, reveal and leaderboard, and ends on the podium', () => {
		expect(steps.slice(quizStart, quizStart + 4)).toEqual([
			{kind: 'question', index: 0, answer: false},
			{kind: 'question', index: 0, answer: true},
			{kind: 'leaderboard', index: 0},
			{kind: 'question', index: 1, answer: false},
		]);
		expect(steps.at(-1)).toEqual({kind: 'podium'});
		expect(steps.length - quizStart).toBe(article.quiz.length * 3 + 1);
		expect(sectionOfStep(article, steps.at(-1)!)).toBe(article.sections.length);
		// Without a room, two steps a question as before.
		expect(presentationSteps(article, {quiz: true}).length).toBe(quizStart + article.quiz.length * 2);
	});
});

describe('what the room is asked at each step', () => {
	it('reads along with the talk, opens a question, closes it early, ranks, and ends', () => {
		const game = new FakeGame(article).join('ann');
		expect(roomCommandsFor(article, steps[0]!, game.snapshot())).toEqual([{type: 'follow', step: {title: article.headline, text: article.standfirst}}]);
		expect(roomCommandsFor(article, {kind: 'question', index: 2, answer: false}, game.snapshot())).toEqual([{type: 'open', question: 2}]);
		game.apply({type: 'open', now: 0, question: 2});
		expect(roomCommandsFor(article, {kind: 'question', index: 2, answer: false}, game.snapshot())).toEqual([]);
		expect(roomCommandsFor(article, {kind: 'question', index: 2, answer: true}, game.snapshot())).toEqual([{type: 'close'}]);
		game.apply({type: 'close', now: 1});
		expect(roomCommandsFor(article, {kind: 'question', index: 2, answer: true}, game.snapshot())).toEqual([]);
		expect(roomCommandsFor(article, {kind: 'leaderboard', index: 2}, game.snapshot())).toEqual([{type: 'leaderboard'}]);
		expect(roomCommandsFor(article, {kind: 'podium'}, game.snapshot())).toEqual([{type: 'end'}]);
	});

	it('shows a played question revealed again, and never opens one just to reveal it', () => {
		const game = new FakeGame(article).join('ann').apply({type: 'open', now: 0, question: 0}, {type: 'leaderboard', now: 1});
		// Back on question 1's steps after its leaderboard: asked again, the room shows it revealed.
		expect(roomCommandsFor(article, {kind: 'question', index: 0, answer: false}, game.snapshot())).toEqual([{type: 'open', question: 0}]);
		expect(roomCommandsFor(article, {kind: 'question', index: 0, answer: true}, game.snapshot())).toEqual([{type: 'open', question: 0}]);
		expect(game.apply({type: 'open', now: 2, question: 0}).snapshot().phase).toBe('reveal');
		// Question 4 was never played: its answer step leaves the room alone.
		expect(roomCommandsFor(article, {kind: 'question', index: 3, answer: true}, game.snapshot())).toEqual([]);
	});

	it('gives the phones each step’s section and words', () => {
		const turn = steps.findIndex((step) => step.kind === 'unit' && step.section === 0 && step.unit === 2);
		const said = followFor(article, steps[turn]!);
		expect(said.title).toBe('Interference');
		expect(said.text).toMatch(/^Sergei Lavrov said: “He’s afraid.*”$/);
		const paragraph = followFor(article, steps[1]!);
		expect(paragraph.title).toBe('Interference');
		expect(paragraph.text).toMatch(/^British foreign secretary Boris Johnson said on Friday/);
	});

	it('names the results file after the article and the time, in the current folder', () => {
		expect(resultsFileName('johnson-lavrov-2017', new Date(2024, 2, 5, 9, 7))).toBe('press-reader-results-johnson-lavrov-2017-2024-03-05-0907.json');
		expect(resultsFileName('A/B: ../x', new Date(2024, 0, 1, 0, 0))).toBe('press-reader-results-a-b-x-2024-01-01-0000.json');
	});

	it('counts a game as played once a question was opened with someone in the room', () => {
		expect(gamePlayed(new FakeGame(article).apply({type: 'open', now: 0, question: 0}).snapshot())).toBe(false);
		expect(gamePlayed(new FakeGame(article).join('ann').snapshot())).toBe(false);
		expect(gamePlayed(new FakeGame(article).join('ann').apply({type: 'open', now: 0, question: 0}).snapshot())).toBe(true);
	});
});

describe('the presenter with a room', () => {
	const open = at({kind: 'question', index: 0, answer: false});
	function presenting(game: FakeGame): PresentState {
		return {...initialPresentState(article, {cols: 160, rows: 45}, 0, {link: roomLink(), live: game.snapshot()}), step: open};
	}
	const snapshot = (state: PresentState, game: FakeGame, now: number) => presentReducer(article, steps, state, {type: 'room', snapshot: game.snapshot(now), now});

	it('moves on to the reveal by itself when everyone has answered', () => {
		const game = new FakeGame(article).join('ann', 'bob').apply({type: 'open', now: 0, question: 0});
		let state = snapshot(presenting(game), game, 0);
		state = snapshot(state, game.apply({type: 'answer', now: 500, id: 'ann', question: 0, option: 0}), 500);
		expect(state.step).toBe(open);
		state = snapshot(state, game.apply({type: 'answer', now: 900, id: 'bob', question: 0, option: 1}), 900);
		expect(state.step).toBe(open + 1);
		expect(state.now).toBe(900);
	});

	it('moves on to the reveal when the time runs out', () => {
		const game = new FakeGame(article).join('ann').apply({type: 'open', now: 0, question: 0});
		const state = snapshot(snapshot(presenting(game), game, 0), game.apply({type: 'tick', now: 20_000}), 20_000);
		expect(state.step).toBe(open + 1);
	});

	it('stays on a played question shown again, rather than jumping to its reveal', () => {
		const game = new FakeGame(article).join('ann').apply({type: 'open', now: 0, question: 0}, {type: 'leaderboard', now: 1});
		let state = snapshot(presenting(game), game, 1);
		state = snapshot(state, game.apply({type: 'open', now: 2, question: 0}), 2);
		expect(state.step).toBe(open);
	});

	it('locks and unlocks the room on L, and asks for the results on w; nothing without a room', () => {
		const game = new FakeGame(article);
		const key = (state: PresentState, name: string) => presentReducer(article, steps, state, {type: 'key', press: {name, text: name}, now: 0});
		const state = presenting(game);
		expect(key(state, 'L').room!.locked).toBe(true);
		expect(key(key(state, 'L'), 'L').room!.locked).toBe(false);
		expect(key(key(state, 'w'), 'w').room!.saveRequests).toBe(2);
		const alone = initialPresentState(article, {cols: 80, rows: 24}, 0);
		expect(key(alone, 'L')).toBe(alone);
	});
});
