import {describe, expect, it} from 'vitest';
import {maxMessageLength} from '../../src/present/channel.js';
import {roomNotesLines} from '../../src/present/notes.js';
import {stateMessage} from '../../src/present/protocol.js';
import {parseMessage, stateMessageSchema} from '../../src/present/schemas.js';
import {notesScreen} from '../../src/present/screen.js';
import {initialPresentState} from '../../src/present/state.js';
import {presentationSteps} from '../../src/present/steps.js';
import {lineText, lineWidth} from '../../src/screen/line.js';
import {loadBundled} from '../helpers/content.js';
import {FakeGame, roomLink} from './roomFixtures.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true, room: true});

function presenterMessage(game: FakeGame, step = 0) {
	const state = {...initialPresentState(article, {cols: 160, rows: 45}, 0, {link: roomLink(), live: game.snapshot()}), step};
	return stateMessage(article, state, steps.length, true, 1);
}

describe('the room in the speaker view', () => {
	it('gets the counts and the players over the channel, the list capped so a message stays under the channel’s limit', () => {
		// 500 players with the longest names, in four-byte characters: the worst case for the message's size.
		const names = Array.from({length: 500}, (_, index) => `${'😀'.repeat(16)}${String(index).padStart(4, '0')}`);
		const game = new FakeGame(article).join(...names).apply({type: 'open', now: 0, question: 0}, {type: 'answer', now: 10, id: names[7]!, question: 0, option: article.quiz[0]!.answer});
		const message = presenterMessage(game);
		const line = JSON.stringify(message);
		expect(Buffer.byteLength(line)).toBeLessThan(maxMessageLength);
		expect(line.length).toBeLessThan(maxMessageLength);
		const parsed = parseMessage(stateMessageSchema, line)!;
		expect(parsed.room).toMatchObject({code: '123456', phase: 'question', answered: 1, expected: 500, playerCount: 500, counts: article.quiz[0]!.options.map((_, option) => (option === article.quiz[0]!.answer ? 1 : 0))});
		expect(parsed.room!.players).toHaveLength(40);
		expect(parsed.room!.players[0]!.name).toBe(names[7]);
	});

	it('shows the answers so far, each player with their score and whether connected, and how many more there are', () => {
		const names = Array.from({length: 60}, (_, index) => `player${index}`);
		const right = article.quiz[1]!.answer;
		const game = new FakeGame(article)
			.join(...names)
			.apply({type: 'open', now: 0, question: 1}, {type: 'answer', now: 1_000, id: 'player3', question: 1, option: right}, {type: 'disconnect', now: 1_500, id: 'player3'}, {type: 'answer', now: 2_000, id: 'player5', question: 1, option: right});
		const room = presenterMessage(game).room!;
		const lines = roomNotesLines(room, 88, 10).map(lineText);
		expect(lines).toHaveLength(10);
		expect(lines[0]).toBe('ROOM 123456 · 60 players, 59 connected');
		expect(lines[1]).toBe(`  Question 2 open: 2 of 59 answered · ${article.quiz[1]!.options.map((_, option) => `${'ABCD'[option]} ${option === right ? 2 : 0}`).join(' · ')}`);
		expect(lines[2]).toMatch(/^ {2}○ player3 +975 +● player5 +950 $/);
		const shown = lines.slice(2, -1).join(' ').match(/[●○]/g)!.length;
		expect(lines.at(-1)).toBe(`  +${60 - shown} more`);
	});

	it('cuts a name of wide characters to its cell by width, keeping the scores in their column', () => {
		const game = new FakeGame(article).join('漢'.repeat(20), 'ann').apply({type: 'end', now: 0});
		const lines = roomNotesLines(presenterMessage(game).room!, 60, 10).filter((line) => /[●○]/.test(lineText(line)));
		expect(lines.map(lineText).join('\n')).toContain('漢…');
		expect(new Set(lines.map(lineWidth)).size).toBe(1);
	});

	it('has room for everyone when they fit, and says when the room is locked and where the results went', () => {
		const game = new FakeGame(article).join('ann', 'bob').apply({type: 'lock', locked: true}, {type: 'end', now: 0});
		const room = {...presenterMessage(game).room!, results: {file: 'out.json', written: true, error: null}};
		const lines = roomNotesLines(room, 88, 10).map(lineText);
		expect(lines[0]).toBe('ROOM 123456 · 2 players, 2 connected · LOCKED');
		expect(lines).toContain('  Game over: the podium is on screen');
		expect(lines).toContain('  Results written to out.json');
		expect(lines.join('\n')).not.toContain('more');
	});

	it('sits above the notes on the speaker’s screen, with the room’s keys in the hints', () => {
		const game = new FakeGame(article).join('ann').apply({type: 'open', now: 0, question: 0});
		const presenter = presenterMessage(game, steps.findIndex((step) => step.kind === 'question'));
		const lines = notesScreen(article, {cols: 100, rows: 30}, 'talk', {status: 'connected', presenter}, 0);
		const screen = lines.map(lineText).join('\n');
		expect(screen).toContain('ROOM 123456 · 1 player, 1 connected');
		expect(screen).toContain('Question 1 open: 0 of 1 answered');
		expect(screen).toContain('● ann');
		expect(screen).toMatch(/NOW · step \d+ of 70/);
		expect(screen).toContain('L lock room');
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(100);
		// Without a room, no room keys.
		const alone = notesScreen(article, {cols: 100, rows: 30}, 'talk', {status: 'connected', presenter: {...presenter, room: null, steps: presentationSteps(article, {quiz: true}).length, step: 0}}, 0);
		expect(alone.map(lineText).join('\n')).not.toMatch(/lock room|ROOM/);
	});
});
