// The published package, as a user gets it: packed, installed into an empty folder without the
// network, and run through npx.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {PtySession} from '../helpers/pty.js';

let folder: string;
let files: string[];
const run = (args: string[], input = '') =>
	spawnSync('npx', ['--offline', '--no', '--', 'press-reader', ...args], {cwd: folder, encoding: 'utf8', input, env: {...process.env, XDG_STATE_HOME: folder, XDG_CACHE_HOME: folder}, timeout: 30_000});

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'press-reader-install-'));
	const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', folder], {encoding: 'utf8'})) as Array<{files: Array<{path: string}>; filename: string}>;
	if (packed === undefined) throw new Error('npm pack packed nothing');
	files = packed.files.map((file) => file.path);
	writeFileSync(path.join(folder, 'package.json'), JSON.stringify({name: 'empty', private: true}));
	execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(folder, packed.filename)], {cwd: folder, stdio: 'pipe'});
}, 60_000);

describe('the packed package', () => {
	it('ships only what runs: built code, the bundled article, the schema, README and licence', () => {
		for (const file of files) expect(file).toMatch(/^(dist\/.+|content\/[^/]+\.yaml|schema\/press-reader\.schema\.json|README\.md|LICENSE|package\.json)$/);
		expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'content/johnson-lavrov-2017.yaml', 'schema/press-reader.schema.json', 'README.md', 'LICENSE']));
	});

	it('installs with nothing else: no runtime dependencies', () => {
		const installed = readdirSync(path.join(folder, 'node_modules')).filter((name) => !name.startsWith('.'));
		expect(installed).toEqual(['press-reader']);
	});

	it('answers --version and --help', () => {
		const version = run(['--version']);
		expect(version.status).toBe(0);
		expect(version.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version);
		const help = run(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('press-reader present [file]');
	});

	it('validates, quizzes, presents and reads without a terminal', () => {
		expect(run(['validate']).stdout).toMatch(/sound — 4 sections, 14 paragraphs/);
		const answers = Array.from({length: 17}, () => 'A').join(',');
		const quiz = run(['quiz', '--answers', answers, '--seed', '3', '--json', '--no-save']);
		expect(quiz.status).toBe(0);
		expect((JSON.parse(quiz.stdout) as {total: number}).total).toBe(17);
		expect(run(['present']).stdout).toContain('“So you’ve searched it already,” Mr Johnson replied.');
		expect(run([]).stdout).toContain('Copyright The Financial Times Limited 2017');
	});

	it('opens the reader in a terminal through npx', async () => {
		const session = new PtySession(['--offline', '--no', 'press-reader'], {command: 'npx', cols: 100, rows: 30, cwd: folder, env: {XDG_STATE_HOME: folder}});
		try {
			await session.ready('1/4');
			session.write('q');
			expect((await session.exit()).exitCode).toBe(0);
		} finally {
			session.dispose();
		}
	});

	it('passes publint', () => {
		const result = spawnSync(path.resolve('node_modules/.bin/publint'), ['--strict'], {encoding: 'utf8'});
		expect(result.status).toBe(0);
		expect(`${result.stdout}${result.stderr}`).not.toMatch(/warning|error|suggestion/i);
	});
});

describe('the built entry', () => {
	/** Every file the entry loads before any dynamic import(): what --help and --version cost. */
	function staticGraph(entry: string): string[] {
		const seen = new Set<string>();
		const visit = (file: string) => {
			if (seen.has(file)) return;
			seen.add(file);
			const code = readFileSync(file, 'utf8');
			for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'](\.[^"']+)["']/g)) visit(path.resolve(path.dirname(file), match[1]!));
		};
		visit(path.resolve(entry));
		return [...seen];
	}

	it('loads neither Ink, React nor the parser before a command needs them', () => {
		const graph = staticGraph('dist/cli.js');
		const code = graph.map((file) => readFileSync(file, 'utf8')).join('\n');
		expect(code).not.toMatch(/react-reconciler|yoga|ink-root|toJSONSchema|Implicit keys need to be on a single line/);
		// esbuild splits code shared with later chunks into small files of its own; the start-up they
		// cost is measured by npm run bench. What matters here is what they hold, above.
		expect(graph.length).toBeLessThanOrEqual(10);
	});
});
