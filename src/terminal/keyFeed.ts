// Ink's stdin: what the terminal sends, handed to Ink one key at a time.
//
// Ink turns each read into one input event, so several keys arriving in one read ("ll" typed
// fast, thirty spaces of key repeat, a paste, "\x03\x03") reached every handler as one unknown
// key. And handlers see the state of the render they were subscribed in: two keys handled before
// React re-subscribes them act on the same state (ink-select-input moved once for "Down Down").
// So this stream splits what arrives into keys, queues them, and releases the next one only when
// React has finished the work the last one caused.
//
// It reads the terminal from the moment it is created, before Ink has loaded: keys typed while
// the UI starts are kept for it. Ctrl+C jumps the queue, and with no UI listening yet it
// interrupts at once; Ctrl+Z suspends. Escape sequences Ink cannot name are dropped here: Ink 6.8
// crashes on one with Ctrl held (Ctrl+F1 is ESC [1;5P) and types the others into text prompts.
import {EventEmitter} from 'node:events';

/** Runs a task after the work React has already scheduled; set once the UI is listening. */
let afterReact: ((task: () => void) => void) | undefined;

// React's scheduler comes with the UI (Ink's renderer is built on it), so it is loaded when the UI
// first listens for keys, not before the first screen, which needs it for nothing.
async function loadScheduler(): Promise<void> {
	// Its exports as a whole (`default`): a bundle gives only those for a CommonJS module imported later.
	const {default: scheduler} = await import('scheduler');
	afterReact = (task) => scheduler.unstable_scheduleCallback(scheduler.unstable_LowPriority, task);
}

const escape = '\x1b';
export const ctrlC = '\x03';
export const ctrlZ = '\x1a';

/**
 * Splits terminal input into keys: an escape sequence (CSI, SS3, Alt+key) is one key, anything
 * else one character. What may be the start of a sequence is returned as `rest`.
 */
export function splitKeys(data: string): {keys: string[]; rest: string} {
	const keys: string[] = [];
	let index = 0;
	while (index < data.length) {
		if (data[index] !== escape) {
			const character = String.fromCodePoint(data.codePointAt(index)!);
			keys.push(character);
			index += character.length;
			continue;
		}
		const end = sequenceEnd(data, index);
		if (end === null) return {keys, rest: data.slice(index)};
		keys.push(data.slice(index, end));
		index = end;
	}
	return {keys, rest: ''};
}

/** Where the escape sequence starting at `start` ends, or null when it may still be arriving. */
function sequenceEnd(data: string, start: number): number | null {
	let index = start + 1;
	if (data[index] === escape) {
		// ESC ESC [ A: Alt with a cursor key, as some terminals send it; otherwise two Escapes.
		const after = data[index + 1];
		if (after === undefined) return null;
		if (after !== '[' && after !== 'O') return index;
		index++;
	}
	const kind = data[index];
	if (kind === undefined) return null;
	if (kind === '[') {
		index++;
		// Legacy function keys: ESC [ [ A.
		if (data[index] === '[') index++;
		while (index < data.length) {
			const code = data.charCodeAt(index);
			if (code >= 0x40 && code <= 0x7e) return index + 1;
			if (code < 0x20 || code > 0x3f) return index;
			index++;
		}
		return null;
	}
	if (kind === 'O') return index + 1 < data.length ? index + 2 : null;
	// Alt+key: ESC and one character.
	return index + String.fromCodePoint(data.codePointAt(index)!).length;
}

// The key codes Ink 6.8 names (its parse-keypress.js keyName table): ESC, then `[` or `O`, the
// number if any, and the final character, with the modifier left out.
const inkKeyCodes = new Set([
	'OP', 'OQ', 'OR', 'OS', '[11~', '[12~', '[13~', '[14~', '[[A', '[[B', '[[C', '[[D', '[[E', '[15~', '[17~', '[18~', '[19~', '[20~', '[21~', '[23~', '[24~',
	'[A', '[B', '[C', '[D', '[E', '[F', '[H', 'OA', 'OB', 'OC', 'OD', 'OE', 'OF', 'OH', '[1~', '[2~', '[3~', '[4~', '[5~', '[6~', '[[5~', '[[6~', '[7~', '[8~',
	'[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', 'Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^', '[Z',
]);

/**
 * Whether Ink reads this key as a key: anything but an escape sequence (CSI or SS3) whose code is
 * not in Ink's table, such as Ctrl+F1, a focus report, a mouse report or a paste marker.
 */
