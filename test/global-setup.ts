// End-to-end tests run the built CLI, so build it before any test file runs, when a source has
// changed since the last build: a second run at once (or npm start) would otherwise replace dist/
// under the CLI processes this one is running, which then fail to load their chunks. Every test's
// temporary files go into one folder (TMPDIR, inherited by workers and the processes they start),
// removed when the run ends; so do the caches and state the CLI keeps, which must never land in
// the home folder of whoever runs the tests.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export default function setup() {
	execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], {stdio: 'inherit'});
	const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-tests-'));
	process.env['TMPDIR'] = scratch;
	process.env['XDG_CACHE_HOME'] = path.join(scratch, 'cache');
	process.env['XDG_STATE_HOME'] = path.join(scratch, 'state');
	return () => rmSync(scratch, {recursive: true, force: true});
}
