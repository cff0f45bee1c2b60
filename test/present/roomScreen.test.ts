import {describe, expect, it} from 'vitest';
import {joinPanel, roomPages} from '../../src/present/roomScreen.js';
import {presentScreen} from '../../src/present/screen.js';
import {initialPresentState, pageCount, presentReducer, type PresentState} from '../../src/present/state.js';
import {presentationSteps, type Step} from '../../src/present/steps.js';
import {lineText, lineWidth, type Line} from '../../src/screen/line.js';
import {textWidth} from '../../src/text/width.js';
import {loadBundled} from '../helpers/content.js';
import {decodeLines} from '../helpers/qr.js';
import {FakeGame, roomLink} from './roomFixtures.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true, room: true});
const at = (step: Step) => steps.findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(step));
const joinAddress = 'HTTP://10.0.0.5:4242/123456';
const text = (lines: Line[]) => lines.map(lineText).join('\n');
const folded = (lines: Line[]) => text(lines).replace(/\s+/g, ' ');
/** The slide's column alone, left of the join panel (which starts at column 92 at 160×45). */
const slideColumn = (lines: Line[], width = 90) => lines.map((line) => lineText(line).slice(0, width)).join('\n').replace(/\s+/g, ' ');

function screenAt(game: FakeGame, step: Step, cols: number, rows: number, now = 0, link = roomLink()): Line[] {
	const state: PresentState = {...initialPresentState(article, {cols, rows}, now, {link, live: game.snapshot(now)}), step: at(step)};
	return presentScreen(article, steps, state, now);
}

const question = article.quiz[0]!;

describe('the join panel', () => {
	it('at 160×45: the address, the code (in big digits too) and a full-block QR code of the address with the code, which scans', () => {
		const lines = screenAt(new FakeGame(article), {kind: 'title'}, 160, 45);
		expect(lines).toHaveLength(45);
		const screen = text(lines);
		expect(screen).toContain('http://10.0.0.5:4242');
		expect(screen).toContain('code 123456');
		expect(screen).toMatch(/\|_\|/);
		expect(screen).not.toContain('half blocks');
		expect(decodeLines(lines)).toBe(joinAddress);
		// The headline keeps its big letters beside it.
		expect(screen).toContain('Financial Times · Moscow');
	});

	it('says plainly when only the half-block fallback fits, and it still scans', () => {
		const lines = screenAt(new FakeGame(article), {kind: 'title'}, 80, 24);
		expect(folded(lines)).toContain('Small QR code (half blocks): it may not scan everywhere. Enlarge the terminal for a full one.');
		expect(decodeLines(lines)).toBe(joinAddress);
	});

	it('asks for a larger terminal when no QR code fits, and still says where to join', () => {
		const beside = folded(screenAt(new FakeGame(article), {kind: 'title'}, 100, 12));
		expect(beside).toContain('Enlarge the terminal to show the QR code.');
		expect(beside).toContain('code 123456');
		const above = folded(screenAt(new FakeGame(article), {kind: 'question', index: 0, answer: false}, 60, 20));
		expect(above).toContain('Join at http://10.0.0.5:4242 · code 123456 · enlarge the terminal for the QR code');
		expect(above).toContain(question.question.slice(0, 20));
	});

	it('lists every address, a few at most, and says when the room is locked', () => {
		const link = roomLink({urls: ['http://10.0.0.5:4242/', 'http://192.168.1.2:4242/', 'http://[2001:db8::1]:4242/', 'http://172.16.0.9:4242/']});
		const panel = text(joinPanel(link, true, 80, 44).lines);
		expect(panel).toContain('http://192.168.1.2:4242');
		expect(panel).toContain('http://[2001:db8::1]:4242');
		expect(panel).toContain('or 1 more addresses of this machine');
		expect(panel).toContain('Locked: nobody else can join.');
	});

	it('leaves the talk’s other steps to themselves, with where to join at the foot of the screen', () => {
		const lines = screenAt(new FakeGame(article), steps[1]!, 160, 45);
		expect(text(lines)).not.toContain('Join the quiz at');
		expect(lineText(lines.at(-1)!)).toContain('join 10.0.0.5:4242 · code 123456');
	});
});

