// "Checking big.yaml… 40%" on stderr while a long load runs, one line rewritten in place and
// cleared when done. Only on a terminal, and only once the work has taken long enough to notice
// (a cached or small article never shows it); nothing at all when stderr is piped.
import path from 'node:path';
import {isatty} from 'node:tty';

export interface ProgressStream {
	isTTY?: boolean;
	write(text: string): unknown;
}

export interface Progress {
	update: (fraction: number) => void;
	/** Clears the line, if one was shown. */
	done: () => void;
}

export interface ProgressOptions {
	/** Nothing is shown before this many milliseconds. */
	delay?: number;
	now?: () => number;
}

/**
 * stderr, made only when there is something to write: Node builds process.stderr on first use,
 * ~2 ms that the first screen should not pay for a progress line it will almost never show.
 */
export const stderrWhenNeeded: ProgressStream = {
	get isTTY() {
		return isatty(2);
	},
	write: (text: string) => process.stderr.write(text),
};

export function checkingProgress(file: string, stream: ProgressStream = stderrWhenNeeded, {delay = 200, now = () => performance.now()}: ProgressOptions = {}): Progress {
	if (!stream.isTTY) return {update: () => {}, done: () => {}};
	const started = now();
	const label = `Checking ${path.basename(file)}…`;
	let shown = -1;
	return {
		update: (fraction) => {
			if (now() - started < delay) return;
			const percent = Math.min(100, Math.max(0, Math.floor(fraction * 100)));
			if (percent === shown) return;
			shown = percent;
			stream.write(`\r${label} ${percent}%\x1b[K`);
		},
		done: () => {
			if (shown >= 0) stream.write('\r\x1b[K');
			shown = -1;
		},
	};
}
