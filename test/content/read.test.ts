import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {ContentReadError} from '../../src/content/locate.js';
import {readContentBytes, readErrorReason, type ReadOptions} from '../../src/content/read.js';

/** The file's text, as the loader reads it. */
const readContentFile = async (file: string, options?: ReadOptions) => (await readContentBytes(file, options)).toString('utf8');

const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-read-'));
const at = (name: string) => path.join(scratch, name);

/** The one-line error reading `file` gives (the test fails if reading succeeds or hangs). */
async function refusal(file: string, options?: ReadOptions): Promise<string> {
	const error = await readContentFile(file, options).then(
		() => null,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(ContentReadError);
	const message = (error as Error).message;
	expect(message.split('\n')).toHaveLength(1);
	return message;
}

describe('reading a content file', () => {
	it('reads a regular file as UTF-8 text', async () => {
		writeFileSync(at('ok.yaml'), 'id: “x”\n');
		expect(await readContentFile(at('ok.yaml'))).toBe('id: “x”\n');
	});

	it('refuses a named pipe at once instead of waiting for a writer', async () => {
		execFileSync('mkfifo', [at('pipe')]);
		expect(await refusal(at('pipe'))).toBe(`${at('pipe')}: cannot read: it is a named pipe, not a regular file (to read standard input, give - as the file)`);
	});

	it('refuses a device such as /dev/zero, which never ends, and /dev/null', async () => {
		expect(await refusal('/dev/zero')).toBe('/dev/zero: cannot read: it is a character device, not a regular file');
		expect(await refusal('/dev/null')).toBe('/dev/null: cannot read: it is a character device, not a regular file');
	});

	it('refuses a directory and a socket, naming what they are', async () => {
		mkdirSync(at('folder'));
		expect(await refusal(at('folder'))).toBe(`${at('folder')}: cannot read: it is a directory, not a file`);
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(at('socket'), resolve));
		try {
			expect(await refusal(at('socket'))).toBe(`${at('socket')}: cannot read: it is a socket, not a regular file`);
		} finally {
			server.close();
		}
	});

	it('says in its own words that a file is missing or a symbolic link loops', async () => {
		expect(await refusal(at('missing.yaml'))).toBe(`${at('missing.yaml')}: cannot read: no such file`);
		symlinkSync(at('loop-b'), at('loop-a'));
		symlinkSync(at('loop-a'), at('loop-b'));
		const message = await refusal(at('loop-a'));
		expect(message).toBe(`${at('loop-a')}: cannot read: too many levels of symbolic links (a link that leads back to itself?)`);
		expect(message).not.toMatch(/ELOOP/);
	});

	it('names permission and other system errors without codes or stack traces', () => {
		expect(readErrorReason({code: 'EACCES'})).toBe('permission denied');
		expect(readErrorReason({code: 'EPERM'})).toBe('permission denied');
		expect(readErrorReason({code: 'ENOTDIR'})).toBe('a part of its path is not a directory');
		expect(readErrorReason({code: 'ENAMETOOLONG'})).toBe('the name is too long');
		expect(readErrorReason({code: 'EISDIR'})).toBe('it is a directory, not a file');
		expect(readErrorReason({code: 'EIO'})).toBe('input/output error');
		expect(readErrorReason({code: 'EMFILE'})).toBe('system error EMFILE');
		expect(readErrorReason(new Error('odd'))).toBe('unknown error');
	});

	it('refuses a file over the size limit before reading it', async () => {
		writeFileSync(at('big.yaml'), 'x'.repeat(2048));
		expect(await refusal(at('big.yaml'), {limit: 1024})).toBe(`${at('big.yaml')}: cannot read: it is 2 KB, over the 1 KB an article may have`);
		expect(await readContentFile(at('big.yaml'), {limit: 4096})).toHaveLength(2048);
	});

	it('refuses binary data, which is not UTF-8 text', async () => {
		writeFileSync(at('binary.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x00]));
		expect(await refusal(at('binary.yaml'))).toBe(`${at('binary.yaml')}: cannot read: it is not UTF-8 text`);
	});
});

describe('reading standard input with "-"', () => {
	const stdin = (text: string, isTTY = false) => Object.assign(Readable.from([Buffer.from(text)]), {isTTY});

	it('reads what is piped in', async () => {
		expect(await readContentFile('-', {stdin: stdin('id: piped\n')})).toBe('id: piped\n');
	});

	it('stops at the size limit rather than reading for ever', async () => {
		const endless = Object.assign(
			new Readable({
				read() {
					this.push(Buffer.alloc(512, 0x61));
				},
			}),
			{isTTY: false},
		);
		expect(await refusal('-', {stdin: endless, limit: 4096})).toBe('<stdin>: cannot read: more than the 4 KB an article may have');
	});

	it('will not wait for typing when standard input is a terminal', async () => {
		expect(await refusal('-', {stdin: stdin('', true)})).toMatch(/^<stdin>: cannot read: standard input is a terminal; pipe or redirect the article into it/);
	});
});

describe('decoding', () => {
	it('drops a byte order mark, as editors on Windows write one', async () => {
		writeFileSync(at('bom.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id: “x”\n')]));
		expect(await readContentFile(at('bom.yaml'))).toBe('id: “x”\n');
	});
});