describe('a question open to the room', () => {
	const open = {kind: 'question', index: 0, answer: false} as const;

	it('counts down, says how many answered, and draws a bar and a count per option', () => {
		const game = new FakeGame(article).join('ann', 'bob', 'cat').apply({type: 'open', now: 0, question: 0}, {type: 'answer', now: 1000, id: 'ann', question: 0, option: 1}, {type: 'answer', now: 1000, id: 'bob', question: 0, option: 1});
		const lines = screenAt(game, open, 160, 45, 6_500);
		const screen = text(lines);
		expect(screen).toContain('14 s left');
		expect(screen).toContain('2 of 3 answered');
		const optionB = lines.map(lineText).find((line) => line.includes(`B. ${question.options[1]}`))!;
		expect(optionB).toMatch(/█+ +2 {2,}/);
		const optionA = lines.map(lineText).find((line) => line.includes(`A. ${question.options[0]}`))!;
		expect(optionA).not.toContain('█');
		expect(optionA).toMatch(/ 0 {2,}/);
	});

	it('with --hide-tally, keeps the counts off screen until the reveal', () => {
		const game = new FakeGame(article, {hideTally: true}).join('ann', 'bob').apply({type: 'open', now: 0, question: 0}, {type: 'answer', now: 1000, id: 'ann', question: 0, option: 1});
		const open = text(screenAt(game, {kind: 'question', index: 0, answer: false}, 160, 45, 2_000));
		expect(open).toContain('1 of 2 answered · answers hidden until the reveal');
		expect(open).not.toMatch(/B\. .*█/);
		game.apply({type: 'close', now: 3_000});
		expect(text(screenAt(game, {kind: 'question', index: 0, answer: true}, 160, 45, 3_000))).toMatch(/B\. .*█+ +1/);
	});

	it('keeps its pages while answers come in', () => {
		const game = new FakeGame(article).join('ann', 'bob').apply({type: 'open', now: 0, question: 0});
		let state: PresentState = {...initialPresentState(article, {cols: 60, rows: 14}, 0, {link: roomLink(), live: game.snapshot()}), step: at(open)};
		const pages = pageCount(article, steps, state);
		state = presentReducer(article, steps, state, {type: 'room', snapshot: game.apply({type: 'answer', now: 10, id: 'ann', question: 0, option: 2}).snapshot(10), now: 10});
		expect(pageCount(article, steps, state)).toBe(pages);
	});
});

