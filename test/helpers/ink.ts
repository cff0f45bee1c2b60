import {stripVTControlCharacters} from 'node:util';
/** ink-testing-library needs several ticks after each key before the frame reflects it. */
export async function settle(): Promise<void> {
	for (let tick = 0; tick < 5; tick++) await new Promise((resolve) => setImmediate(resolve));
}

export const keys = {
	right: '\x1b[C',
	left: '\x1b[D',
	up: '\x1b[A',
	down: '\x1b[B',
	pageDown: '\x1b[6~',
	pageUp: '\x1b[5~',
	home: '\x1b[H',
	end: '\x1b[F',
	enter: '\r',
	escape: '\x1b',
	backspace: '\x7f',
	ctrlC: '\x03',
} as const;

/** Sends key bytes one at a time, letting the UI settle after each. */
export async function send(stdin: {write(data: string): void}, ...sequence: string[]): Promise<void> {
	for (const data of sequence) {
		stdin.write(data);
		await settle();
	}
}

/** The last frame as the user reads it: without colour codes. */
export function frameText(app: {lastFrame(): string | undefined}): string {
	return stripVTControlCharacters(app.lastFrame() ?? '');
}
