// End-to-end tests run the built CLI, so build it once before any test file runs.
import {execFileSync} from 'node:child_process';

export default function setup() {
	execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'inherit'});
}
