// ws and the QR encoder load for `present --room` and `join`, never for `present` alone, which
// must stay as quick to start as before the room: the built CLI runs in a pty with a module hook
// that records every file it loads.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {PtySession} from '../helpers/pty.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-room-loading-'));
const hooks = path.join(scratch, 'hooks.mjs');
writeFileSync(
	hooks,
	`import {appendFileSync} from 'node:fs';
export async function load(url, context, next) {
	if (process.env.PRESS_READER_LOADED) appendFileSync(process.env.PRESS_READER_LOADED, url + '\\n');
	return next(url, context);
}
`,
);
const register = path.join(scratch, 'register.mjs');
writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

/** The built files a command loads by the time `shown` is on screen. */
async function loaded(name: string, args: string[], shown: string): Promise<string[]> {
	const log = path.join(scratch, `${name}.log`);
	writeFileSync(log, '');
	const session = new PtySession(['--import', pathToFileURL(register).href, path.resolve('dist/cli.js'), ...args], {
		command: process.execPath,
		cols: 160,
		rows: 45,
		env: {PRESS_READER_LOADED: log, XDG_RUNTIME_DIR: scratch},
	});
	sessions.push(session);
	await session.ready(shown);
	session.write('q');
	await session.exit();
	return readFileSync(log, 'utf8')
		.split('\n')
		.filter((url) => url.startsWith('file:') && url.includes('/dist/'))
		.map((url) => new URL(url).pathname);
}

// ws's and uqr's own words, which survive minification.
const isWs = (file: string) => readFileSync(file, 'utf8').includes('Sec-WebSocket-Accept');
const isQrEncoder = (file: string) => readFileSync(file, 'utf8').includes('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:');

describe('what present loads', () => {
	it('with --room: ws and the QR encoder', async () => {
		const files = await loaded('room', ['present', '--room', '--host', '127.0.0.1', '--port', '0'], 'Join the quiz at');
		expect(files.some(isWs)).toBe(true);
		expect(files.some(isQrEncoder)).toBe(true);
	});

	it('without: neither, nor the join view', async () => {
		const files = await loaded('alone', ['present'], 'Financial Times · Moscow');
		expect(files.filter(isWs)).toEqual([]);
		expect(files.filter(isQrEncoder)).toEqual([]);
		expect(files.filter((file) => path.basename(file).startsWith('JoinApp-'))).toEqual([]);
	});
});
