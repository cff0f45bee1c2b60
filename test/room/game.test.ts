import {describe, expect, it} from 'vitest';
import {apply, newGame, reduce, resumeWindowMs, speedPoints, standings, streakBonus, tally, type GameAction, type GameState} from '../../src/room/game.js';

// Three questions of four options; the right answers are A, B, C.
const questions = [
	{options: 4, answer: 0},
	{options: 4, answer: 1},
	{options: 4, answer: 2},
];
const T = 20_000;

function game(overrides: Partial<Parameters<typeof newGame>[0]> = {}): GameState {
	return newGame({questions, timerMs: T, ...overrides});
}

function run(state: GameState, ...actions: GameAction[]): GameState {
	return actions.reduce(reduce, state);
}

const join = (id: string, now = 0, name = id): GameAction => ({type: 'join', now, id, token: `token-${id}`, name});
const answer = (id: string, question: number, option: number, now: number): GameAction => ({type: 'answer', id, question, option, now});
const player = (state: GameState, id: string) => state.players.find((candidate) => candidate.id === id)!;

describe('scoring', () => {
	it('gives 1000 for an instant right answer, 500 at the deadline and rounds in between', () => {
		expect(speedPoints(0, T)).toBe(1000);
		expect(speedPoints(T, T)).toBe(500);
		expect(speedPoints(5_000, T)).toBe(875);
		expect(speedPoints(3_333, T)).toBe(917);
	});

	it('adds 100 per right answer in a row before this one, up to 500', () => {
		expect([1, 2, 3, 6, 7, 20].map(streakBonus)).toEqual([0, 100, 200, 500, 500, 500]);
	});

	it('scores a right answer by server time since the question opened, a wrong one nothing', () => {
		const state = run(game(), join('ann'), join('bob'), {type: 'open', now: 1_000, question: 0}, answer('ann', 0, 0, 6_000), answer('bob', 0, 3, 2_000));
		expect(player(state, 'ann').score).toBe(875);
		expect(player(state, 'bob').score).toBe(0);
		expect(player(state, 'bob').answers[0]).toMatchObject({option: 3, correct: false, points: 0});
	});

	it('adds the streak bonus from the second right answer in a row, and a wrong answer resets it', () => {
		let state = run(game(), join('ann'), join('bob'));
		for (const [index, option] of [0, 1, 2].entries()) {
			const now = 100_000 * (index + 1);
			state = run(state, {type: 'open', now, question: index}, answer('ann', index, option, now), answer('bob', index, index === 1 ? 0 : option, now));
		}
		expect(player(state, 'ann').answers[2]).toMatchObject({points: 1000, bonus: 200});
		expect(player(state, 'ann').score).toBe(3000 + 100 + 200);
		// Bob: right, wrong, right: no bonus at all.
		expect(player(state, 'bob').score).toBe(2000);
	});

	it('leaves the streak bonus out when it is switched off', () => {
		let state = run(game({streakBonus: false}), join('ann'));
		state = run(state, {type: 'open', now: 0, question: 0}, answer('ann', 0, 0, 0), {type: 'open', now: 50_000, question: 1}, answer('ann', 1, 1, 50_000));
		expect(player(state, 'ann').score).toBe(2000);
	});

	it('ends a streak when an eligible player lets a question pass unanswered', () => {
		let state = run(game(), join('ann'), join('bob'));
		state = run(state, {type: 'open', now: 0, question: 0}, answer('ann', 0, 0, 0), answer('bob', 0, 0, 0));
		state = run(state, {type: 'open', now: 50_000, question: 1}, answer('bob', 1, 1, 50_000), {type: 'close', now: 51_000});
		state = run(state, {type: 'open', now: 90_000, question: 2}, answer('ann', 2, 2, 90_000));
		expect(player(state, 'ann').answers[2]!.bonus).toBe(0);
	});
});

