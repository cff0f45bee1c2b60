import {describe, expect, it} from 'vitest';
import {newGame, reduce, type GameAction, type GameState} from '../../src/room/game.js';
import {joinListScreen, joinScreen} from '../../src/room/joinScreen.js';
import {initialJoinState, joinKeyAction, joinMode, joinReducer, type JoinState} from '../../src/room/joinState.js';
import {initialView, playerView, type PlayerView} from '../../src/room/playerView.js';
import {playerSnapshot, roomQuestions} from '../../src/room/views.js';
import {lineText, lineWidth, type Line} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const questions = roomQuestions(article, article.quiz);
const viewport = {cols: 80, rows: 24};
const text = (lines: Line[] | null) => (lines ?? []).map(lineText).join('\n');
const folded = (lines: Line[] | null) => text(lines).replace(/\s+/g, ' ');

/** A game and what the player "ann" sees of it, as her client would hold it. */
class Table {
	state: GameState = newGame({questions: questions.map((question) => ({options: question.options.length, answer: question.answer})), timerMs: 20_000});
	view: PlayerView = playerView(initialView, {type: 'open'});
	constructor() {
		this.apply({type: 'join', now: 0, id: 'ann', token: 't-ann', name: 'Ann'}, {type: 'join', now: 0, id: 'bob', token: 't-bob', name: 'Bob'});
		this.view = playerView(this.view, {type: 'message', message: {v: 1, type: 'welcome', token: 't-ann', name: 'Ann', code: '123456'}, now: 0});
	}
	apply(...actions: GameAction[]) {
		this.state = actions.reduce(reduce, this.state);
		return this;
	}
	/** The room's snapshot reaching the client at `now`. */
	sent(now = 0) {
		const ann = this.state.players.find((player) => player.id === 'ann')!;
		this.view = playerView(this.view, {type: 'message', message: {v: 1, type: 'state', state: playerSnapshot(this.state, ann, now, {questions, hideTally: false})}, now});
		return this.view;
	}
}

const press = (state: JoinState, name: string, now = 0) => {
	const action = joinKeyAction(state, {name, text: name.length === 1 ? name : undefined}, now);
	return action === null ? state : joinReducer(state, action);
};
const typed = (state: JoinState, text: string) => [...text].reduce((current, character) => press(current, character), state);

describe('joining from a terminal', () => {
	it('asks for the code, then a nickname, when neither was given', () => {
		let state = initialJoinState({address: '10.0.0.5:4242', viewport, now: 0});
		expect(state.stage).toBe('code');
		expect(joinMode(state)).toBe('joinPrompt');
		expect(folded(joinScreen(state))).toContain('The room’s code (6 digits, on the big screen):');
		state = typed(state, '12a3');
		expect(state.draft).toBe('123');
		state = press(state, 'return');
		expect(state.problem).toBe('The room code has 6 digits; "123" is not one.');
		expect(folded(joinScreen(state))).toContain('"123" is not one');
		state = press(typed(state, '4567'), 'return');
		expect([state.stage, state.code]).toEqual(['name', '123456']);
		// q is a letter here, not quit; Backspace erases.
		state = press(typed(state, 'Annq'), 'backspace');
		expect(state.draft).toBe('Ann');
		state = press(state, 'return');
		expect([state.stage, state.name]).toEqual(['connecting', 'Ann']);
		expect(folded(joinScreen(state))).toContain('Connecting to 10.0.0.5:4242…');
	});

	it('connects at once when the code and name were given; a blank name is the room’s to make up', () => {
		expect(initialJoinState({address: 'a:1', code: '123456', name: 'Ann', viewport, now: 0}).stage).toBe('connecting');
		const state = press(initialJoinState({address: 'a:1', code: '123456', viewport, now: 0}), 'return');
		expect([state.stage, state.name]).toEqual(['connecting', '']);
	});

	it('asks again when the room refuses the name, saying why', () => {
		const state = joinReducer(initialJoinState({address: 'a:1', code: '123456', name: 'Ann', viewport, now: 0}), {type: 'refused', problem: 'Someone already has that name; choose another.'});
		expect(state.stage).toBe('name');
		expect(state.draft).toBe('Ann');
		expect(folded(joinScreen(state))).toContain('Someone already has that name; choose another.');
	});

	it('quits on Esc or Ctrl+C at a prompt, on q once playing', () => {
		const prompt = initialJoinState({address: 'a:1', viewport, now: 0});
		expect(press(prompt, 'escape').quit).toBe(true);
		expect(joinReducer(prompt, joinKeyAction(prompt, {name: 'c', ctrl: true}, 0)!).quit).toBe(true);
		const playing = joinReducer(prompt, {type: 'view', view: new Table().sent(), now: 0});
		expect(press(playing, 'q').quit).toBe(true);
	});
});

