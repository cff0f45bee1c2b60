import {mkdtempSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {newGame, reduce, type GameAction, type GameState} from '../../src/room/game.js';
import {roomResults, writeResults} from '../../src/room/results.js';
import {playerSnapshot, presenterSnapshot, roomQuestions} from '../../src/room/views.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const questions = roomQuestions(article, article.quiz.slice(0, 2));
const start = (): GameState => newGame({questions: questions.map((question) => ({options: question.options.length, answer: question.answer})), timerMs: 20_000});
const run = (state: GameState, ...actions: GameAction[]) => actions.reduce(reduce, state);
const join = (id: string): GameAction => ({type: 'join', now: 0, id, token: `t-${id}`, name: id});

describe('roomQuestions', () => {
	it('marks each cited passage inside its paragraph and names where it is', () => {
		const [first] = questions;
		const cited = article.quiz[0]!.evidence[0]!;
		const passage = first!.evidence[0]!;
		expect(passage.place).toMatch(/^¶ \d+, section \d+ “.+”$/);
		const [start, end] = passage.marks[0]!;
		expect(passage.text.slice(start, end)).toBe(cited.text);
	});
});

describe('playerSnapshot', () => {
	it('holds the question but nothing of its answer while it is open', () => {
		const state = run(start(), join('ann'), {type: 'open', now: 1_000, question: 0});
		const snapshot = playerSnapshot(state, state.players[0]!, 6_000, {questions, hideTally: false});
		expect(snapshot.question).toMatchObject({index: 0, endsInMs: 15_000, chosen: null, canAnswer: true});
		expect(snapshot.reveal).toBeNull();
		expect(JSON.stringify(snapshot)).not.toContain(questions[0]!.explanation);
	});

	it('reveals the answer, the player’s points and rank, and the counts unless hidden', () => {
		const state = run(start(), join('ann'), join('bob'), {type: 'open', now: 0, question: 0}, {type: 'answer', now: 0, id: 'ann', question: 0, option: questions[0]!.answer}, {type: 'close', now: 1});
		const ann = playerSnapshot(state, state.players[0]!, 2, {questions, hideTally: false});
		expect(ann).toMatchObject({phase: 'reveal', score: 1000, rank: 1, reveal: {correct: true, points: 1000, chosen: questions[0]!.answer}});
		expect(ann.reveal!.counts!.reduce((sum, count) => sum + count, 0)).toBe(1);
		const bob = playerSnapshot(state, state.players[1]!, 2, {questions, hideTally: true});
		expect(bob).toMatchObject({rank: 2, reveal: {chosen: null, correct: false, points: 0, counts: null}});
	});
});

describe('presenterSnapshot', () => {
	it('counts answered of connected eligible players and flags a hidden tally', () => {
		const state = run(start(), join('ann'), join('bob'), join('cat'), {type: 'disconnect', now: 0, id: 'cat'}, {type: 'open', now: 0, question: 1}, {type: 'answer', now: 10, id: 'bob', question: 1, option: 0});
		const snapshot = presenterSnapshot(state, 5_000, {questions, hideTally: true, code: '123456', urls: ['http://10.0.0.5:4242/'], dropped: 3});
		expect(snapshot).toMatchObject({phase: 'question', question: 1, answered: 1, expected: 2, tallyHidden: true, endsInMs: 15_000, connectedCount: 2, playerCount: 3, dropped: 3, reveal: null});
		expect(snapshot.counts[0]).toBe(1);
	});
});

describe('results', () => {
	it('records per question the counts and per player each answer, its time and points', async () => {
		const state = run(start(), join('ann'), join('bob'), {type: 'open', now: 0, question: 0}, {type: 'answer', now: 4_000, id: 'ann', question: 0, option: questions[0]!.answer}, {type: 'close', now: 5_000});
		const results = roomResults(state, {article, questions, code: '123456', openedAt: 0, now: 10_000});
		expect(results.questions[0]).toMatchObject({played: true, answered: 1, correct: 1});
		expect(results.questions[1]).toMatchObject({played: false, answered: 0});
		expect(results.players[0]).toMatchObject({name: 'ann', score: 900, rank: 1, answers: [{question: 0, correct: true, timeMs: 4_000, points: 900, bonus: 0, eligible: true}]});
		expect(results.players[1]!.answers[0]).toMatchObject({option: null, timeMs: null, points: 0});
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'results-')), 'room.json');
		await writeResults(file, results);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(results);
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	it('fails with one line naming the file when it cannot be written', async () => {
		const results = roomResults(start(), {article, questions, code: '123456', openedAt: 0, now: 0});
		await expect(writeResults('/nonexistent-folder/room.json', results)).rejects.toThrow("cannot write the room's results to /nonexistent-folder/room.json: ENOENT");
	});
});
