// `press-reader draft` as a user runs it: the built CLI on a saved page, a text, stdin and a URL
// served from a loopback server; what it writes, what it refuses, and that the draft opens at
// once in validate, the reader, the quiz and present.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {createServer, type Server} from 'node:http';
import {closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/content/load.js';
import {runCli} from '../helpers/cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-draft-'));
const page = 'test/fixtures/draft/pages/wapo-2/source.html';
const text = 'content/johnson-lavrov-2017.txt';

function fifo(name: string): string {
	const target = path.join(scratch, name);
	execFileSync('mkfifo', [target]);
	return target;
}

function file(name: string, content: string | Buffer): string {
	const target = path.join(scratch, name);
	writeFileSync(target, content);
	return target;
}

/** The CLI run without blocking this process, so that the loopback server can answer it. */
function runAsync(args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['dist/cli.js', ...args], {env: {...process.env, XDG_STATE_HOME: scratch}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('close', (status) => resolve({status, stdout, stderr}));
	});
}

describe('press-reader draft on a saved page', () => {
	const result = runCli(['draft', page]);

	it('writes YAML to stdout that starts with the schema line and validates with no problem', () => {
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/press-reader\.schema\.json$/);
		const parsed = parseArticle('draft.yaml', result.stdout);
		expect(parsed.problems).toEqual([]);
		expect(parsed.article!.headline).toMatch(/Netanyahu/);
		const drafted = path.join(scratch, 'wapo.yaml');
		writeFileSync(drafted, result.stdout);
		expect(runCli(['validate', drafted]).status).toBe(0);
	});

	it('prints a one-line summary with people, quotes to check, exchanges and questions on stderr', () => {
		expect(result.stderr).toMatch(/^press-reader draft: \d+ paragraphs, \d+ sections?, \d+ people, \d+ quotes \(\d+ attributed with confidence, \d+ to check(, \d+ left out)?\), \d+ exchanges?, \d+ questions/);
	});

	it('names each person once, with the names the text uses and a role from the text', () => {
		const article = parseArticle('draft.yaml', result.stdout).article!;
		const earnest = article.people.find((person) => person.name === 'Josh Earnest');
		expect(earnest?.role).toBe('White House press secretary');
		const indyk = article.people.filter((person) => person.name.endsWith('Indyk'));
		expect(indyk).toHaveLength(1);
		expect(indyk[0]!.aliases).toContain('Indyk');
	});

	it('marks what to check with a comment saying why', () => {
		expect(result.stdout).toMatch(/# check: title drafted from the words this section uses most/);
	});

	it('drafts an article saved as bare HTML, with no <html> or <body> around it', () => {
		// Readability's own output for a saved page: the article's markup alone, as copied out of a page.
		const fragment = runCli(['draft', 'test/fixtures/draft/pages/npr-roof/expected.html']);
		expect(fragment.stderr).toMatch(/^press-reader draft: \d+ paragraphs/);
		expect(fragment.status).toBe(0);
		expect(parseArticle('fragment.yaml', fragment.stdout).problems).toEqual([]);
	});
});

