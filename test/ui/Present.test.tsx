import {afterEach, describe, expect, it} from 'vitest';
import {NotesRoot} from '../../src/ui/NotesApp.js';
import {PresentRoot} from '../../src/ui/PresentApp.js';
import {presentationSteps} from '../../src/present/steps.js';
import type {CommandMessage, NotesStatus, StateMessage} from '../../src/present/channel.js';
import type {Command} from '../../src/keys/keymap.js';
import {loadBundled} from '../helpers/content.js';
import {keys, renderView, type RenderedView} from '../helpers/terminal.js';

const article = loadBundled();
const steps = presentationSteps(article, {quiz: true});
let view: RenderedView | undefined;
afterEach(() => view?.unmount());

describe('the audience screen', () => {
	for (const [cols, rows] of [[160, 45], [80, 24]] as const) {
		it(`at ${cols}×${rows}: no key hints, nothing wider or taller than the terminal allows`, async () => {
			const app = (view = await renderView(<PresentRoot article={article} steps={steps} />, {cols, rows}));
			for (const step of ['', keys.right, keys.right, keys.right, keys.right, '3', 'G']) {
				await app.press(step);
				expect(app.lines()).toHaveLength(rows);
				expect(app.screen()).not.toMatch(/q quit|→ next/);
				// The last row: the progress bar, the section and where the talk is.
				expect(app.lines().at(-1)).toMatch(/[━─]+ (.+ · )?\d+ \/ \d+ $/);
			}
		});
	}

	it('moves on commands from the speaker view and reports what it shows', async () => {
		let deliver: (command: Command) => void = () => {};
		const seen: number[] = [];
		const app = (view = await renderView(
			<PresentRoot
				article={article}
				steps={steps}
				subscribe={(handler) => {
					deliver = handler;
					return () => {};
				}}
				onChange={(state) => seen.push(state.step)}
			/>,
			{cols: 120, rows: 36},
		));
		deliver({name: 'gotoSection', section: 3});
		await app.settle();
		expect(app.text()).toContain('[Asked whether he and Mr Lavrov could trust each other]');
		expect(seen.at(-1)).toBe(steps.findIndex((step) => step.kind === 'unit' && step.section === 3));
	});

	it('blanks on b, comes back on any key, and shows the timer on c', async () => {
		const app = (view = await renderView(<PresentRoot article={article} steps={steps} />, {cols: 120, rows: 36}));
		await app.press('b');
		expect(app.screen().trim()).toBe('');
		await app.press('z');
		expect(app.screen()).toContain('Financial Times · Moscow');
		await app.press('c');
		expect(app.screen()).toMatch(/talk 0:0\d \/ 9:00 · \d\d:\d\d/);
	});
});

describe('the speaker view', () => {
	const presenterState = (step: number, articleId = article.id): StateMessage => ({type: 'state', articleId, steps: steps.length, quiz: true, step, page: 0, pages: 1, blank: false, talkStartedAt: Date.now() - 65_000, enteredAt: Date.now() - 5_000, spent: Array.from({length: 6}, () => 0)});

	async function openNotes(cols: number, rows: number) {
		let push: (state: StateMessage) => void = () => {};
		let status: (value: NotesStatus) => void = () => {};
		const sent: CommandMessage[] = [];
		const app = (view = await renderView(
			<NotesRoot
				article={article}
				session="talk"
				subscribe={(onState, onStatus) => {
					push = onState;
					status = onStatus;
					return () => {};
				}}
				send={(command) => sent.push(command)}
			/>,
			{cols, rows},
		));
		return {app, sent, push: async (state: StateMessage) => {
			push(state);
			await app.settle();
		}, deliver: (state: StateMessage) => push(state), status: (value: NotesStatus) => status(value)};
	}

	it('waits for a presenter, then shows now, next, the notes and the time against targets', async () => {
		const notes = await openNotes(100, 30);
		expect(notes.app.text()).toContain('Waiting for the presenter');
		await notes.push(presenterState(3));
		const screen = notes.app.text();
		expect(screen).toContain('NOW · step 4 of');
		expect(screen).toContain('Sergei Lavrov · said: “He’s afraid');
		expect(screen).toContain('NEXT Boris Johnson · replied');
		expect(screen).toContain('NOTES · Section 1/4: Interference Open with the claim');
		expect(screen).toMatch(/talk 1:0\d \/ 9:00 · section 0:0\d \/ 3:00/);
	});

	it('sends its navigation keys to the presenter', async () => {
		const notes = await openNotes(80, 24);
		await notes.push(presenterState(0));
		await notes.app.press(keys.right, keys.pageUp, '3', 'b', 'z');
		expect(notes.sent).toEqual([
			{type: 'command', name: 'next'},
			{type: 'command', name: 'previous'},
			{type: 'command', name: 'gotoSection', section: 2},
			{type: 'command', name: 'blank'},
		]);
	});

	it('drives a presenter with a key pressed the moment its first state arrives', async () => {
		const notes = await openNotes(80, 24);
		// The state draws the screen at once; the key comes before anything else can run.
		notes.deliver(presenterState(0));
		await notes.app.press('3');
		expect(notes.sent).toEqual([{type: 'command', name: 'gotoSection', section: 2}]);
	});

	it('says so when the presenter shows another article, and does not drive it', async () => {
		const notes = await openNotes(80, 24);
		await notes.push(presenterState(0, 'another-article'));
		expect(notes.app.text()).toContain('shows another article (another-article)');
		// It does not drive a presenter it cannot follow, and keeps saying why.
		await notes.app.press(keys.right, '3');
		expect(notes.sent).toEqual([]);
		expect(notes.app.text()).toContain('shows another article (another-article)');
	});
});
