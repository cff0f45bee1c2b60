import {describe, expect, it} from 'vitest';
import {checkingProgress} from '../../src/commands/progress.js';

function terminal(isTTY = true) {
	const writes: string[] = [];
	return {isTTY, writes, write: (text: string) => writes.push(text)};
}

function clock() {
	let now = 0;
	return {now: () => now, advance: (ms: number) => (now += ms)};
}

describe('progress while checking a long article', () => {
	it('shows "Checking big.yaml… 40%" on one line rewritten in place, then clears it', () => {
		const stream = terminal();
		const time = clock();
		const progress = checkingProgress('/some/where/big.yaml', stream, {now: time.now});
		time.advance(250);
		progress.update(0.4);
		progress.update(0.41);
		progress.update(0.415);
		progress.done();
		expect(stream.writes).toEqual(['\rChecking big.yaml… 40%\x1b[K', '\rChecking big.yaml… 41%\x1b[K', '\r\x1b[K']);
	});

	it('shows nothing for work done within 200 ms, such as a cached or small article', () => {
		const stream = terminal();
		const time = clock();
		const progress = checkingProgress('small.yaml', stream, {now: time.now});
		time.advance(150);
		progress.update(0.9);
		progress.done();
		expect(stream.writes).toEqual([]);
	});

	it('shows nothing when stderr is not a terminal', () => {
		const stream = terminal(false);
		const time = clock();
		const progress = checkingProgress('big.yaml', stream, {now: time.now});
		time.advance(5000);
		progress.update(0.5);
		progress.done();
		expect(stream.writes).toEqual([]);
	});

	it('keeps the percentage between 0 and 100', () => {
		const stream = terminal();
		const time = clock();
		const progress = checkingProgress('big.yaml', stream, {now: time.now, delay: 0});
		progress.update(1.2);
		progress.update(-1);
		expect(stream.writes).toEqual(['\rChecking big.yaml… 100%\x1b[K', '\rChecking big.yaml… 0%\x1b[K']);
	});
});

describe('progress in a real terminal', () => {
	it('the reader says what it is doing while it checks a big article, and clears the line before the UI', async () => {
		const {mkdtempSync, writeFileSync} = await import('node:fs');
		const {tmpdir} = await import('node:os');
		const path = await import('node:path');
		const {PtySession} = await import('../helpers/pty.js');
		const {bigArticle} = await import('../helpers/bigArticle.js');
		const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-progress-'));
		const file = path.join(scratch, 'big.yaml');
		// Big enough to take well over 200 ms to check, even on a fast machine.
		writeFileSync(file, bigArticle({paragraphs: 8000}));
		const session = new PtySession([file], {env: {XDG_CACHE_HOME: scratch, XDG_STATE_HOME: scratch}});
		try {
			await session.when(() => session.screen().includes('A long report in 8000 paragraphs'));
			const beforeUi = session.output.slice(0, session.output.indexOf('\x1b[?1049h'));
			expect(beforeUi).toMatch(/\rChecking big\.yaml… \d+%\x1b\[K/);
			expect(beforeUi.endsWith('\r\x1b[K')).toBe(true);
			expect(session.screen()).not.toContain('Checking big.yaml');
			session.write('q');
			expect((await session.exited).exitCode).toBe(0);
		} finally {
			session.dispose();
		}
	});
});
