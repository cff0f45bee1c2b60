// The network half of `press-reader join ADDRESS [CODE]`: connects to a room, joins with a name,
// keeps what the player sees as a PlayerView (src/room/playerView.ts, the same reducer the phone
// page draws from), and reconnects and resumes like the page does when the network drops.
//
//   const client = await joinRoom({address: '10.0.0.5:4242', code: '123456', name: 'Ann'});
//   client.on('change', (view) => draw(screenOf(view), view));
//   client.answer(2);            // false when no answer can be given now
//   await client.leave();        // or client.close() to just disconnect (resumable for 3 minutes)
//
// joinRoom rejects with a JoinError whose one-line message names the address or the code.
import WebSocket from 'ws';
import {closeCodes, frameText, parseServerMessage, protocolVersion, type ServerMessage} from './protocol.js';
import {cleanName} from './nickname.js';
import {canAnswer, initialView, playerView, type Ended, type PlayerView, type ViewEvent} from './playerView.js';

export class JoinError extends Error {
	/** The room's reason when it refused to let the player in ('bad-code', 'name-taken', 'locked', 'full'…). */
	constructor(
		message: string,
		readonly reason: string | null = null,
	) {
		super(message);
	}
}

export interface RoomAddress {
	/** "10.0.0.5:4242" or "[fe80::1]:4242", as the WebSocket is opened to it. */
	host: string;
	port: number;
	/** The code found in the address (?code=123456 or /123456), or null. */
	code: string | null;
}

/** Accepts "host:port", "http://host:port/", "http://host:port/?code=123456" and the QR form "HTTP://HOST:PORT/123456". */
export function parseRoomAddress(input: string): RoomAddress {
	const text = input.trim();
	let url: URL;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
	} catch {
		throw new JoinError(`"${input}" is not a room address; give it as host:port, e.g. 10.0.0.5:4242`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'ws:') throw new JoinError(`"${input}" is not a room address: rooms are served over http://`);
	if (url.port === '') throw new JoinError(`"${input}" has no port; give the address as host:port, e.g. 10.0.0.5:4242`);
	const code = /^\d{6}$/.exec(url.searchParams.get('code') ?? '')?.[0] ?? /^\/(\d{6})\/?$/.exec(url.pathname)?.[1] ?? null;
	return {host: url.host.toLowerCase(), port: Number(url.port), code};
}

export interface JoinOptions {
	address: string;
	/** The 6-digit code; taken from the address when it holds one. */
	code?: string;
	/** Blank for a generated name. */
	name: string;
	/** How long to wait for the room before giving up (default 8 s). */
	timeoutMs?: number;
	/** Source address for the connection (tests use several 127.0.0.x). */
	localAddress?: string;
	/** Gives up joining (the player quit while it connected): rejects with a JoinError and disconnects. */
	signal?: AbortSignal;
}

export interface RoomClient {
	readonly address: RoomAddress;
	readonly code: string;
	view(): PlayerView;
	on(event: 'change', listener: (view: PlayerView) => void): () => void;
	/** Sends an answer for the open question; false when none can be given now. */
	answer(option: number): boolean;
	/** Leaves the room for good (the name is freed). */
	leave(): Promise<void>;
	/** Drops the connection and resumes on a new one (after a suspend, or on the player's request). */
	reconnect(): void;
	/** Disconnects without leaving. */
	close(): void;
}

const backoffMs = [250, 500, 1000, 2000, 4000, 5000];
const pingMs = 10_000;
const silentMs = 25_000;
const endedCodes: Record<number, Ended> = {[closeCodes.roomClosed]: 'room-closed', [closeCodes.replaced]: 'replaced', [closeCodes.left]: 'left'};

function describe(error: Error & {code?: string}): string {
	switch (error.code) {
		case 'ECONNREFUSED':
			return 'connection refused (is the room open, and the port right?)';
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return 'no route to it (same network? venue Wi-Fi often keeps devices apart)';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'no such host';
		case 'ETIMEDOUT':
			return 'timed out';
		case 'ECONNRESET':
		case 'EPIPE':
			return 'it closed the connection (is it a press-reader room?)';
		default:
			// What answered is not a room: Node's HTTP parser (HPE_…) or ws (WS_ERR_…) name the breach.
			if (/^(HPE_|WS_ERR_)/.test(error.code ?? '')) return 'what answered is not a press-reader room';
			return error.code ?? error.message;
	}
}

