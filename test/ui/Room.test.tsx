import {afterEach, describe, expect, it} from 'vitest';
import type {CommandMessage, StateMessage} from '../../src/present/channel.js';
import {stateMessage} from '../../src/present/protocol.js';
import type {RoomCommand, RoomControl} from '../../src/present/room.js';
import {presentationSteps} from '../../src/present/steps.js';
import type {RoomClient} from '../../src/room/client.js';
import {initialView, playerView, type PlayerView, type ViewEvent} from '../../src/room/playerView.js';
import type {PlayerSnapshot} from '../../src/room/protocol.js';
import type {RoomSnapshot} from '../../src/room/views.js';
import {JoinRoot} from '../../src/ui/JoinApp.js';
import {NotesRoot} from '../../src/ui/NotesApp.js';
import {PresentRoot} from '../../src/ui/PresentApp.js';
import {loadBundled} from '../helpers/content.js';
import {keys, renderView, type RenderedView} from '../helpers/terminal.js';
import {FakeGame, roomLink} from '../present/roomFixtures.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true, room: true});
const question = article.quiz[0]!;
let view: RenderedView | undefined;
afterEach(() => view?.unmount());

/** The room's controls over the real game reducer, recording what the presenter asked. */
function fakeRoom(game: FakeGame) {
	const asked: RoomCommand[] = [];
	let saves = 0;
	const listeners = new Set<(snapshot: RoomSnapshot) => void>();
	const now = () => Date.now();
	const control: RoomControl = {
		link: roomLink(),
		snapshot: () => game.snapshot(now()),
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		apply(command) {
			asked.push(command);
			if (command.type === 'open') game.apply({type: 'open', now: now(), question: command.question});
			else if (command.type === 'close') game.apply({type: 'close', now: now()});
			else if (command.type === 'leaderboard') game.apply({type: 'leaderboard', now: now()});
			else if (command.type === 'end') game.apply({type: 'end', now: now()});
			else if (command.type === 'lock') game.apply({type: 'lock', locked: command.locked});
			else game.apply({type: 'follow', follow: command.step});
		},
		saveResults: () => saves++,
	};
	return {control, asked, saves: () => saves, changed: () => listeners.forEach((listener) => listener(game.snapshot(now())))};
}

describe('the projector with a room', () => {
	it('opens a question, counts the answers as they come, reveals it by itself when everyone answered, then ranks', async () => {
		const game = new FakeGame(article).join('ann', 'bob');
		const room = fakeRoom(game);
		const told: StateMessage[] = [];
		const app = (view = await renderView(<PresentRoot article={article} steps={steps} room={room.control} onChange={(state, pages) => told.push(stateMessage(article, state, steps.length, true, pages))} />, {cols: 160, rows: 45}));
		expect(app.screen()).toContain('code 123456');
		expect(room.asked[0]).toEqual({type: 'follow', step: {title: article.headline, text: article.standfirst}});
		await app.press(String(article.sections.length + 1));
		expect(room.asked.at(-1)).toEqual({type: 'open', question: 0});
		expect(app.screen()).toContain('0 of 2 answered');
		game.apply({type: 'answer', now: Date.now(), id: 'ann', question: 0, option: question.answer});
		room.changed();
		await app.settle();
		expect(app.screen()).toContain('1 of 2 answered');
		expect(told.at(-1)!.room).toMatchObject({phase: 'question', answered: 1, expected: 2});
		game.apply({type: 'answer', now: Date.now(), id: 'bob', question: 0, option: question.answer});
		room.changed();
		await app.settle();
		expect(app.screen()).toContain('Question 1 of 17 · the answer');
		expect(app.screen()).toContain('2 answered · 2 right');
		await app.press(keys.right);
		expect(room.asked.at(-1)).toEqual({type: 'leaderboard'});
		expect(app.screen()).toMatch(/1\. ann +\d/);
	});

	it('locks the room on L and asks for the results on w', async () => {
		const game = new FakeGame(article).join('ann');
		const room = fakeRoom(game);
		const app = (view = await renderView(<PresentRoot article={article} steps={steps} room={room.control} />, {cols: 160, rows: 45}));
		await app.press('L');
		expect(room.asked.at(-1)).toEqual({type: 'lock', locked: true});
		expect(app.screen()).toContain('Locked: nobody else can join.');
		await app.press('G');
		expect(room.asked.at(-1)).toEqual({type: 'end'});
		expect(app.screen()).toContain('Press w to write the results to ./press-reader-results-test.json.');
		await app.press('w');
		expect(room.saves()).toBe(1);
	});
});

describe('the speaker view with a room', () => {
	it('shows the answers and the players, and sends L to lock the room', async () => {
		let push: (state: StateMessage) => void = () => {};
		const sent: CommandMessage[] = [];
		const app = (view = await renderView(
			<NotesRoot
				article={article}
				session="talk"
				subscribe={(onState) => {
					push = onState;
					return () => {};
				}}
				send={(command) => sent.push(command)}
			/>,
			{cols: 100, rows: 30},
		));
		const game = new FakeGame(article).join('ann', 'bob', 'cat').apply({type: 'open', now: 0, question: 0}, {type: 'answer', now: 1_000, id: 'bob', question: 0, option: question.answer}, {type: 'disconnect', now: 2_000, id: 'ann'});
		const state = {room: {link: roomLink(), live: game.snapshot(2_000), locked: false, saveRequests: 0}};
		const presenter = stateMessage(article, {...state, step: steps.findIndex((step) => step.kind === 'question'), page: 0, blank: false, talkStartedAt: 0, enteredAt: 0, spent: [0, 0, 0, 0, 0, 0], viewport: {cols: 160, rows: 45}, clock: false, now: 0, quit: false}, steps.length, true, 1);
		push(presenter);
		await app.settle();
		const screen = app.screen();
		expect(screen).toContain('ROOM 123456 · 3 players, 2 connected');
		expect(screen).toContain('Question 1 open: 1 of 2 answered');
		expect(screen).toMatch(/● bob +975 /);
		expect(screen).toMatch(/○ ann +0/);
		expect(screen).toContain('L lock room');
		await app.press('L', 'w');
		expect(sent).toEqual([
			{type: 'command', name: 'lock'},
			{type: 'command', name: 'saveResults'},
		]);
	});
});