describe('a fresh draft works at once', () => {
	const drafted = path.join(scratch, 'fresh.yaml');

	beforeAll(() => {
		expect(runCli(['draft', text, '--out', drafted]).status).toBe(0);
	});

	it('reads as plain text, presents and prints its quiz', () => {
		expect(runCli([drafted]).stdout).toContain('“So you’ve searched it already,” Mr Johnson replied.');
		expect(runCli(['present', drafted]).status).toBe(0);
		const quiz = runCli(['quiz', drafted]);
		expect(quiz.status).toBe(0);
		expect(quiz.stderr).toBe('');
		expect(quiz.stdout).toMatch(/Who said/);
	});

	it('answers a scripted quiz', () => {
		const count = parseArticle(drafted, readFileSync(drafted, 'utf8')).article!.quiz.length;
		const answers = Array.from({length: count}, () => 'A').join(',');
		const quiz = runCli(['quiz', drafted, '--answers', answers, '--json', '--no-save']);
		expect(quiz.status).toBe(0);
		expect((JSON.parse(quiz.stdout) as {total: number}).total).toBe(count);
	});

	it('refuses to replace the file without --force, and replaces it with it', () => {
		const refused = runCli(['draft', text, '--out', drafted]);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toBe(`press-reader: ${drafted} exists; add --force to replace it\n`);
		writeFileSync(drafted, 'kept');
		expect(runCli(['draft', text, '--out', drafted, '--force']).status).toBe(0);
		expect(readFileSync(drafted, 'utf8')).toMatch(/^# yaml-language-server/);
	});

	it('refuses --out naming a folder, with or without --force, and leaves the folder as it was', () => {
		const folder = mkdtempSync(path.join(scratch, 'folder-'));
		for (const force of [[], ['--force']]) {
			const result = runCli(['draft', text, '--out', folder, ...force]);
			expect(result.status).toBe(2);
			expect(result.stderr).toBe(`press-reader: --out ${folder} is a folder; give a file name\n`);
			expect(readdirSync(folder)).toEqual([]);
		}
	});
});

describe('press-reader draft on plain text', () => {
	it('reads stdin for "-": paragraphs at blank lines, hard-wrapped lines joined, the first line as headline', () => {
		const input = 'Mayor opens the bridge\n\nThe mayor said the bridge\nwould open in May.\n\n“It is finished,” the mayor said.\n';
		const result = runCli(['draft', '-'], {input});
		expect(result.status).toBe(0);
		const article = parseArticle('stdin.yaml', result.stdout).article!;
		expect(article.headline).toBe('Mayor opens the bridge');
		expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The mayor said the bridge would open in May.', '“It is finished,” the mayor said.']);
	});

	it('reads a page saved as UTF-8 whose <meta> wrongly says UTF-16, as browsers do', () => {
		const html = readFileSync(page, 'utf8').replace(/<meta charset="utf-8"\/>/i, '<meta charset="utf-16">');
		expect(html).toContain('<meta charset="utf-16">');
		const result = runCli(['draft', file('says-utf16.html', html)]);
		expect(result.stderr).not.toContain('no article');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('headline:');
	});

	it('reads a text in Windows-1252 with no charset said (Notepad’s “ANSI”), as a browser would, accents kept', () => {
		const input = 'Café owner opens\n\nThe café owner, Renée Dupré, said the doors would open on Tuesday.\n';
		const result = runCli(['draft', file('ansi.txt', Buffer.from(input, 'latin1'))]);
		expect(result.status).toBe(0);
		const article = parseArticle('ansi.yaml', result.stdout).article!;
		expect(article.headline).toBe('Café owner opens');
		expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The café owner, Renée Dupré, said the doors would open on Tuesday.']);
	});

	it('reads a text saved as UTF-16 with its byte-order mark (Notepad’s “Unicode”), little- or big-endian', () => {
		const input = 'Mayor opens the bridge\n\n“It is finished,” the mayor said.\n';
		const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(input, 'utf16le')]);
		const big = Buffer.from(little.subarray(2)).swap16();
		for (const [name, bytes] of [['little.txt', little], ['big.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), big])]] as const) {
			const result = runCli(['draft', file(name, bytes)]);
			expect(result.stderr, name).not.toContain('not text');
			expect(result.status, name).toBe(0);
			expect(parseArticle('utf16.yaml', result.stdout).article!.paragraphs.map((paragraph) => paragraph.text)).toEqual(['“It is finished,” the mayor said.']);
		}
	});
});

describe('bad input: one line, exit 2, nothing written', () => {
	const out = path.join(scratch, 'never.yaml');
	const cases: Array<[string, string[], RegExp, string?]> = [
		['a missing file', ['draft', 'no/such.html', '--out', out], /^no\/such\.html: cannot read: no such file\n$/],
		['a binary file', ['draft', file('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]))], /image\.html: not text \(a binary file\?\)\n$/],
		['an empty text', ['draft', file('empty.txt', '  \n\n ')], /empty\.txt: is empty\n$/],
		['a page with no article', ['draft', file('nav.html', '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>')], /nav\.html: no article (text )?found in the page\n$/],
		['no source at all', ['draft'], /^press-reader: draft needs a SOURCE/],
		['a named pipe, which would wait for a writer for ever', ['draft', fifo('pipe.html'), '--out', out], /pipe\.html: cannot read: it is a named pipe, not a regular file/],
		['a device that never ends', ['draft', '/dev/zero', '--out', out], /^\/dev\/zero: cannot read: it is a character device, not a regular file\n$/],
		['text with no markup at all, given as a page', ['draft', file('bare.html', 'just a few words'), '--out', out], /bare\.html: no article found in the page\n$/],
		['a page nested 3,000 elements deep', ['draft', file('deep.html', `<html><body>${'<div>'.repeat(3000)}<p>“Yes,” said Ann Smith.</p>${'</div>'.repeat(3000)}</body></html>`), '--out', out], /deep\.html: its elements are nested more than 200 deep, which no article page is\n$/],
	];
	for (const [name, args, message] of cases) {
		it(`refuses ${name}`, () => {
			const result = runCli(args);
			expect(result.status).toBe(2);
			expect(result.stderr).toMatch(message);
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
			expect(result.stdout).toBe('');
			expect(existsSync(out)).toBe(false);
		});
	}
});

describe('hostile input that used to take minutes', () => {
	it('stops reading standard input that never ends (/dev/zero) at the limit', () => {
		const zero = openSync('/dev/zero', 'r');
		const result = spawnSync(process.execPath, ['dist/cli.js', 'draft', '-'], {stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 15_000});
		closeSync(zero);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('stdin: cannot read: more than the 20 MB a source may have\n');
	});

	it('drafts a page with 200,000 unclosed <script> tags', () => {
		const result = runCli(['draft', file('scripts.html', `<html><body><article><p>“It is finished,” said Ann Smith, the mayor.</p><p>The bridge opened in May.</p>${'<script>'.repeat(200_000)}</article></body></html>`)]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('It is finished,');
	});
});

describe('press-reader draft on a URL', () => {
	let server: Server;
	let base: string;
	const html = readFileSync(page, 'utf8');

	beforeAll(async () => {
		server = createServer((request, response) => {
			if (request.url === '/article') {
				response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
				response.end(html);
			} else if (request.url === '/image') {
				response.writeHead(200, {'content-type': 'image/png'});
				response.end(Buffer.from([0x89, 0x50]));
			} else if (request.url === '/hostile-status') {
				// A status text and a content type that would turn a terminal red, and retitle it.
				response.socket!.end('HTTP/1.1 500 Oops\x1b[31m\r\ncontent-length: 0\r\n\r\n');
			} else if (request.url === '/hostile-type') {
				response.socket!.end('HTTP/1.1 200 OK\r\ncontent-type: image/png\x1b]0;pwned\x07\r\ncontent-length: 0\r\n\r\n');
			} else if (request.url === '/huge') {
				response.writeHead(200, {'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024)});
				response.end();
			} else {
				response.writeHead(404);
				response.end();
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address() as {port: number};
		base = `http://127.0.0.1:${address.port}`;
	});

	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('fetches the page and drafts it as a saved one', async () => {
		const result = await runAsync(['draft', `${base}/article`]);
		expect(result.status).toBe(0);
		expect(parseArticle('url.yaml', result.stdout).problems).toEqual([]);
		expect(result.stdout).toContain(`Drafted by press-reader draft from ${base}/article`);
	});

	it('refuses a page that is not there, one that is not HTML or text, and one too large', async () => {
		const missing = await runAsync(['draft', `${base}/gone`]);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toBe(`${base}/gone: cannot fetch: HTTP 404 Not Found\n`);
		const image = await runAsync(['draft', `${base}/image`]);
		expect(image.status).toBe(2);
		expect(image.stderr).toBe(`${base}/image: not a web page or text (content-type image/png)\n`);
		const huge = await runAsync(['draft', `${base}/huge`]);
		expect(huge.status).toBe(2);
		expect(huge.stderr).toBe(`${base}/huge: too large (over 20 MB)\n`);
	});

	it('shows a server’s status text and content type with their control characters escaped, so they cannot act on the terminal', async () => {
		const status = await runAsync(['draft', `${base}/hostile-status`]);
		expect(status.status).toBe(2);
		expect(status.stderr).toBe(`${base}/hostile-status: cannot fetch: HTTP 500 Oops\\u001b[31m\n`);
		const type = await runAsync(['draft', `${base}/hostile-type`]);
		expect(type.status).toBe(2);
		expect(type.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
		expect(type.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses a server that does not answer', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as {port: number}).port;
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		const result = await runAsync(['draft', `http://127.0.0.1:${port}/`]);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/: cannot fetch: .*ECONNREFUSED.*\\n$`));
	});
});
