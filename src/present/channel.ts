// The local channel between `present` (the audience screen) and `notes` (the speaker view): a
// Unix domain socket in the user's runtime directory, readable by that user alone, one socket per
// session so two presentations never cross-talk. Messages are newline-delimited JSON, checked
// against a schema; malformed or oversized ones are dropped, never fatal.
import {createHash} from 'node:crypto';
import {statSync, chmodSync, unlinkSync, lstatSync, linkSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {ensureDirectory, isFolder} from '../files/directory.js';

/** Longest message line, in characters (UTF-16 code units, as the socket is read as text). */
export const maxMessageLength = 16 * 1024;

export type StateMessage = import('./schemas.js').StateMessage;
export type CommandMessage = import('./schemas.js').CommandMessage;
export type RoomMessage = import('./schemas.js').RoomMessage;

// The schemas need zod, which is slow to load: they are loaded once a peer connects, after the
// first screen is up, and messages are checked in the order they came.
let schemas: Promise<typeof import('./schemas.js')> | null = null;
const loadSchemas = () => (schemas ??= import('./schemas.js'));

/** Splits a byte stream into lines; a line longer than the limit is thrown away whole. */
export class LineReader {
	private buffer = '';
	private discarding = false;

	constructor(private readonly onLine: (line: string) => void) {}

	push(chunk: string) {
		let rest = chunk;
		for (;;) {
			const newline = rest.indexOf('\n');
			if (newline === -1) break;
			const line = this.buffer + rest.slice(0, newline);
			rest = rest.slice(newline + 1);
			this.buffer = '';
			if (this.discarding) this.discarding = false;
			else if (line.length <= maxMessageLength) this.onLine(line);
		}
		if (this.discarding) return;
		this.buffer += rest;
		if (this.buffer.length > maxMessageLength) {
			this.buffer = '';
			this.discarding = true;
		}
	}
}

/** Checks messages against a schema in arrival order; anything malformed is dropped. */
function orderedParser<T>(pick: (module: typeof import('./schemas.js')) => import('zod').ZodType<T>, deliver: (message: T) => void): (line: string) => void {
	let queue = Promise.resolve();
	return (line) => {
		queue = queue
			.then(async () => {
				const module = await loadSchemas();
				const message = module.parseMessage(pick(module), line);
				if (message !== null) deliver(message);
			})
			// A message whose handling fails is dropped like a malformed one: the messages after it
			// still arrive, and the rejection does not end the program.
			.catch(() => {});
	};
}

export class ChannelError extends Error {}

/** A private folder for sockets: $XDG_RUNTIME_DIR/press-reader, or one in the temp folder named for the user. */
export function runtimeDirectory(): string {
	const base = process.env['XDG_RUNTIME_DIR'];
	const uid = process.getuid?.() ?? 0;
	const directory = base && isFolder(base) ? path.join(base, 'press-reader') : path.join(os.tmpdir(), `press-reader-${uid}`);
	ensureDirectory(directory, 0o700);
	const info = lstatSync(directory);
	if (!info.isDirectory() || (process.getuid !== undefined && info.uid !== uid)) {
		throw new ChannelError(`${directory} is not a folder of yours; refusing to use it for the presenter channel`);
	}
	if ((info.mode & 0o077) !== 0) chmodSync(directory, 0o700);
	return directory;
}


export function sessionName(value: string): string {
	// Cut to length before trimming hyphens: a cut can leave one at the end.
	const name = value.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 60).replace(/^-+|-+$/g, '');
	return name === '' ? 'default' : name;
}

/** Bytes a socket's path may take: its address holds 104 on macOS, 108 on Linux, the closing NUL included. */
export const maxSocketPath = 103;

export function socketPath(session: string): string {
	const directory = runtimeDirectory();
	const name = sessionName(session);
	const whole = path.join(directory, `${name}.sock`);
	if (Buffer.byteLength(whole) <= maxSocketPath) return whole;
	// A longer path is cut short when connecting, so the speaker view would never reach the
	// presenter (and a second presenter would take the live one's socket for a stale one): the
	// name is shortened to its start and a digest of it, which both sides work out the same.
	const digest = `${createHash('sha256').update(name).digest('hex').slice(0, 12)}.sock`;
	const room = maxSocketPath - Buffer.byteLength(path.join(directory, digest));
	if (room < 0) throw new ChannelError(`${directory} is too long a folder for the presenter channel's socket (at most ${maxSocketPath - 1 - digest.length} bytes); set XDG_RUNTIME_DIR to a shorter folder`);
	// The name is ASCII (sessionName): a character is a byte. One byte goes to the hyphen before the digest.
	const start = name.slice(0, Math.max(0, room - 1)).replace(/-+$/, '');
	return path.join(directory, start === '' ? digest : `${start}-${digest}`);
}

// To a peer that has gone, the line is lost either way, with no check needed: Node drops a write to
// a destroyed socket, and turns one after the peer's end into an error that the socket's handler
// swallows.
function send(socket: net.Socket, message: unknown) {
	socket.write(`${JSON.stringify(message)}\n`);
}

/** Sockets this process has opened, for a name of each its own while it is linked into place. */
let madeHere = 0;

