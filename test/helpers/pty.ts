// Runs the built CLI in a real pseudo-terminal and reads the screen through a headless xterm.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

const {Terminal} = xterm;

export interface ExitStatus {
	exitCode: number;
	signal?: number;
}

export class PtySession {
	readonly terminal: InstanceType<typeof Terminal>;
	readonly exited: Promise<ExitStatus>;
	cursorVisible = true;
	private readonly process: pty.IPty;
	private pending = Promise.resolve();
	private watchers: Array<{check: () => boolean; resolve: (time: number) => void}> = [];
	/** Everything the program wrote, for byte counts. */
	output = '';
	/** Bytes written so far (UTF-8), for measuring what one key costs. */
	bytes = 0;

	/** Runs `node dist/cli.js ...args`, or `command ...args` when a command is given. */
	constructor(args: string[], {cols = 100, rows = 30, env = {}, command, cwd = process.cwd()}: {cols?: number; rows?: number; env?: Record<string, string>; command?: string; cwd?: string} = {}) {
		this.terminal = new Terminal({cols, rows, allowProposedApi: true});
		// Track cursor visibility (CSI ?25h / ?25l) without stopping xterm's own handling.
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, (params) => {
			if (params.includes(25)) this.cursorVisible = true;
			return false;
		});
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, (params) => {
			if (params.includes(25)) this.cursorVisible = false;
			return false;
		});
		const childEnv: Record<string, string> = {};
		for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'CI') childEnv[name] = value;
		Object.assign(childEnv, {TERM: 'xterm-256color', ...env});
		const [program, programArgs] = command === undefined ? [process.execPath, [path.resolve('dist/cli.js'), ...args]] : [command, args];
		this.process = pty.spawn(program, programArgs, {name: 'xterm-256color', cols, rows, cwd, env: childEnv});
		this.process.onData((data) => {
			this.output += data;
			this.bytes += Buffer.byteLength(data);
			this.pending = this.pending.then(
				() =>
					new Promise<void>((resolve) =>
						this.terminal.write(data, () => {
							this.checkWatchers();
							resolve();
						}),
					),
			);
		});
		this.exited = new Promise((resolve) => this.process.onExit(resolve));
	}

	private checkWatchers() {
		const now = performance.now();
		this.watchers = this.watchers.filter((watcher) => {
			if (!watcher.check()) return true;
			watcher.resolve(now);
			return false;
		});
	}

	/** Resolves with the time (performance.now) at which the screen first satisfies `check`, checked as each chunk is drawn. */
	when(check: () => boolean, timeout = 10_000): Promise<number> {
		if (check()) return Promise.resolve(performance.now());
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`timed out; screen:\n${this.screen()}`)), timeout);
			this.watchers.push({
				check,
				resolve: (time) => {
					clearTimeout(timer);
					resolve(time);
				},
			});
		});
	}

	get pid(): number {
		return this.process.pid;
	}

	get ptsName(): string {
		return (this.process as unknown as {ptsName: string}).ptsName;
	}

	lines(): string[] {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true, 0, this.terminal.cols) ?? '');
		}
		return lines;
	}

	screen(): string {
		return this.lines().join('\n');
	}

	get bufferType(): 'normal' | 'alternate' {
		return this.terminal.buffer.active.type;
	}

	async waitFor(expected: string | RegExp | (() => boolean), timeout = 8000): Promise<void> {
		const deadline = Date.now() + timeout;
		const met = () => (typeof expected === 'function' ? expected() : typeof expected === 'string' ? this.screen().includes(expected) : expected.test(this.screen()));
		while (Date.now() < deadline) {
			await this.pending;
			if (met()) return;
			await new Promise((resolve) => setTimeout(resolve, 15));
		}
		throw new Error(`timed out waiting for ${String(expected)}; screen:\n${this.screen()}`);
	}

	/** True while the terminal is in raw mode (no canonical line editing). */
	rawMode(): boolean {
		return / -icanon /.test(execFileSync('stty', ['-F', this.ptsName, '-a'], {encoding: 'utf8'}));
	}

	/** Keys sent before raw mode is on would be echoed: wait for it first. */
	async ready(text: string | RegExp): Promise<void> {
		await this.waitFor(text);
		await this.waitFor(() => this.rawMode());
	}

	write(data: string) {
		this.process.write(data);
	}

	resize(cols: number, rows: number) {
		this.terminal.resize(cols, rows);
		this.process.resize(cols, rows);
	}

	kill(signal: string) {
		this.process.kill(signal);
	}

	async exit(): Promise<ExitStatus> {
		const status = await this.exited;
		// node-pty may report the exit before the last output has been delivered: wait for quiet.
		for (let before = -1; before !== this.output.length; ) {
			before = this.output.length;
			await new Promise((resolve) => setTimeout(resolve, 40));
		}
		await this.pending;
		return status;
	}

	dispose() {
		try {
			// Peers in the bench may ignore SIGHUP; nothing is left running behind a test.
			this.process.kill('SIGKILL');
		} catch {
			// already gone
		}
		this.terminal.dispose();
	}
}
