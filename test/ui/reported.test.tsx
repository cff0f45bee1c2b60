// What the app reports for a signal to save (src/commands/interactive.ts) must be what is on
// screen: a SIGHUP can arrive the moment a frame is written, before React's passive effects run.
import {EventEmitter} from 'node:events';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {AppState} from '../../src/app/state.js';
import {presentQuiz, type QuizState} from '../../src/quiz/session.js';
import {createTheme} from '../../src/screen/theme.js';
import {InkOutputStream} from '../../src/terminal/inkOutput.js';
import {KeyFeed} from '../../src/terminal/keyFeed.js';
import {AppRoot} from '../../src/ui/App.js';
import {mountView} from '../../src/ui/mount.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const seed = 11;
const questions = presentQuiz(article.quiz, seed);
afterEach(() => vi.restoreAllMocks());

class Input extends EventEmitter {
	readonly isTTY = true;
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

class Output extends EventEmitter {
	readonly isTTY = true;
	readonly writableNeedDrain = false;
	columns = 100;
	rows = 40;
	write(_data: string | Uint8Array, callback?: () => void): boolean {
		callback?.();
		return true;
	}
}

describe('what the app reports, for a signal to save', () => {
	it('is the state on screen as soon as a frame is drawn: the answer just shown, the round just ended', async () => {
		let last: AppState | null = null;
		const ended: QuizState[] = [];
		const seen: {answered: Array<number | null> | null; ended: number} = {answered: null, ended: -1};
		// Each whole screen, drawn directly or by Ink, is checked once the work that drew it is done,
		// as a signal handler would run.
		const check = (text: string) =>
			queueMicrotask(() => {
				if (text.includes('✓ Right') && seen.answered === null) seen.answered = [...(last?.quiz?.answers ?? [])];
				if (text.includes('No mistakes.') && seen.ended === -1) seen.ended = ended.length;
			});
		const prototype = InkOutputStream.prototype as unknown as Record<'draw' | 'write', (this: InkOutputStream, ...args: unknown[]) => unknown>;
		const original = {draw: prototype.draw, write: prototype.write};
		vi.spyOn(prototype, 'draw').mockImplementation(function (this: InkOutputStream, ...args: unknown[]) {
			check((args[0] as string[]).join('\n'));
			return original.draw.apply(this, args);
		});
		vi.spyOn(prototype, 'write').mockImplementation(function (this: InkOutputStream, ...args: unknown[]) {
			check(String(args[0]));
			return original.write.apply(this, args);
		});
		const input = new Input();
		const keys = new KeyFeed(input);
		const {instance} = mountView(
			<AppRoot
				article={article}
				page="quiz"
				seed={seed}
				onState={(state) => {
					last = state;
				}}
				onRoundEnd={(quiz) => {
					ended.push(quiz);
				}}
			/>,
			{keys, stdout: new Output() as unknown as NodeJS.WriteStream, theme: createTheme('dark', false)},
		);
		const letters = questions.map((question) => 'abcd'[question.answer]!);
		// Ink reads keys once it has mounted and listens.
		await new Promise((resolve) => setTimeout(resolve, 100));
		input.emit('data', Buffer.from(letters[0]!));
		await keys.idle();
		expect(seen.answered).toEqual([questions[0]!.answer, ...Array.from({length: questions.length - 1}, () => null)]);
		// The rest, each moved on from with Space, to the end of the round.
		for (const key of letters.slice(1)) {
			input.emit('data', Buffer.from(` ${key}`));
			await keys.idle();
		}
		// A pause, as a person makes: Ink then writes the next frame it lays out at once, in the commit.
		await new Promise((resolve) => setTimeout(resolve, 100));
		input.emit('data', Buffer.from(' '));
		await keys.idle();
		// Ink writes the frames it lays out (the end screen has a list) at most 60 times a second.
		for (let waited = 0; seen.ended === -1 && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(seen.ended).toBe(1);
		instance.unmount();
		keys.close();
	});
});