/** The audience side: listens, sends its state to every speaker view, takes their commands. */
export class PresenterChannel {
	private readonly clients = new Set<net.Socket>();
	private server: net.Server | null = null;
	private last: StateMessage | null = null;
	/** The socket file this presenter made (inode and change time: an inode number is reused once
	 * freed): on closing, a file another presenter made since is left alone. */
	private made: string | null = null;

	constructor(
		readonly file: string,
		private readonly onCommand: (command: CommandMessage) => void,
	) {}

	async open(): Promise<void> {
		const server = net.createServer((socket) => this.accept(socket));
		// Made under a name of its own, then linked into place: a link fails when the name is taken,
		// so of two presenters starting at once one gets it; and Node unlinks the name a server
		// listened on when it closes, which is then this one, never the name another presenter holds.
		// Short, beside it: a socket's path has a length limit (~107 bytes).
		const own = path.join(path.dirname(this.file), `.${process.pid}-${++madeHere}`);
		// The error listener stays until one comes: after listening it only rejects a settled
		// promise, and keeps an error before the lasting listener below from being thrown.
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(own, resolve);
		});
		try {
			chmodSync(own, 0o600);
			await this.claim(own);
		} catch (error) {
			server.close();
			throw error;
		} finally {
			try {
				unlinkSync(own);
			} catch {
				// already gone
			}
		}
		// Taken once the extra name is gone: dropping a link changes the file's change time.
		this.made = identity(this.file);
		server.on('error', () => {});
		this.server = server;
	}

	/** Links the socket into place; a file there that nobody answers on is a crashed presenter's, replaced. */
	private async claim(own: string): Promise<void> {
		// Twice at most: a name taken again after a dead one was removed is another presenter's.
		for (let attempt = 0; ; attempt++) {
			try {
				linkSync(own, this.file);
				return;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			}
			if (attempt > 0 || (await isLive(this.file))) throw this.inUse();
			try {
				unlinkSync(this.file);
			} catch (error) {
				// Gone meanwhile is fine; anything else there (a folder) is not ours to clear.
				if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			}
		}
	}

	private inUse(): ChannelError {
		return new ChannelError(`another presentation is already running on ${this.file}; give this one its own --session NAME`);
	}

	private accept(socket: net.Socket) {
		this.clients.add(socket);
		socket.setEncoding('utf8');
		const reader = new LineReader(orderedParser((module) => module.commandMessageSchema, this.onCommand));
		socket.on('data', (chunk: string) => reader.push(chunk));
		// Node has destroyed a socket by the time it reports its error: this only keeps the error
		// from being thrown, which would end the presentation.
		socket.on('error', () => {});
		socket.on('close', () => this.clients.delete(socket));
		if (this.last !== null) send(socket, this.last);
	}

	publish(state: StateMessage) {
		this.last = state;
		for (const client of this.clients) send(client, state);
	}

	// Node unlinks the name the server listened on, which open() already dropped; the name in place
	// is removed only while it is still this presenter's: one refused, or replaced since, leaves the
	// other presentation's socket alone.
	close() {
		for (const client of this.clients) client.destroy();
		this.server?.close();
		this.server = null;
		try {
			if (identity(this.file) === this.made) unlinkSync(this.file);
		} catch {
			// already gone
		}
		this.made = null;
	}
}

function identity(file: string): string {
	const info = statSync(file, {bigint: true});
	return `${info.ino}:${info.ctimeNs}`;
}

function isLive(file: string): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = net.connect(file);
		probe.once('connect', () => {
			probe.destroy();
			resolve(true);
		});
		probe.once('error', () => resolve(false));
	});
}

export type NotesStatus = 'waiting' | 'connected';

/** The speaker side: connects, follows the presenter's state, reconnects when it goes away. */
export class NotesChannel {
	// The connection that is current: the only one whose loss is reported and retried. close() lets
	// go of it, so one it closed neither reports nor reconnects, even after open() made a new one.
	private socket: net.Socket | null = null;
	private retry: NodeJS.Timeout | undefined;

	constructor(
		readonly file: string,
		private readonly handlers: {onState: (state: StateMessage) => void; onStatus: (status: NotesStatus) => void},
		private readonly retryMs = 300,
	) {}

	open() {
		this.connect();
	}

	private connect() {
		const socket = net.connect(this.file);
		// Held from the start, not from 'connect', so that close() also ends an attempt still
		// connecting: otherwise it connected after all, reported it, and kept the process alive.
		this.socket = socket;
		socket.setEncoding('utf8');
		const reader = new LineReader(orderedParser((module) => module.stateMessageSchema, (state) => this.handlers.onState(state)));
		socket.on('connect', () => this.handlers.onStatus('connected'));
		socket.on('data', (chunk: string) => reader.push(chunk));
		socket.on('error', () => {});
		socket.on('close', () => {
			if (this.socket !== socket) return;
			this.socket = null;
			this.handlers.onStatus('waiting');
			this.retry = setTimeout(() => this.connect(), this.retryMs);
		});
	}

	send(command: CommandMessage) {
		if (this.socket !== null) send(this.socket, command);
	}

	close() {
		clearTimeout(this.retry);
		this.socket?.destroy();
		this.socket = null;
	}
}
