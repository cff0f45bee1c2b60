import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {PtySession} from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

function start(args: string[], size: {cols: number; rows: number}, runtime: string) {
	const session = new PtySession(args, {...size, env: {XDG_RUNTIME_DIR: runtime}});
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
		expect(notes.screen().replace(/\s+/g, ' ')).toContain('NEXT Section 1/4: Interference — ¶ 1: British foreign secretary');

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
});