describe('answers', () => {
	it('accepts one answer per player per question and refuses the second', () => {
		let state = run(game(), join('ann'), join('bob'), {type: 'open', now: 0, question: 0});
		state = reduce(state, answer('ann', 0, 1, 1_000));
		const second = apply(state, answer('ann', 0, 0, 2_000));
		expect(second.refused).toBe('already-answered');
		expect(player(second.state, 'ann').answers[0]!.option).toBe(1);
		expect(tally(second.state, 0)).toEqual([0, 1, 0, 0]);
	});

	it('accepts an answer at the deadline and refuses one a millisecond after', () => {
		const state = run(game(), join('ann'), join('bob'), {type: 'open', now: 0, question: 0});
		expect(apply(state, answer('ann', 0, 0, T)).refused).toBeUndefined();
		expect(apply(state, answer('bob', 0, 0, T + 1)).refused).toBe('late');
	});

	it('refuses answers outside a question, to another question and with an option that does not exist', () => {
		const lobby = run(game(), join('ann'));
		expect(apply(lobby, answer('ann', 0, 0, 0)).refused).toBe('not-open');
		const open = reduce(lobby, {type: 'open', now: 0, question: 1});
		expect(apply(open, answer('ann', 0, 0, 1)).refused).toBe('wrong-question');
		expect(apply(open, answer('ann', 1, 4, 1)).refused).toBe('bad-option');
		expect(apply(open, answer('nobody', 1, 0, 1)).refused).toBe('unknown-player');
	});

	it('closes the question at its deadline on the tick, and not before', () => {
		const state = run(game(), join('ann'), {type: 'open', now: 0, question: 0});
		expect(reduce(state, {type: 'tick', now: T - 1}).phase).toBe('question');
		expect(reduce(state, {type: 'tick', now: T}).phase).toBe('reveal');
	});

	it('closes the question once every connected player has answered, ignoring disconnected ones', () => {
		let state = run(game(), join('ann'), join('bob'), join('cat'), {type: 'open', now: 0, question: 0}, {type: 'disconnect', now: 10, id: 'cat'});
		state = reduce(state, answer('ann', 0, 0, 100));
		expect(state.phase).toBe('question');
		state = reduce(state, answer('bob', 0, 0, 200));
		expect(state.phase).toBe('reveal');
	});

	it('keeps the question open until the presenter closes it when auto-close is off', () => {
		let state = run(game({autoClose: false}), join('ann'), {type: 'open', now: 0, question: 0}, answer('ann', 0, 0, 100));
		expect(state.phase).toBe('question');
		state = reduce(state, {type: 'close', now: 200});
		expect(state.phase).toBe('reveal');
		expect(apply(state, answer('ann', 0, 1, 300)).refused).toBe('not-open');
	});

	it('shows a question already played as revealed again, with its scores untouched', () => {
		let state = run(game(), join('ann'), join('bob'), {type: 'open', now: 0, question: 0}, answer('ann', 0, 0, 0), {type: 'close', now: 1_000});
		state = run(state, {type: 'open', now: 5_000, question: 1}, {type: 'open', now: 9_000, question: 0});
		expect(state).toMatchObject({phase: 'reveal', question: 0});
		expect(apply(state, answer('bob', 0, 0, 9_100)).refused).toBe('not-open');
		expect(player(state, 'ann').score).toBe(1000);
	});
});

describe('joining', () => {
	it('lets a late joiner into the next question, not the open one, and scores nothing for missed ones', () => {
		let state = run(game(), join('ann'), {type: 'open', now: 0, question: 0}, join('bob', 2_000));
		expect(apply(state, answer('bob', 0, 0, 3_000)).refused).toBe('not-eligible');
		state = run(state, answer('ann', 0, 0, 3_000), {type: 'open', now: 30_000, question: 1}, answer('bob', 1, 1, 30_000));
		expect(player(state, 'bob')).toMatchObject({score: 1000, streak: 1});
		expect(player(state, 'bob').answers[0]).toBeUndefined();
	});

	it('does not wait for a late joiner before closing the question early', () => {
		const state = run(game(), join('ann'), {type: 'open', now: 0, question: 0}, join('bob', 2_000), answer('ann', 0, 0, 3_000));
		expect(state.phase).toBe('reveal');
	});

	it('refuses a name already taken, ignoring case', () => {
		const state = run(game(), join('a', 0, 'Ann'));
		expect(apply(state, join('b', 0, 'ANN')).refused).toBe('name-taken');
		expect(apply(state, join('b', 0, 'Anna')).refused).toBeUndefined();
	});

	it('refuses joins past the player limit, and lets one in when a place frees up', () => {
		let state = run(game({maxPlayers: 2}), join('ann'), join('bob'));
		expect(apply(state, join('cat')).refused).toBe('full');
		state = reduce(state, {type: 'leave', now: 1, id: 'bob'});
		expect(apply(state, join('cat')).refused).toBeUndefined();
	});

	it('refuses new players while the room is locked, but lets players already in resume', () => {
		let state = run(game(), join('ann'), {type: 'disconnect', now: 100, id: 'ann'}, {type: 'lock', locked: true});
		expect(apply(state, join('bob')).refused).toBe('locked');
		expect(apply(state, {type: 'resume', now: 200, token: 'token-ann'}).refused).toBeUndefined();
		state = reduce(state, {type: 'lock', locked: false});
		expect(apply(state, join('bob')).refused).toBeUndefined();
	});
});

