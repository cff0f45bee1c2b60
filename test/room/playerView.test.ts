import {describe, expect, it} from 'vitest';
import {canAnswer, initialView, markedRuns, ordinal, playerView, screenOf, secondsLeft, type PlayerView, type ViewEvent} from '../../src/room/playerView.js';
import type {PlayerSnapshot} from '../../src/room/protocol.js';

const lobby: PlayerSnapshot = {phase: 'lobby', name: 'Ann', score: 0, rank: null, players: 2, questionCount: 3, follow: null, question: null, reveal: null, top: []};
const open = (chosen: number | null, canAnswerIt = true): PlayerSnapshot => ({
	...lobby,
	phase: 'question',
	question: {index: 0, text: 'Q?', options: ['a', 'b', 'c'], endsInMs: 10_000, timerMs: 20_000, chosen, canAnswer: canAnswerIt && chosen === null},
});
const state = (snapshot: PlayerSnapshot, now = 0): ViewEvent => ({type: 'message', message: {v: 1, type: 'state', state: snapshot}, now});
const run = (...events: ViewEvent[]): PlayerView => events.reduce(playerView, initialView);

describe('playerView', () => {
	it('shows the join form until the server welcomes the player, then the lobby', () => {
		expect(screenOf(run({type: 'open'}))).toBe('join');
		const view = run({type: 'open'}, {type: 'message', message: {v: 1, type: 'welcome', token: 't', name: 'Ann', code: '123456'}, now: 0}, state(lobby));
		expect(screenOf(view)).toBe('lobby');
		expect(view.token).toBe('t');
	});

	it('counts down from the client’s own receipt time', () => {
		const view = run(state(open(null), 5_000));
		expect(secondsLeft(view, 5_000)).toBe(10);
		expect(secondsLeft(view, 14_001)).toBe(1);
		expect(secondsLeft(view, 20_000)).toBe(0);
	});

	it('locks the answer as soon as it is sent, and keeps it locked once confirmed', () => {
		let view = run(state(open(null)));
		expect(canAnswer(view)).toBe(true);
		view = playerView(view, {type: 'answer', option: 2});
		expect(screenOf(view)).toBe('locked');
		expect(canAnswer(view)).toBe(false);
		view = playerView(view, state(open(2)));
		expect(screenOf(view)).toBe('locked');
	});

	it('unlocks the options again when the server refuses the answer', () => {
		let view = run(state(open(null)), {type: 'answer', option: 1});
		view = playerView(view, {type: 'message', message: {v: 1, type: 'refused', reason: 'late', message: 'Time is up for that question.'}, now: 0});
		expect(view.pending).toBeNull();
		expect(view.error?.message).toBe('Time is up for that question.');
	});

	it('tells a late joiner the next question is theirs', () => {
		expect(screenOf(run(state(open(null, false))))).toBe('next-question');
	});

	it('goes back to the join form when the stored place has expired', () => {
		const view = run(state(lobby), {type: 'message', message: {v: 1, type: 'refused', reason: 'unknown-token', message: 'expired'}, now: 0});
		expect(screenOf(view)).toBe('join');
		expect(view.token).toBeNull();
	});

	it('says reconnecting after a drop, and stops for good when replaced', () => {
		expect(run(state(lobby), {type: 'lost'}).connection).toBe('reconnecting');
		const replaced = run(state(lobby), {type: 'ended', ended: 'replaced'});
		expect(screenOf(replaced)).toBe('ended');
		expect(playerView(replaced, {type: 'lost'}).connection).toBe('closed');
	});
});

describe('markedRuns', () => {
	it('splits a paragraph around the cited words', () => {
		expect(markedRuns('abc def ghi', [[4, 7]])).toEqual([
			{text: 'abc ', marked: false},
			{text: 'def', marked: true},
			{text: ' ghi', marked: false},
		]);
		expect(markedRuns('abcdef', [[0, 2], [4, 6]]).map((run) => run.marked)).toEqual([true, false, true]);
	});
});

describe('ordinal', () => {
	it('writes English ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
	});
});