export function joinRoom(options: JoinOptions): Promise<RoomClient> {
	const address = parseRoomAddress(options.address);
	const code = (options.code ?? address.code ?? '').trim();
	if (code === '') return Promise.reject(new JoinError(`no room code: give the 6-digit code after ${address.host}`));
	if (!/^\d{6}$/.test(code)) return Promise.reject(new JoinError(`the room code has 6 digits; "${code}" is not one`));
	const timeoutMs = options.timeoutMs ?? 8000;

	let view: PlayerView = initialView;
	const listeners = new Set<(view: PlayerView) => void>();
	let socket: WebSocket | null = null;
	let attempt = 0;
	let retryTimer: NodeJS.Timeout | undefined;
	let lastHeard = 0;
	let stopped = false;
	let settle: ((error: JoinError | null) => void) | null = null;
	// A resume sent and not answered yet; a join sent after one was refused, under the name the room gave.
	let resuming = false;
	let rejoining = false;
	let given: string | null = null;

	const dispatch = (event: ViewEvent) => {
		view = playerView(view, event);
		for (const listener of listeners) listener(view);
	};
	const send = (message: object) => {
		if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({v: protocolVersion, ...message}));
	};

	const heartbeat = setInterval(() => {
		if (socket?.readyState !== WebSocket.OPEN) return;
		if (Date.now() - lastHeard > silentMs) socket.terminate();
		else send({type: 'ping'});
	}, pingMs);
	heartbeat.unref();

	function stop(ended: Ended | null) {
		stopped = true;
		clearInterval(heartbeat);
		clearTimeout(retryTimer);
		if (ended !== null) dispatch({type: 'ended', ended});
	}

	function onMessage(message: ServerMessage) {
		if (message.type === 'pong') return;
		if (message.type === 'refused' && settle !== null) {
			const at = address.host;
			settle(new JoinError(message.reason === 'bad-code' ? `${code} is not the code of the room at ${at}` : `the room at ${at} did not let you in: ${message.message}`, message.reason));
			return;
		}
		if (message.type === 'welcome') {
			resuming = rejoining = false;
			given = message.name;
		}
		if (message.type === 'refused' && (resuming || rejoining)) return refusedBack(message);
		dispatch({type: 'message', message, now: Date.now()});
		if (message.type === 'state' && settle !== null) settle(null);
	}

	/**
	 * The room would not take the player back. Their place expired (or the room there is a new one):
	 * join afresh under the same name, as the page does, rather than wait, connected and in no game;
	 * refused that too, the place is lost. Too many attempts from here: try again with the backoff.
	 */
	function refusedBack(message: Extract<ServerMessage, {type: 'refused'}>) {
		const wasResuming = resuming;
		resuming = false;
		if (message.reason === 'rate-limited') return void socket?.close();
		if (wasResuming) {
			dispatch({type: 'message', message, now: Date.now()});
			rejoining = true;
			return send({type: 'join', code, name: given});
		}
		rejoining = false;
		stop('expired');
		socket?.close();
	}

	function connect() {
		if (stopped) return;
		dispatch({type: 'connecting'});
		const ws = new WebSocket(`ws://${address.host}/ws`, {handshakeTimeout: timeoutMs, maxPayload: 1024 * 1024, localAddress: options.localAddress});
		socket = ws;
		ws.on('open', () => {
			attempt = 0;
			lastHeard = Date.now();
			dispatch({type: 'open'});
			resuming = view.token !== null;
			rejoining = !resuming && given !== null;
			if (view.token !== null) send({type: 'resume', code, token: view.token});
			// Cleaned as the room will clean it: a --name longer than the protocol takes would
			// otherwise be dropped as malformed, unanswered, and the join would time out.
			else send({type: 'join', code, name: given ?? cleanName(options.name)});
		});
		ws.on('message', (data: WebSocket.RawData) => {
			lastHeard = Date.now();
			const message = parseServerMessage(frameText(data));
			if (message !== null) onMessage(message);
		});
		ws.on('ping', () => (lastHeard = Date.now()));
		ws.on('unexpected-response', (_request, response) => {
			settle?.(new JoinError(`${address.host} is not a press-reader room (HTTP ${response.statusCode ?? '?'})`));
			ws.terminate();
		});
		ws.on('error', (error: Error & {code?: string}) => settle?.(new JoinError(`cannot reach ${address.host}: ${describe(error)}`)));
		ws.on('close', (closeCode: number) => {
			if (socket !== ws) return;
			socket = null;
			const ended = endedCodes[closeCode];
			if (ended !== undefined) return stop(ended);
			if (stopped) return;
			dispatch({type: 'lost'});
			const delay = backoffMs[Math.min(attempt, backoffMs.length - 1)]! * (1 + Math.random() * 0.3);
			attempt++;
			retryTimer = setTimeout(connect, delay);
		});
	}

	const client: RoomClient = {
		address,
		code,
		view: () => view,
		on(_event, listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		answer(option) {
			const question = view.snapshot?.question;
			if (question == null || !canAnswer(view) || socket?.readyState !== WebSocket.OPEN) return false;
			dispatch({type: 'answer', option});
			send({type: 'answer', question: question.index, option});
			return true;
		},
		async leave() {
			const ws = socket;
			send({type: 'leave'});
			stop('left');
			if (ws === null) return;
			await new Promise<void>((resolve) => {
				const timer = setTimeout(() => {
					ws.terminate();
					resolve();
				}, 1000);
				ws.once('close', () => {
					clearTimeout(timer);
					resolve();
				});
			});
		},
		reconnect() {
			if (stopped) return;
			attempt = 0;
			if (socket !== null) socket.terminate();
			else {
				clearTimeout(retryTimer);
				connect();
			}
		},
		close() {
			stop(null);
			socket?.terminate();
			socket = null;
		},
	};

	return new Promise<RoomClient>((resolve, rejectJoin) => {
		const timer = setTimeout(() => settle?.(new JoinError(`cannot reach ${address.host}: timed out`)), timeoutMs);
		const abort = () => settle?.(new JoinError(`gave up joining the room at ${address.host}`));
		settle = (error) => {
			settle = null;
			clearTimeout(timer);
			options.signal?.removeEventListener('abort', abort);
			if (error === null) return resolve(client);
			client.close();
			rejectJoin(error);
		};
		if (options.signal?.aborted) return abort();
		options.signal?.addEventListener('abort', abort);
		connect();
	});
}
