import {spawnSync} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {articleJsonSchema} from '../src/content/schema.js';
import type {articleToJson} from '../src/export/json.js';
import {runCli} from './helpers/cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-cli-'));
function contentFile(name: string, text: string): string {
	const file = path.join(scratch, name);
	writeFileSync(file, text);
	return file;
}
const original = readFileSync('content/johnson-lavrov-2017.txt', 'utf8');
const originalParagraphs = original.split(/\n{2,}/).slice(2).filter((block) => block !== 'Common ground');

describe('press-reader validate', () => {
	it('exits 0 and says the bundled article is sound', () => {
		const result = runCli(['validate']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/johnson-lavrov-2017\.yaml: sound — 4 sections, 14 paragraphs, 13 quotes, 3 exchanges, \d+ questions/);
	});

	it('exits 2 with one line for a missing file', () => {
		const result = runCli(['validate', 'no/such.yaml']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('no/such.yaml: cannot read: no such file\n');
	});

	it('reads every argument after -- as a file, even one named like an option', () => {
		const file = contentFile('--answers', readFileSync('test/fixtures/minimal.yaml', 'utf8'));
		const named = path.join(path.dirname(file), '-x.yaml');
		writeFileSync(named, readFileSync('test/fixtures/minimal.yaml', 'utf8'));
		const cwd = path.dirname(file);
		for (const name of ['--answers', '-x.yaml']) {
			const result = runCli(['validate', '--', name], {cwd});
			expect(result.stderr, name).toBe('');
			expect(result.stdout, name).toMatch(new RegExp(`^${name}: sound — `));
		}
	});

	it('says the file name is empty rather than naming no file, for every command that reads one', () => {
		for (const args of [[''], ['validate', ''], ['quiz', '', '--answers', 'a'], ['draft', '']]) {
			const result = runCli(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr, args.join(' ')).toBe('press-reader: the file name is empty; give a file, or - to read standard input\n');
		}
	});

	it('names a file whose name holds a line break or an escape on one line, those characters shown escaped', () => {
		const result = runCli(['validate', 'no/such\nfile\x1b[31m.yaml']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('no/such\\u000afile\\u001b[31m.yaml: cannot read: no such file\n');
	});

	it('lists the problems that keep the reader from opening a file one to a line, as validate does', () => {
		const file = contentFile('two-problems.yaml', 'id: x\nheadline: h\nbody:\n  - {id: p1, text: hi, zz: 1}\nsections:\n  - {id: s, title: t, blocks: [p1, p9]}\n');
		const result = runCli([file]);
		expect(result.status).toBe(1);
		expect(result.stderr.split('\n')).toEqual([
			`${file}:4:28 body[0].zz: unknown field "zz"`,
			`${file}:6:36 sections[0].blocks[1]: no body block has id "p9"`,
			`${file}: 2 problems; fix them and check with: press-reader validate ${file}`,
			'',
		]);
	});

	it('exits 2 with file:line:col for invalid YAML', () => {
		const file = contentFile('broken.yaml', 'id: x\nheadline: [unclosed\nbody:\n');
		const result = runCli(['validate', file]);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(new RegExp(`^${file}:\\d+:\\d+: invalid YAML: .+\\n$`));
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('exits 1 listing every schema problem at its line, without a stack trace', () => {
		const file = contentFile('schema.yaml', 'id: x\nheadline: 42\nbody: []\nsections: []\nextra: 1\n');
		const result = runCli(['validate', file]);
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toEqual([
			`${file}:2:11 headline: must be text; it is a whole number (42)`,
			`${file}:3:7 body: must have at least 1 item`,
			`${file}:4:11 sections: must have at least 1 item`,
			`${file}:5:8 extra: unknown field "extra"`,
			`${file}: 4 problems`,
		]);
	});

	it('says what an article is when a file holds something else', () => {
		const result = runCli(['validate', contentFile('list.yaml', '- a\n- b\n')]);
		expect(result.status).toBe(1);
		expect(result.stderr.split('\n')[0]).toMatch(/list\.yaml:1:1 an article is a mapping of fields \(id, headline, body, sections, …\); this file holds a list$/);
	});

	it('reports a changed fact through the question that relied on it', () => {
		const yaml = readFileSync('content/johnson-lavrov-2017.yaml', 'utf8').replace('      300 Bentleys in the country', '      400 Bentleys in the country');
		const result = runCli(['validate', contentFile('bentleys.yaml', yaml)]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('question q-bentleys: evidence "as well as sales of 300 Bentleys in the country" is not in p11');
	});
});

describe('press-reader export', () => {
	it('--format json gives the documented model', () => {
		const result = runCli(['export', '--format', 'json']);
		expect(result.status).toBe(0);
		const model = JSON.parse(result.stdout) as ReturnType<typeof articleToJson>;
		expect(model).toMatchObject({headline: expect.any(String), standfirst: expect.any(String), rights: 'Copyright The Financial Times Limited 2017'});
		expect(model.sections[0]).toMatchObject({id: 'interference', title: 'Interference', notes: expect.any(String)});
		expect(model.sections.flatMap((section: {paragraphs: Array<{text: string}>}) => section.paragraphs.map((paragraph) => paragraph.text))).toHaveLength(14);
		expect(model.people[0]).toMatchObject({id: 'johnson', name: 'Boris Johnson'});
		expect(model.quotes.find((quote: {kind: string}) => quote.kind === 'scare')).toMatchObject({speakerId: null, text: 'terrible'});
		expect(model.exchanges[0]!.turns[0]).toEqual(expect.objectContaining({speakerId: 'lavrov', reported: false, text: expect.stringMatching(/^He’s afraid/)}));
		const question = model.quiz[0]!;
		expect(question).toMatchObject({id: expect.any(String), question: expect.any(String), answer: expect.any(Number), explanation: expect.any(String)});
		expect(question.options.length).toBeGreaterThanOrEqual(3);
		expect(question.evidence[0]).toEqual({paragraphId: expect.any(String), text: expect.any(String)});
	});

	it('--format text gives the whole article, wrapped, with the copyright last', () => {
		const result = runCli(['export', '--format', 'text', '--width', '60']);
		expect(result.status).toBe(0);
		for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
		const unwrapped = result.stdout.replace(/\n(?!\n)/g, ' ');
		for (const paragraph of originalParagraphs.slice(0, -1)) expect(unwrapped).toContain(paragraph);
		expect(result.stdout.trim().endsWith('Copyright The Financial Times Limited 2017')).toBe(true);
	});

	it('refuses a file with problems, exit 1, one line each', () => {
		const result = runCli(['export', contentFile('bad.yaml', 'id: x\n'), '--format', 'json']);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')[0]).toMatch(/bad\.yaml:1:1 headline: required field is missing/);
	});
});

describe('press-reader with stdout not a terminal', () => {
	it('prints the article as plain text and exits 0', () => {
		const result = runCli([]);
		expect(result.status).toBe(0);
		const unwrapped = result.stdout.replace(/\n(?!\n)/g, ' ');
		expect(originalParagraphs).toHaveLength(14);
		for (const paragraph of originalParagraphs.slice(0, -1)) expect(unwrapped).toContain(paragraph);
		expect(unwrapped).toContain('“So you’ve searched it already,” Mr Johnson replied.');
	});

	it('prints a quiz with no questions as one line saying so, with no empty answer key', () => {
		// The minimal article without its facts and quiz: everything from "facts:" on.
		const minimal = readFileSync('test/fixtures/minimal.yaml', 'utf8');
		const result = runCli(['quiz', contentFile('no-quiz.yaml', minimal.slice(0, minimal.indexOf('\nfacts:') + 1))]);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe('Quiz: Mayor says bridge is ‘nearly’ finished\n\nThis article has no quiz questions.\n');
	});

	it('rejects an unknown flag with a one-line error', () => {
		const result = runCli(['--colour']);
		expect(result.status).not.toBe(0);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('output that cannot be written', () => {
	it('says so in one line with exit code 74 when the device is full', () => {
		for (const args of [['export', '--format', 'json'], ['validate'], ['--print']]) {
			const full = openSync('/dev/full', 'w');
			const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 15_000});
			closeSync(full);
			expect([result.status, result.stderr], args.join(' ')).toEqual([74, 'press-reader: cannot write the output: no space left on the device\n']);
		}
	});
});

describe('the shipped JSON Schema', () => {
	it('is the one generated from the loader\'s definition (run `npm run schema` after changing it)', () => {
		expect(JSON.parse(readFileSync('schema/press-reader.schema.json', 'utf8')) as unknown).toEqual(articleJsonSchema());
	});
});

describe('options on the command line', () => {
	it('refuses an option the command does not take, naming the command it is for', () => {
		const result = runCli(['present', '--answers', 'B']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('press-reader: --answers is not an option of present (it is for quiz)\n');
		expect(runCli(['validate', '--width', '40']).stderr).toBe('press-reader: --width is not an option of validate (it is for reading, quiz, present, notes, export)\n');
	});

	it('refuses an option given without its value instead of using its default', () => {
		for (const args of [['export', '--format'], ['quiz', '--seed', '--answers', 'A'], ['--width']]) {
			const result = runCli(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr).toMatch(/^press-reader: --\w+ needs a value \(see press-reader --help\)\n$/);
			expect(result.stdout).toBe('');
		}
		for (const seed of ['-1', '4294967296', '99999999999999999999', '1e308', '1.5']) expect(runCli(['quiz', '--seed', seed]).stderr, seed).toBe('press-reader: --seed takes a whole number from 0 to 4294967295\n');
	});

	it('refuses an option given an empty value (--seed=, --width "") instead of taking it as 0', () => {
		for (const args of [['quiz', '--seed='], ['quiz', '--seed', ''], ['--width='], ['--width', ' '], ['draft', 'x.txt', '--out=']]) {
			const result = runCli(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr, args.join(' ')).toMatch(/^press-reader: --[\w-]+ needs a value \(see press-reader --help\)\n$/);
			expect(result.stdout).toBe('');
		}
	});

	it('prints the help text once, without repeating its description', () => {
		const result = runCli(['--help']);
		expect(result.stdout.match(/Read, stage and quiz a news article in the terminal/g)).toHaveLength(1);
	});

	it('names the values an option takes when given another, in the words of the other errors', () => {
		const result = runCli(['export', '--format', 'pdf']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('press-reader: --format takes json, text, markdown or html, not "pdf"\n');
		expect(runCli(['--theme=blue']).stderr).toBe('press-reader: --theme takes dark or light, not "blue"\n');
	});

	it('prints the help text for "press-reader help" and -h, as for --help', () => {
		const help = runCli(['--help']).stdout;
		for (const args of [['help'], ['-h'], ['quiz', '-h']]) {
			const result = runCli(args);
			expect(result.status, args.join(' ')).toBe(0);
			expect(result.stdout, args.join(' ')).toBe(help);
		}
	});

	it('says a mistyped command is neither a command nor a file, and suggests the command', () => {
		const result = runCli(['qiuz']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('press-reader: "qiuz" is neither a command nor a file; did you mean press-reader quiz? (see press-reader --help)\n');
		expect(runCli(['frobnicate']).stderr).toBe('press-reader: "frobnicate" is neither a command nor a file (see press-reader --help)\n');
		// A missing file still reads as one.
		expect(runCli(['talk.yaml']).stderr).toBe('talk.yaml: cannot read: no such file\n');
	});

	it('gives --width the default it has: the terminal\'s width up to 100, or 80 when piped', () => {
		expect(runCli(['--help']).stdout).toContain('--width N           wrap plain text at N columns (0: do not wrap; default: terminal up to 100, or 80)');
		const lines = runCli([]).stdout.split('\n');
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
	});

	it('wraps the printed speaker notes at --width', () => {
		const result = runCli(['notes', '--width', '40']);
		expect(result.status).toBe(0);
		for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
	});
});
