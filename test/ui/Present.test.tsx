import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {NotesApp} from '../../src/ui/NotesApp.js';
import {PresentApp} from '../../src/ui/PresentApp.js';
import {createTheme} from '../../src/screen/theme.js';
import {presentationSteps} from '../../src/present/steps.js';
import type {CommandMessage, NotesStatus, StateMessage} from '../../src/present/channel.js';
import type {Command} from '../../src/keys/keymap.js';
import {loadBundled} from '../helpers/content.js';
import {frameText, keys, send, settle} from '../helpers/ink.js';

const article = loadBundled();
const theme = createTheme('dark', false);
const steps = presentationSteps(article, {quiz: true});
afterEach(() => cleanup());

describe('the audience screen', () => {
	for (const [cols, rows] of [[160, 45], [80, 24]] as const) {
		it(`at ${cols}×${rows}: no key hints, nothing wider or taller than the terminal allows`, async () => {
			const app = render(<PresentApp article={article} steps={steps} theme={theme} viewport={{cols, rows}} />);
			await settle();
			for (const step of ['', keys.right, keys.right, keys.right, keys.right, '3', 'G']) {
				await send(app.stdin, step);
				const lines = frameText(app).split('\n');
				expect(lines.length).toBeLessThanOrEqual(rows - 1);
				for (const line of lines) expect(line.length).toBeLessThanOrEqual(cols);
				expect(frameText(app)).not.toMatch(/q quit|→ next/);
			}
		});
	}

	it('moves on commands from the speaker view and reports what it shows', async () => {
		let deliver: (command: Command) => void = () => {};
		const seen: number[] = [];
		const app = render(
			<PresentApp
				article={article}
				steps={steps}
				theme={theme}
				viewport={{cols: 120, rows: 36}}
				subscribe={(handler) => {
					deliver = handler;
					return () => {};
				}}
				onChange={(state) => seen.push(state.step)}
			/>,
		);
		await settle();
		deliver({name: 'gotoSection', number: 4});
		await settle();
		expect(frameText(app)).toContain('[Asked whether he and Mr Lavrov could trust each other]');
		expect(seen.at(-1)).toBe(steps.findIndex((step) => step.kind === 'unit' && step.section === 3));
	});

	it('blanks on b, comes back on any key, and shows the timer on c', async () => {
		const app = render(<PresentApp article={article} steps={steps} theme={theme} viewport={{cols: 120, rows: 36}} />);
		await settle();
		await send(app.stdin, 'b');
		expect(frameText(app).trim()).toBe('');
		await send(app.stdin, 'z');
		expect(frameText(app)).toContain('Financial Times · Moscow');
		await send(app.stdin, 'c');
		expect(frameText(app)).toMatch(/talk 0:0\d \/ 9:00 · \d\d:\d\d/);
	});
});

describe('the speaker view', () => {
	const presenterState = (step: number, articleId = article.id): StateMessage => ({type: 'state', articleId, steps: steps.length, quiz: true, step, page: 0, pages: 1, blank: false, talkStartedAt: Date.now() - 65_000, enteredAt: Date.now() - 5_000, spent: Array.from({length: 6}, () => 0)});

	function openNotes(cols: number, rows: number) {
		let push: (state: StateMessage) => void = () => {};
		let status: (value: NotesStatus) => void = () => {};
		const sent: CommandMessage[] = [];
		const app = render(
			<NotesApp
				article={article}
				theme={theme}
				viewport={{cols, rows}}
				session="talk"
				subscribe={(onState, onStatus) => {
					push = onState;
					status = onStatus;
					return () => {};
				}}
				send={(command) => sent.push(command)}
			/>,
		);
		return {app, sent, push: (state: StateMessage) => push(state), status: (value: NotesStatus) => status(value)};
	}

	it('waits for a presenter, then shows now, next, the notes and the time against targets', async () => {
		const view = openNotes(100, 30);
		await settle();
		expect(frameText(view.app)).toContain('Waiting for the presenter');
		view.push(presenterState(3));
		await settle();
		const screen = frameText(view.app).replace(/\s+/g, ' ');
		expect(screen).toContain('NOW · step 4 of');
		expect(screen).toContain('Sergei Lavrov · said: “He’s afraid');
		expect(screen).toContain('NEXT Boris Johnson · replied');
		expect(screen).toContain('NOTES · Section 1/4: Interference Open with the claim');
		expect(screen).toMatch(/talk 1:0\d \/ 9:00 · section 0:0\d \/ 3:00/);
	});

	it('sends its navigation keys to the presenter', async () => {
		const view = openNotes(80, 24);
		view.push(presenterState(0));
		await settle();
		await send(view.app.stdin, keys.right, keys.pageUp, '3', 'b', 'z');
		expect(view.sent).toEqual([
			{type: 'command', name: 'next'},
			{type: 'command', name: 'previous'},
			{type: 'command', name: 'gotoSection', number: 3},
			{type: 'command', name: 'blank'},
		]);
	});

	it('says so when the presenter shows another article', async () => {
		const view = openNotes(80, 24);
		view.push(presenterState(0, 'another-article'));
		await settle();
		expect(frameText(view.app).replace(/\s+/g, ' ')).toContain('shows another article (another-article)');
	});
});