describe('resuming', () => {
	it('gives a player back their score and name within three minutes', () => {
		let state = run(game(), join('ann'), {type: 'open', now: 0, question: 0}, answer('ann', 0, 0, 0), {type: 'disconnect', now: 1_000, id: 'ann'});
		expect(player(state, 'ann').connected).toBe(false);
		const resumed = apply(state, {type: 'resume', now: 1_000 + resumeWindowMs - 1, token: 'token-ann'});
		expect(resumed.player).toMatchObject({id: 'ann', score: 1000, connected: true});
		state = resumed.state;
		expect(player(state, 'ann').disconnectedAt).toBeNull();
	});

	it('refuses a resume after three minutes and frees the name', () => {
		let state = run(game(), join('a', 0, 'Ann'), {type: 'disconnect', now: 1_000, id: 'a'});
		expect(apply(state, {type: 'resume', now: 1_000 + resumeWindowMs, token: 'token-a'}).refused).toBe('unknown-token');
		state = reduce(state, {type: 'tick', now: 1_000 + resumeWindowMs});
		expect(state.players).toHaveLength(0);
		expect(state.departed.map((gone) => gone.name)).toEqual(['Ann']);
		expect(apply(state, join('b', 2_000_000, 'ann')).refused).toBeUndefined();
	});

	it('refuses a token nobody was given', () => {
		const state = run(game(), join('ann'));
		expect(apply(state, {type: 'resume', now: 0, token: 'guess'}).refused).toBe('unknown-token');
	});

	it('keeps the answers of a player who left in the tally', () => {
		const state = run(game(), join('ann'), join('bob'), {type: 'open', now: 0, question: 0}, answer('ann', 0, 2, 10), {type: 'leave', now: 20, id: 'ann'});
		expect(tally(state, 0)).toEqual([0, 0, 1, 0]);
		expect(state.players.map((left) => left.id)).toEqual(['bob']);
	});
});

describe('standings', () => {
	it('shares a rank between equal scores and skips the next (1, 2, 2, 4)', () => {
		let state = run(game(), join('ann'), join('bob'), join('cat'), join('dan'), {type: 'open', now: 0, question: 0});
		state = run(state, answer('ann', 0, 0, 0), answer('bob', 0, 0, 10_000), answer('cat', 0, 0, 10_000), answer('dan', 0, 1, 10_000));
		expect(standings(state.players).map(({name, score, rank}) => [name, score, rank])).toEqual([
			['ann', 1000, 1],
			['bob', 750, 2],
			['cat', 750, 2],
			['dan', 0, 4],
		]);
	});

	it('follows the talk again after a reveal or leaderboard, but not over an open question or the podium', () => {
		const step = {title: 'Section 2', text: 'The next paragraph.'};
		let state = run(game(), join('ann'), {type: 'open', now: 0, question: 0}, {type: 'follow', follow: step});
		expect(state).toMatchObject({phase: 'question', follow: step});
		state = run(state, {type: 'close', now: 1}, {type: 'follow', follow: step});
		expect(state.phase).toBe('lobby');
		state = run(state, {type: 'leaderboard', now: 2}, {type: 'follow', follow: step});
		expect(state.phase).toBe('lobby');
		expect(run(state, {type: 'end', now: 3}, {type: 'follow', follow: step}).phase).toBe('end');
	});

	it('moves to the leaderboard and the end, closing an open question on the way', () => {
		let state = run(game(), join('ann'), join('bob'), {type: 'open', now: 0, question: 0}, answer('ann', 0, 0, 0));
		state = reduce(state, {type: 'leaderboard', now: 1_000});
		expect(state.phase).toBe('leaderboard');
		expect(state.closed[0]).toBe(true);
		expect(reduce(state, {type: 'end', now: 2_000}).phase).toBe('end');
	});
});
