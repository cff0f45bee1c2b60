import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Tests never touch the real quiz history: state goes to a fresh folder unless a test names one. */
const scratchState = mkdtempSync(path.join(tmpdir(), 'press-reader-test-state-'));

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the built CLI with no terminal attached, as a pipe or CI would. */
export function runCli(args: string[], options: {input?: string; env?: NodeJS.ProcessEnv; cwd?: string} = {}): CliResult {
	const result = spawnSync(process.execPath, [path.resolve('dist/cli.js'), ...args], {
		encoding: 'utf8',
		cwd: options.cwd,
		input: options.input ?? '',
		env: {...process.env, XDG_STATE_HOME: scratchState, ...options.env},
		timeout: 15_000,
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}