export function inkNamesKey(key: string): boolean {
	const body = key.replace(/^\x1b+/, '');
	if (body === key || (body[0] !== '[' && body[0] !== 'O')) return true;
	const parts = /^(O|\[\[|\[)(?:(\d+)(?:;\d+)?([~^$])|(?:1;)?\d*([a-zA-Z]))$/.exec(body);
	return parts !== null && inkKeyCodes.has(`${parts[1]}${parts[2] ?? ''}${parts[3] ?? ''}${parts[4] ?? ''}`);
}

interface Source {
	on(event: 'data', listener: (data: Buffer | string) => void): unknown;
	off(event: 'data', listener: (data: Buffer | string) => void): unknown;
	resume(): unknown;
	pause(): unknown;
	ref?(): unknown;
	unref?(): unknown;
}

/** How long a lone ESC waits for the rest of a sequence before it counts as the Escape key. */
const escapeWait = 30;

export class KeyFeed extends EventEmitter {
	readonly isTTY = true;
	private readonly queue: string[] = [];
	/** The key handed to Ink's next read. */
	private released: string | null = null;
	/** A key was handed over and the work it caused is not finished yet. */
	private busy = false;
	private partial = '';
	private partialTimer: NodeJS.Timeout | undefined;
	private idleWaiters: Array<() => void> = [];
	private closed = false;

	constructor(private readonly source: Source) {
		super();
		source.on('data', this.onData);
		source.resume();
		this.on('newListener', (event) => {
			if (event === 'readable') void loadScheduler().then(() => setImmediate(this.pump));
		});
	}

	private readonly onData = (data: Buffer | string) => {
		clearTimeout(this.partialTimer);
		const {keys, rest} = splitKeys(this.partial + data.toString());
		this.partial = rest;
		if (rest !== '') this.partialTimer = setTimeout(this.flushPartial, escapeWait);
		for (const key of keys) this.accept(key);
		this.pump();
	};

	private readonly flushPartial = () => {
		const key = this.partial;
		this.partial = '';
		if (key !== '') this.accept(key);
		this.pump();
	};

	private accept(typed: string) {
		if (!inkNamesKey(typed)) return;
		// Enter typed while the program loads, before raw mode, was turned into a line feed by the
		// terminal's line discipline (ICRNL); Ink would take it for Ctrl+J, which nothing binds.
		const key = typed === '\n' ? '\r' : typed;
		if (key === ctrlZ) {
			this.emit('suspend');
			return;
		}
		if (key === ctrlC) {
			// Whoever presses Ctrl+C wants out now, not after the keys typed before it.
			this.queue.length = 0;
			if (!this.listening()) {
				this.emit('interrupt');
				return;
			}
		}
		this.queue.push(key);
	}

	private listening(): boolean {
		return this.listenerCount('readable') > 0;
	}

	private readonly pump = () => {
		if (this.busy || this.closed || !this.listening() || afterReact === undefined) return;
		if (this.queue.length === 0) {
			for (const resolve of this.idleWaiters.splice(0)) resolve();
			return;
		}
		// Even a key after a quiet spell waits for the work React has already scheduled: a screen
		// that a message from elsewhere (the presenter, the room) has just drawn subscribes its key
		// handlers in effects that run after the frame is written, and a key handed over before
		// them met the handlers of the screen before. A low-priority task runs after that work.
		this.busy = true;
		afterReact(this.releaseNext);
	};

	private readonly releaseNext = () => {
		this.busy = false;
		if (this.closed || !this.listening()) return;
		const key = this.queue.shift();
		if (key === undefined) {
			for (const resolve of this.idleWaiters.splice(0)) resolve();
			return;
		}
		this.busy = true;
		this.released = key;
		this.emit('readable');
		this.released = null;
		// Ink parses a lone ESC on a later tick (setImmediate); let that run, then wait for every
		// render and effect the key caused, as for the first key.
		setImmediate(() => afterReact!(this.releaseNext));
	};

	/** Ink reads one key at a time. */
	read(): string | null {
		const key = this.released;
		this.released = null;
		return key;
	}

	/** Resolves once every key received so far has been handled. */
	idle(): Promise<void> {
		if (!this.busy && this.queue.length === 0 && this.partial === '') return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}

	/** Stops reading the terminal, so the process can exit. */
	close() {
		this.closed = true;
		clearTimeout(this.partialTimer);
		this.source.off('data', this.onData);
		this.source.pause();
		this.source.unref?.();
		for (const resolve of this.idleWaiters.splice(0)) resolve();
	}

	// The terminal session owns raw mode and encoding; Ink's calls change nothing.
	setRawMode(_enabled: boolean): this {
		return this;
	}

	setEncoding(_encoding: BufferEncoding): this {
		return this;
	}

	ref(): this {
		if (!this.closed) this.source.ref?.();
		return this;
	}

	unref(): this {
		this.source.unref?.();
		return this;
	}
}
