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
		const entry = JSON.parse(readFileSync(path.join('dist/cache', entries[0]!), 'utf8')) as {article: {paragraphs: unknown[]}; problems: unknown[]};
		expect(entry.article.paragraphs).toHaveLength(14);
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
