import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {PtySession} from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

function start(args: string[], size: {cols: number; rows: number}, runtime: string, env: Record<string, string> = {}) {
	const session = new PtySession(args, {...size, env: {XDG_RUNTIME_DIR: runtime, ...env}});
	sessions.push(session);
	return session;
}

describe('present and notes side by side', () => {
	it('notes previews the next step, drives the audience screen, waits when present dies and follows a new one', async () => {
		const runtime = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-runtime-'));
		const projector = {cols: 160, rows: 45};
		let audience = start(['present'], projector, runtime);
		await audience.ready('Financial Times · Moscow');
		expect(audience.screen()).not.toMatch(/q quit/);

		const notes = start(['notes'], {cols: 100, rows: 30}, runtime);
		await notes.ready('NOW · step 1 of');
		// Below NOW on the screen: it may arrive a moment later.
		await notes.waitFor(() => notes.screen().replace(/\s+/g, ' ').includes('NEXT Section 1/4: Interference — ¶ 1: British foreign secretary'));

		notes.write('\x1b[C');
		await audience.waitFor(() => audience.screen().replace(/\s+/g, ' ').includes('British foreign secretary Boris Johnson said on Friday'));
		await notes.waitFor('NOW · step 2 of');

		audience.write(' ');
		await notes.waitFor('NOW · step 3 of');

		audience.kill('SIGTERM');
		expect((await audience.exit()).exitCode).toBe(143);
		expect(audience.bufferType).toBe('normal');
		await notes.waitFor('Waiting for the presenter');

		audience = start(['present'], projector, runtime);
		await audience.ready('Financial Times · Moscow');
		await notes.waitFor('NOW · step 1 of');
		notes.write('4');
		await audience.waitFor('[Asked whether he and Mr Lavrov could trust each other]');

		notes.write('q');
		expect((await notes.exit()).exitCode).toBe(0);
		audience.write('q');
		expect((await audience.exit()).exitCode).toBe(0);
		expect(audience.cursorVisible).toBe(true);
	});

	it('refuses a second presenter on the same session with a one-line error', async () => {
		const runtime = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-runtime-'));
		const first = start(['present'], {cols: 80, rows: 24}, runtime);
		await first.ready('Financial Times · Moscow');
		const second = start(['present'], {cols: 80, rows: 24}, runtime);
		expect((await second.exit()).exitCode).toBe(1);
		expect(second.screen().replace(/\n/g, '')).toMatch(/press-reader: another presentation is already running on .*; give this one its own --session NAME/);
		expect(second.bufferType).toBe('normal');
		first.write('q');
		await first.exit();
	});

	it('keeps the titles it drew, and a second start shows the same first screen from them', async () => {
		const runtime = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-runtime-'));
		const cache = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-cache-'));
		const screens: string[] = [];
		for (let run = 0; run < 2; run++) {
			const audience = start(['present'], {cols: 100, rows: 30}, runtime, {XDG_CACHE_HOME: cache});
			await audience.ready('Financial Times · Moscow');
			screens.push(audience.screen());
			audience.write('q');
			expect((await audience.exit()).exitCode).toBe(0);
			const files = readdirSync(path.join(cache, 'press-reader')).filter((name) => name.startsWith('titles-'));
			expect(files).toHaveLength(1);
			const titles = JSON.parse(readFileSync(path.join(cache, 'press-reader', files[0]!), 'utf8')) as Array<[string, string[] | null]>;
			expect(titles.some(([key]) => key.endsWith('Johnson says Russia didn’t ‘successfully’ interfere in British elections'))).toBe(true);
		}
		expect(screens[1]).toBe(screens[0]);
		// The headline is drawn in big letters, not plain type.
		expect(screens[0]).toMatch(/\|_\|/);
	});
});

describe('present in a terminal that shrinks', () => {
	it('asks for a larger terminal below 20 columns, and comes back to the same step when it grows', async () => {
		const runtime = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-runtime-'));
		const audience = start(['present'], {cols: 100, rows: 30}, runtime);
		await audience.ready('Financial Times · Moscow');
		audience.write(' ');
		await audience.waitFor(/ 2 \/ \d+/);
		audience.resize(19, 12);
		// Wrapped at 19 columns: read as one text.
		await audience.waitFor(() => audience.lines().map((line) => line.trim()).join(' ').includes('Terminal too small (19×12)'));
		audience.resize(1, 1);
		audience.resize(100, 30);
		await audience.waitFor(/ 2 \/ \d+/);
		audience.write('q');
		expect((await audience.exit()).exitCode).toBe(0);
		expect(audience.bufferType).toBe('normal');
	});

	it('moves on in a terminal four rows of slide high, asking for a larger one, and shows that step when it grows', async () => {
		const runtime = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-runtime-'));
		const audience = start(['present'], {cols: 19, rows: 5}, runtime);
		await audience.ready('Terminal too small');
		// The next step is a paragraph, many lines long at this width: it is paged into four rows.
		audience.write(' ');
		audience.resize(100, 30);
		await audience.waitFor(/ 2 \/ \d+/);
		audience.write('q');
		expect((await audience.exit()).exitCode).toBe(0);
	});
});

describe('present on a section of many paragraphs', () => {
	it('shows the first paragraph of a section of 150,000 at once, not after laying out every slide of it', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'press-reader-e2e-long-'));
		const count = 150_000;
		const ids = Array.from({length: count}, (_, index) => `p${index + 1}`);
		const body = ids.map((id, index) => `  - {id: ${id}, text: Paragraph ${index + 1} of the long section.}`).join('\n');
		const file = path.join(folder, 'long.yaml');
		writeFileSync(file, `id: long\nheadline: A long section\nbody:\n${body}\nsections:\n  - id: s1\n    title: All of it\n    blocks: [${ids.join(', ')}]\n`);
		const audience = start(['present', file], {cols: 100, rows: 30}, folder, {XDG_CACHE_HOME: folder});
		await audience.ready(/ 1 \/ 150001/);
		audience.write(' ');
		await audience.waitFor('Paragraph 1 of the long section.');
		audience.write('q');
		expect((await audience.exit()).exitCode).toBe(0);
	}, 30_000);
});
