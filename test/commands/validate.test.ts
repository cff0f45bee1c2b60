// validate on files that are not articles at all: every one is a one-line error and exit 2,
// never a hang, a stack trace or an internal error.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-validate-'));
const minimal = readFileSync('test/fixtures/minimal.yaml', 'utf8');

function expectOneLine(args: string[], line: string | RegExp, input?: string) {
	const result = runCli(args, {input});
	expect(result.status).toBe(2);
	expect(result.stdout).toBe('');
	const lines = result.stderr.split('\n').filter(Boolean);
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(typeof line === 'string' ? new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : line);
}

describe('press-reader validate on what is not a regular file', () => {
	it('a named pipe: refused at once (it used to hang)', () => {
		const pipe = path.join(scratch, 'pipe.yaml');
		execFileSync('mkfifo', [pipe]);
		expectOneLine(['validate', pipe], `${pipe}: cannot read: it is a named pipe, not a regular file (to read standard input, give - as the file)`);
	});

	it('/dev/zero: refused (it used to fail with "Invalid string length")', () => {
		expectOneLine(['validate', '/dev/zero'], '/dev/zero: cannot read: it is a character device, not a regular file');
	});

	it('a directory and a symbolic link loop: our own wording, no ELOOP', () => {
		expectOneLine(['validate', scratch], `${scratch}: cannot read: it is a directory, not a file`);
		const loop = path.join(scratch, 'loop');
		execFileSync('ln', ['-s', loop, loop]);
		expectOneLine(['validate', loop], `${loop}: cannot read: too many levels of symbolic links (a link that leads back to itself?)`);
	});

	it('the reader refuses them the same way, with exit 2', () => {
		const result = runCli(['/dev/zero']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('/dev/zero: cannot read: it is a character device, not a regular file\n');
	});
});

describe('press-reader validate - (standard input)', () => {
	it('checks what is piped in, named <stdin>', () => {
		const result = runCli(['validate', '-'], {input: minimal});
		expect(result.stdout).toBe('<stdin>: sound — 2 sections, 4 paragraphs, 3 quotes, 1 exchange, 3 questions\n');
		expect(result.status).toBe(0);
	});

	it('locates problems in it as <stdin>:line:col', () => {
		const result = runCli(['validate', '-'], {input: minimal.replace('    answer: 1\n', '    answer: 7\n')});
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^<stdin>:59:13 quiz\[1\]\.answer: question q-cost: the answer must be a whole number from 0 to 2 \(the index of the correct option among 3\); it is 7\n/);
	});

	it('reads standard input only when asked: without "-" the piped text is ignored', () => {
		const result = runCli(['validate'], {input: 'not: an article\n'});
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/johnson-lavrov-2017\.yaml: sound/);
	});
});

describe('press-reader validate on hostile YAML', () => {
	const file = (name: string, text: string) => {
		const target = path.join(scratch, name);
		writeFileSync(target, text);
		return target;
	};

	it('a "billion laughs" alias bomb is a located error, not an internal one (exit 70)', () => {
		const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (const [index, name] of [...'bcdefghi'].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`);
		const bomb = file('bomb.yaml', `${levels.join('\n')}\n`);
		expectOneLine(['validate', bomb], `${bomb}:2:8: invalid YAML: the aliases (*a and others) expand to too much data; write the values out instead of using & and *`);
	});

	it('deep nesting says so in our words, not "Maximum call stack size exceeded"', () => {
		const deep = file('deep.yaml', `id: x\nheadline: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
		expectOneLine(['validate', deep], new RegExp(`^${deep}:2:\\d+: invalid YAML: nested too deeply; an article needs only a few levels$`));
	});

	it('a second document is refused in our words, without yaml\'s hint to call parseAllDocuments', () => {
		const two = file('two.yaml', `${minimal}---\nid: other\n`);
		const line = minimal.split('\n').length;
		expectOneLine(['validate', two], `${two}:${line}:1: invalid YAML: a second YAML document starts here (after ---); an article is one document per file`);
	});

	it('tags such as !js/function or !!binary are refused, not silently read as text', () => {
		const tagged = file('tag.yaml', minimal.replace('id: test-bridge', 'id: !js/function "function () {}"'));
		expectOneLine(['validate', tagged], `${tagged}:2:5: invalid YAML: the tag !js/function is not allowed; an article holds only text, numbers, lists and mappings, with no tags`);
		const binary = file('binary.yaml', minimal.replace('id: test-bridge', 'id: !!binary aGVsbG8='));
		expectOneLine(['validate', binary], `${binary}:2:5: invalid YAML: the tag !!binary is not allowed; an article holds only text, numbers, lists and mappings, with no tags`);
	});
});