describe('playing from a terminal', () => {
	const start = (table: Table, now = 0) => joinReducer(initialJoinState({address: '10.0.0.5:4242', code: '123456', name: 'Ann', viewport, now: 0}), {type: 'view', view: table.sent(now), now});

	it('follows the talk between questions', () => {
		const table = new Table().apply({type: 'follow', follow: {title: 'Interference', text: 'British foreign secretary Boris Johnson said…'}});
		const screen = folded(joinScreen(start(table)));
		expect(screen).toContain('You’re in, Ann.');
		expect(screen).toContain('Waiting for the presenter’s next question…');
		expect(screen).toContain('Interference British foreign secretary Boris Johnson said…');
		expect(screen).toContain('Room 123456 at 10.0.0.5:4242');
	});

	it('puts a question up as a list, with the time left; a to d answer at once', () => {
		const table = new Table().apply({type: 'open', now: 0, question: 0});
		const state = joinReducer(start(table, 0), {type: 'tick', now: 5_500});
		expect(joinMode(state)).toBe('joinQuestion');
		expect(joinScreen(state)).toBeNull();
		const list = joinListScreen(state);
		expect(text(list.header)).toContain('Question 1 of 17 · 15 s');
		expect(list.entries.map((entry) => lineText(entry[0]!))).toEqual(questions[0]!.options.map((option, index) => `${'ABCD'[index]}. ${option}`));
		expect(joinKeyAction(state, {name: 'c', text: 'c'}, 0)).toEqual({type: 'command', command: {name: 'chooseOption', option: 2}, now: 0});
		// The list's own keys are left to the list.
		expect(joinKeyAction(state, {name: '2', text: '2'}, 0)).toBeNull();
		expect(joinKeyAction(state, {name: 'down'}, 0)).toBeNull();
	});

	it('says the answer is locked, then reveals right or wrong, points, rank, and the evidence marked', () => {
		const table = new Table().apply({type: 'open', now: 0, question: 0});
		let state = start(table);
		const wrong = (questions[0]!.answer + 1) % questions[0]!.options.length;
		state = joinReducer(state, {type: 'view', view: playerView(state.view, {type: 'answer', option: wrong}), now: 100});
		expect(folded(joinScreen(state))).toContain(`Answer locked ${questions[0]!.text} ${'ABCD'[wrong]}. ${questions[0]!.options[wrong]}`);
		table.apply({type: 'answer', now: 200, id: 'ann', question: 0, option: wrong}, {type: 'answer', now: 2_000, id: 'bob', question: 0, option: questions[0]!.answer});
		state = joinReducer(state, {type: 'view', view: table.sent(2_000), now: 2_000});
		const lines = joinScreen({...state, viewport: {cols: 100, rows: 40}})!;
		const screen = folded(lines);
		expect(screen).toContain(`✗ Wrong: you chose ${'ABCD'[wrong]} +0`);
		expect(screen).toContain('You: 2nd of 2, 0 points');
		expect(screen).toContain(`✓ ${'ABCD'[questions[0]!.answer]}. ${questions[0]!.options[questions[0]!.answer]} (1)`);
		expect(screen).toContain('(1) ← you');
		expect(screen).toContain(questions[0]!.explanation);
		expect(screen).toContain('From ¶ 4, section 1 “Interference”:');
		const marked = lines.flat().filter((segment) => segment.style.hit === 'current').map((segment) => segment.text).join(' ').replace(/\s+/g, ' ');
		expect(marked).toBe(article.quiz[0]!.evidence[0]!.text);
	});

	it('scrolls a reveal longer than the screen, and starts the next screen at its top', () => {
		const table = new Table().apply({type: 'open', now: 0, question: 0}, {type: 'close', now: 1});
		let state = joinReducer(start(table), {type: 'resize', viewport: {cols: 40, rows: 12}});
		const bottom = text(joinScreen(state)).split('\n').at(-2)!;
		expect(bottom).toMatch(/↓ \d+ more below/);
		for (let step = 0; step < 100; step++) state = press(state, 'j');
		expect(text(joinScreen(state))).not.toMatch(/more below/);
		expect(text(joinScreen(state))).toMatch(/↑ \d+ more above/);
		state = press(state, 'k');
		expect(text(joinScreen(state))).toMatch(/↓ 1 more below/);
		state = joinReducer(state, {type: 'view', view: table.apply({type: 'leaderboard', now: 2}).sent(2), now: 2});
		expect(state.scroll).toBe(0);
	});

	it('ranks the leaderboard and the podium, and says when the room has closed or the connection dropped', () => {
		const table = new Table().apply({type: 'open', now: 0, question: 0}, {type: 'answer', now: 0, id: 'ann', question: 0, option: questions[0]!.answer}, {type: 'end', now: 1});
		let state = start(table);
		expect(folded(joinScreen(state))).toMatch(/Final results Podium 1st Ann 1,000 2nd Bob 0 You: 1st of 2, 1,000 points/);
		state = joinReducer(state, {type: 'view', view: playerView(state.view, {type: 'lost'}), now: 3});
		expect(text(joinScreen(state))).toContain('Connection lost: reconnecting… (r: try now)');
		expect(joinKeyAction(state, {name: 'r', text: 'r'}, 0)).toMatchObject({command: {name: 'reconnect'}});
		state = joinReducer(state, {type: 'view', view: playerView(state.view, {type: 'ended', ended: 'room-closed'}), now: 4});
		expect(folded(joinScreen(state))).toContain('The room has closed. Thanks for playing.');
	});

	for (const [cols, rows] of [
		[80, 24],
		[40, 10],
		[160, 45],
	] as const) {
		it(`fits every screen in ${cols}×${rows}`, () => {
			// Twenty wide characters: forty columns, cut by width, not by count.
			const table = new Table().apply({type: 'join', now: 0, id: 'wide', token: 't-wide', name: '漢'.repeat(20)});
			const steps: GameAction[][] = [[{type: 'follow', follow: {title: 'T', text: 'A long step. '.repeat(40)}}], [{type: 'open', now: 0, question: 3}], [{type: 'close', now: 1}], [{type: 'leaderboard', now: 2}], [{type: 'end', now: 3}]];
			let state = joinReducer(initialJoinState({address: '10.0.0.5:4242', viewport: {cols, rows}, now: 0}), {type: 'resize', viewport: {cols, rows}});
			for (const step of steps) {
				state = joinReducer(state, {type: 'view', view: table.apply(...step).sent(), now: 0});
				const lines = joinScreen(state) ?? [...joinListScreen(state).header, ...joinListScreen(state).footer];
				expect(lines.length).toBeLessThanOrEqual(rows);
				for (const line of lines) expect(lineWidth(line), lineText(line)).toBeLessThanOrEqual(cols);
			}
		});
	}
});

describe('the join client', () => {
	it('gives up joining when the player quits while it connects', async () => {
		const {joinRoom} = await import('../../src/room/client.js');
		const net = await import('node:net');
		// A server that takes the connection and never answers the WebSocket handshake.
		const silent = net.createServer(() => {}).listen(0, '127.0.0.1');
		await new Promise((resolve) => silent.once('listening', resolve));
		const {port} = silent.address() as import('node:net').AddressInfo;
		const quitting = new AbortController();
		const joining = joinRoom({address: `127.0.0.1:${port}`, code: '123456', name: 'Ann', signal: quitting.signal});
		quitting.abort();
		await expect(joining).rejects.toThrow(`gave up joining the room at 127.0.0.1:${port}`);
		silent.close();
	});
});
