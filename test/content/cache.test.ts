import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';

// The built CLI keys its cache to the content code's version; running from source never caches.
describe('the checked-article cache', () => {
	it('ships the bundled article checked, so the first run does not parse it', () => {
		const entries = readdirSync('dist/cache');
		expect(entries).toHaveLength(1);
		const entry = JSON.parse(readFileSync(path.join('dist/cache', entries[0]!), 'utf8')) as {builtFrom: {source: {body: Array<{text?: string}>}}; problems: unknown[]};
		expect(entry.builtFrom.source.body.filter((block) => block.text !== undefined)).toHaveLength(14);
		expect(entry.problems).toEqual([]);
	});

	it('caches a user file and never serves a stale result after it changes', () => {
		const home = mkdtempSync(path.join(tmpdir(), 'press-reader-cache-'));
		const file = path.join(home, 'article.yaml');
		const source = readFileSync('test/fixtures/minimal.yaml', 'utf8');
		writeFileSync(file, source);
		const env = {XDG_CACHE_HOME: home};
		const first = runCli(['export', file, '--format', 'json'], {env});
		expect(first.status).toBe(0);
		expect(readdirSync(path.join(home, 'press-reader'))).toHaveLength(1);
		const again = runCli(['export', file, '--format', 'json'], {env});
		expect(again.stdout).toBe(first.stdout);

		writeFileSync(file, source.replace('would open in 12 weeks', 'would open in 14 weeks'));
		const changed = runCli(['quiz', file, '--no-save'], {env});
		expect(changed.stderr).toMatch(/fact f-weeks: "12 weeks" is not in p1 \(left out of the quiz\)/);
		expect(runCli([file], {env}).stdout).toContain('would open in 14 weeks');
	});
});

describe('validate and the cache', () => {
	const scratch = () => mkdtempSync(path.join(tmpdir(), 'press-reader-validate-cache-'));
	const source = readFileSync('test/fixtures/minimal.yaml', 'utf8');

	it('stores what it checked, and a second run reads it back rather than checking again', () => {
		const home = scratch();
		const file = path.join(home, 'article.yaml');
		writeFileSync(file, source);
		const env = {XDG_CACHE_HOME: home};
		const fresh = runCli(['validate', file], {env});
		const entries = readdirSync(path.join(home, 'press-reader'));
		expect(entries).toHaveLength(1);
		// Proof that the entry is read: a (hand-made) problem in it is what validate reports.
		const entryFile = path.join(home, 'press-reader', entries[0]!);
		const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as object;
		writeFileSync(entryFile, JSON.stringify({...entry, problems: [{path: ['id'], message: 'from the cache', line: 2, column: 5, scope: 'article'}], builtFrom: null}));
		const cached = runCli(['validate', file], {env});
		expect(fresh.status).toBe(0);
		expect(cached.stderr).toBe(`${file}:2:5 id: from the cache\n${file}: 1 problem\n`);
		expect(cached.status).toBe(1);
	});

	it('gives exactly what a fresh check gives, for a sound file and for one with problems', () => {
		for (const text of [source, source.replace('would open in 12 weeks', 'would open in 14 weeks').replace('  - id: p1\n', '  - id: p1\n    extra: 1\n')]) {
			const home = scratch();
			const file = path.join(home, 'article.yaml');
			writeFileSync(file, text);
			const env = {XDG_CACHE_HOME: home};
			const fresh = runCli(['validate', file], {env});
			expect(readdirSync(path.join(home, 'press-reader'))).toHaveLength(1);
			const cached = runCli(['validate', file], {env});
			expect(cached).toEqual(fresh);
			expect(`${fresh.stdout}${fresh.stderr}`).not.toBe('');
		}
	});
});