/** A room client whose view the test drives. */
function fakeClient(name: string) {
	let current: PlayerView = playerView(playerView(initialView, {type: 'open'}), {type: 'message', message: {v: 1, type: 'welcome', token: 't', name, code: '123456'}, now: Date.now()});
	const listeners = new Set<(view: PlayerView) => void>();
	const answers: number[] = [];
	let left = false;
	const dispatch = (event: ViewEvent) => {
		current = playerView(current, event);
		for (const listener of listeners) listener(current);
	};
	const client = {
		address: {host: '10.0.0.5:4242', port: 4242, code: '123456'},
		code: '123456',
		view: () => current,
		on(_event: 'change', listener: (view: PlayerView) => void) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		answer(option: number) {
			answers.push(option);
			dispatch({type: 'answer', option});
			return true;
		},
		leave() {
			left = true;
			return Promise.resolve();
		},
		reconnect() {},
		close() {},
	} satisfies RoomClient;
	const snapshot = (state: Partial<PlayerSnapshot>): void =>
		dispatch({type: 'message', message: {v: 1, type: 'state', state: {phase: 'lobby', name, score: 0, rank: null, players: 3, questionCount: 17, follow: null, question: null, reveal: null, top: [], ...state}}, now: Date.now()});
	return {client, answers, snapshot, left: () => left, dispatch};
}

describe('joining from a terminal', () => {
	it('asks for a nickname, joins with it, answers with a letter, and leaves on q', async () => {
		const fake = fakeClient('Ann');
		const joins: Array<[string, string]> = [];
		const app = (view = await renderView(
			<JoinRoot
				address="10.0.0.5:4242"
				code="123456"
				connect={(code, name) => {
					joins.push([code, name]);
					fake.snapshot({follow: {title: 'Interference', text: 'Johnson said…'}});
					return Promise.resolve(fake.client);
				}}
				onFailure={() => {}}
			/>,
			{cols: 80, rows: 24},
		));
		expect(app.text()).toContain('Your nickname');
		await app.press('A', 'n', 'n', keys.enter);
		expect(joins).toEqual([['123456', 'Ann']]);
		expect(app.text()).toContain('You’re in, Ann.');
		expect(app.text()).toContain('Interference Johnson said…');
		fake.snapshot({phase: 'question', question: {index: 0, text: question.question, options: question.options, endsInMs: 20_000, timerMs: 20_000, chosen: null, canAnswer: true}});
		await app.settle();
		expect(app.text()).toMatch(/Question 1 of 17 · (20|19) s/);
		expect(app.screen()).toContain(`❯ A. ${question.options[0]}`);
		await app.press('c');
		expect(fake.answers).toEqual([2]);
		expect(app.text()).toContain(`Answer locked ${question.question} C. ${question.options[2]}`);
		await app.press('q');
		await app.exited;
		expect(fake.left()).toBe(true);
	});

	it('answers with the arrows and Enter, or a number, as in the quiz', async () => {
		const fake = fakeClient('Bob');
		const app = (view = await renderView(<JoinRoot address="10.0.0.5:4242" code="123456" name="Bob" connect={() => Promise.resolve(fake.client)} onFailure={() => {}} />, {cols: 80, rows: 24}));
		fake.snapshot({phase: 'question', question: {index: 0, text: question.question, options: question.options, endsInMs: 20_000, timerMs: 20_000, chosen: null, canAnswer: true}});
		await app.settle();
		await app.press(keys.down, keys.down, keys.enter);
		expect(fake.answers).toEqual([2]);
		fake.snapshot({phase: 'question', question: {index: 1, text: article.quiz[1]!.question, options: article.quiz[1]!.options, endsInMs: 20_000, timerMs: 20_000, chosen: null, canAnswer: true}});
		await app.settle();
		await app.press('2');
		expect(fake.answers).toEqual([2, 1]);
	});

	it('says when the connection drops and when it is back', async () => {
		const fake = fakeClient('Cy');
		const app = (view = await renderView(<JoinRoot address="10.0.0.5:4242" code="123456" name="Cy" connect={() => Promise.resolve(fake.client)} onFailure={() => {}} />, {cols: 80, rows: 24}));
		fake.snapshot({});
		await app.settle();
		fake.dispatch({type: 'lost'});
		await app.settle();
		expect(app.text()).toContain('Connection lost: reconnecting… (r: try now)');
		fake.dispatch({type: 'open'});
		fake.snapshot({});
		await app.settle();
		expect(app.text()).not.toContain('reconnecting');
		expect(app.text()).toContain('Connected');
	});

	it('ends with the reason when joining fails', async () => {
		const failures: string[] = [];
		const app = (view = await renderView(
			<JoinRoot
				address="10.0.0.5:4242"
				code="654321"
				name="Di"
				connect={() => Promise.reject(Object.assign(new Error('654321 is not the code of the room at 10.0.0.5:4242'), {reason: 'bad-code'}))}
				onFailure={(message) => failures.push(message)}
			/>,
			{cols: 80, rows: 24},
		));
		await app.exited;
		expect(failures).toEqual(['654321 is not the code of the room at 10.0.0.5:4242']);
	});
});
