// What the app reports for a signal to save (src/commands/interactive.ts) must be what is on
// screen: a SIGHUP can arrive the moment a frame is written, before React's passive effects run.
import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import type {AppState} from '../../src/app/state.js';
import {presentQuiz, type QuizState} from '../../src/quiz/session.js';
import {createTheme} from '../../src/screen/theme.js';
import {KeyFeed} from '../../src/terminal/keyFeed.js';
import {AppRoot} from '../../src/ui/App.js';
import {mountView} from '../../src/ui/mount.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const seed = 11;
const questions = presentQuiz(article.quiz, seed);

class Input extends EventEmitter {
	readonly isTTY = true;
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** A terminal that runs `onFrame` once the synchronous work that wrote a frame is done, as a signal handler would run. */
class Output extends EventEmitter {
	readonly isTTY = true;
	readonly writableNeedDrain = false;
	columns = 100;
	rows = 40;
	constructor(private readonly onFrame: (text: string) => void) {
		super();
	}
	write(data: string | Uint8Array, callback?: () => void): boolean {
		const text = typeof data === 'string' ? data : Buffer.from(data).toString();
		queueMicrotask(() => this.onFrame(text));
		callback?.();
		return true;
	}
}

describe('what the app reports, for a signal to save', () => {
	it('is the state on screen as soon as a frame is written: the answer just shown, the round just ended', async () => {
		let last: AppState | null = null;
		const ended: QuizState[] = [];
		const seen: {answered: Array<number | null> | null; ended: number} = {answered: null, ended: -1};
		const output = new Output((text) => {
			if (text.includes('Right') && seen.answered === null) seen.answered = [...(last?.quiz?.answers ?? [])];
			if (text.includes('of 17 right') && seen.ended === -1) seen.ended = ended.length;
		});
		const input = new Input();
		const keys = new KeyFeed(input);
		const {instance} = mountView(<AppRoot article={article} page="quiz" seed={seed} onState={(state) => {
					last = state;
				}}
				onRoundEnd={(quiz) => {
					ended.push(quiz);
				}} />, {keys, stdout: output as unknown as NodeJS.WriteStream, theme: createTheme('dark', false)});
		const letters = questions.map((question) => 'abcd'[question.answer]!);
		// Ink reads keys once it has mounted and listens.
		await new Promise((resolve) => setTimeout(resolve, 100));
		// The first answer, then the rest (each moved on from with Space), to the end of the round.
		input.emit('data', Buffer.from(letters[0]!));
		await keys.idle();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(seen.answered).toEqual([questions[0]!.answer, ...Array.from({length: questions.length - 1}, () => null)]);
		for (const key of letters.slice(1)) {
			input.emit('data', Buffer.from(` ${key}`));
			await keys.idle();
		}
		input.emit('data', Buffer.from(' '));
		await keys.idle();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(seen.ended).toBe(1);
		instance.unmount();
		keys.close();
	});
});
