// Readability and the DOM (linkedom) are loaded by `draft` on a page and by nothing else: the
// built CLI is run with a module hook that records every file it loads.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';

const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-loading-'));
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

/** The built files a command loads. */
function loaded(name: string, args: string[], input = ''): string[] {
	const log = path.join(scratch, `${name}.log`);
	writeFileSync(log, '');
	const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, 'dist/cli.js', ...args], {
		encoding: 'utf8',
		input,
		env: {...process.env, PRESS_READER_LOADED: log, XDG_STATE_HOME: scratch},
	});
	expect(result.status, result.stderr).toBe(0);
	return readFileSync(log, 'utf8')
		.split('\n')
		.filter((url) => url.startsWith('file:') && url.includes('/dist/'))
		.map((url) => new URL(url).pathname);
}

// Readability's and linkedom's own words, which survive minification.
const isDomCode = (file: string) => /_grabArticle|_unwrapNoscriptImages|parseHTML|HTMLDocument/.test(readFileSync(file, 'utf8'));

describe('what each command loads', () => {
	it('draft on a saved page loads Readability and the DOM', () => {
		expect(loaded('draft-page', ['draft', 'test/fixtures/draft/pages/telegraph/source.html']).some(isDomCode)).toBe(true);
	});

	it('draft on plain text, reading, the quiz, present, validate and export never load them', () => {
		const runs: Array<[string, string[]]> = [
			['draft-text', ['draft', 'content/johnson-lavrov-2017.txt']],
			['read', []],
			['quiz', ['quiz']],
			['present', ['present']],
			['validate', ['validate']],
			['export', ['export', '--format', 'html']],
		];
		for (const [name, args] of runs) expect(loaded(name, args).filter(isDomCode), name).toEqual([]);
	});
});