describe('the reveal, the leaderboard and the podium', () => {
	it('reveals the distribution, the right option, the explanation and the evidence marked', () => {
		const game = new FakeGame(article).join('ann', 'bob').apply({type: 'open', now: 0, question: 0}, {type: 'answer', now: 500, id: 'ann', question: 0, option: question.answer}, {type: 'close', now: 1_000});
		const lines = screenAt(game, {kind: 'question', index: 0, answer: true}, 160, 45, 1_000);
		const screen = slideColumn(lines);
		expect(screen).toContain(`✓ ${'ABCD'[question.answer]}. ${question.options[question.answer]}`);
		expect(screen).toContain('1 answered · 1 right');
		expect(screen).toContain(question.explanation);
		expect(screen).toContain('From ¶ 4, section 1 “Interference”:');
		const marked = lines.flat().filter((segment) => segment.style.hit === 'current').map((segment) => segment.text).join(' ');
		expect(marked.replace(/\s+/g, ' ')).toContain(question.evidence[0]!.text.split(' ').slice(0, 4).join(' '));
	});

	it('shows a played question revealed on its first step too, and one never played as not played', () => {
		const game = new FakeGame(article).join('ann').apply({type: 'open', now: 0, question: 0}, {type: 'leaderboard', now: 1});
		expect(folded(screenAt(game, {kind: 'question', index: 0, answer: false}, 160, 45))).toContain('· the answer');
		expect(folded(screenAt(game, {kind: 'question', index: 5, answer: true}, 160, 45))).toContain('Not played in the room.');
	});

	it('ranks the top five, equal scores sharing a place', () => {
		const game = new FakeGame(article).join('ann', 'bob', 'cat', 'dan', 'eve', 'fay').apply({type: 'open', now: 0, question: 0});
		for (const [id, now] of [['bob', 0], ['cat', 4_000], ['dan', 4_000]] as const) game.apply({type: 'answer', now, id, question: 0, option: question.answer});
		game.apply({type: 'leaderboard', now: 5_000});
		const rows = screenAt(game, {kind: 'leaderboard', index: 0}, 160, 45).map((line) => lineText(line).slice(0, 90)).filter((line) => /^\s+\d\. /.test(line));
		expect(rows.map((line) => line.trim().replace(/\s+/g, ' '))).toEqual(['1. bob 1,000', '2. cat 900', '2. dan 900', '4. ann 0', '4. eve 0']);
	});

	it('cuts a name of wide characters by width, so the QR code beside the standings stays in one column', () => {
		const game = new FakeGame(article).join('漢'.repeat(20), 'ann').apply({type: 'open', now: 0, question: 0}, {type: 'leaderboard', now: 1});
		/** Where the QR code starts on a line, in columns; null on a line without it. */
		const qrColumn = (line: Line) => {
			let width = 0;
			for (const segment of line) {
				if (segment.style.role === 'qrDark' || segment.style.role === 'qrLight' || segment.style.role === 'qrHalf') return width;
				width += textWidth(segment.text);
			}
			return null;
		};
		for (const [cols, rows] of [
			[160, 45],
			[80, 24],
		] as const) {
			for (const step of [{kind: 'leaderboard', index: 0}] as const) {
				const lines = screenAt(game, step, cols, rows);
				if (cols === 80) expect(text(lines)).toContain('漢…');
				expect(new Set(lines.map(qrColumn).filter((column) => column !== null)).size, `${cols}×${rows} ${step.kind}`).toBe(1);
			}
		}
	});

	it('on the podium, offers to write the results with w, then says where they went', () => {
		const game = new FakeGame(article).join('ann').apply({type: 'open', now: 0, question: 0}, {type: 'end', now: 1});
		expect(slideColumn(screenAt(game, {kind: 'podium'}, 160, 45))).toContain('Press w to write the results to ./press-reader-results-test.json.');
		const written = {...game.snapshot(), results: {file: 'press-reader-results-test.json', writtenAt: 5, error: null}};
		const state: PresentState = {...initialPresentState(article, {cols: 160, rows: 45}, 0, {link: roomLink(), live: written}), step: at({kind: 'podium'})};
		expect(slideColumn(presentScreen(article, steps, state, 0))).toContain('Results written to ./press-reader-results-test.json.');
		const failed = {...state, room: {...state.room!, live: {...written, results: {file: 'x.json', writtenAt: null, error: "cannot write the room's results to x.json: EACCES"}}}};
		expect(slideColumn(presentScreen(article, steps, failed, 0))).toContain("Could not write the results: cannot write the room's results to x.json: EACCES. Press w to try again.");
		const automatic = roomLink({results: {file: 'out/results.json', automatic: true}});
		expect(slideColumn(screenAt(game, {kind: 'podium'}, 160, 45, 0, automatic))).toContain('Writing the results to out/results.json…');
	});
});

describe('every room screen', () => {
	for (const [cols, rows] of [
		[160, 45],
		[100, 30],
		[80, 24],
		[40, 10],
	] as const) {
		it(`fits ${cols}×${rows}`, () => {
			const game = new FakeGame(article).join('ann', 'a player with a long name').apply({type: 'open', now: 0, question: 0});
			for (const step of steps.filter((candidate) => candidate.kind !== 'unit')) {
				const state: PresentState = {...initialPresentState(article, {cols, rows}, 0, {link: roomLink(), live: game.snapshot()}), step: at(step)};
				for (const page of roomPages(article, steps, state) ?? []) expect(page.length).toBeLessThanOrEqual(rows - 1);
				const lines = presentScreen(article, steps, state, 0);
				expect(lines).toHaveLength(rows);
				for (const line of lines) expect(lineWidth(line), `${JSON.stringify(step)}: ${lineText(line)}`).toBeLessThanOrEqual(cols);
			}
		});
	}
});
