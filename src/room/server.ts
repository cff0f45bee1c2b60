// The room: one HTTP server on one port serving the phone page (/, /app.js, /app.css) and the
// WebSocket endpoint (/ws, `ws` with noServer upgrades). Only the presenter, through the API
// returned by openRoom, changes the game; a socket can join, resume, answer, ping and leave.
//
// How the presenter wires it (src/commands and src/ui are outside this folder):
//
//   const room = await openRoom({article, questions, host, port, timer, maxPlayers, hideTally, results});
//   room.urls / room.url / room.code        → the projector's join screen (qr.ts draws room.qrText)
//   room.on('change', (snapshot) => …)      → at most ~10 a second; room.snapshot() any time
//   room.openQuestion(i) / closeQuestion() / showLeaderboard() / end() / lock(true) / follow({title, text})
//   await room.writeResults(file)           → also done by end() and close() when `results` is set
//   await room.close()
//
// Errors opening the room (port in use, address not on this machine) reject with a RoomError
// whose message is one line naming the address. See README.md ("Room") for limits and security.
import {randomBytes, randomInt, timingSafeEqual} from 'node:crypto';
import http from 'node:http';
import type {Duplex} from 'node:stream';
import os from 'node:os';
import net from 'node:net';
import {WebSocketServer, type RawData, type WebSocket} from 'ws';
import type {Article, Question} from '../content/model.js';
import {joinUrl, lanAddresses} from './addresses.js';
import {apply, newGame, type Follow, type GameAction, type GameState, type Outcome} from './game.js';
import {cleanName, generatedName} from './nickname.js';
import {pageAssets, type PageAssets} from './page.js';
import {closeCodes, frameText, maxMessageBytes, parseClientMessage, protocolVersion, refusalMessages, type ClientMessage} from './protocol.js';
import {roomResults, writeResults, type RoomResults} from './results.js';
import {clipText, playerRanking, playerSnapshot, presenterSnapshot, roomQuestions, type ResultsStatus, type RoomQuestion, type RoomSnapshot} from './views.js';

export interface RoomLimits {
	/** Open WebSockets from one address. */
	socketsPerAddress: number;
	/** Open TCP connections (page loads and sockets) from one address. */
	connectionsPerAddress: number;
	/** Join attempts (and failed resumes) from one address in a minute. */
	joinsPerMinute: number;
	/** Messages a second one socket may send, with a burst allowance; the rest are dropped. */
	messagesPerSecond: number;
	burst: number;
	/** Dropped messages in a row after which the socket is closed (4003). */
	strikes: number;
	/** How often the server pings, and how long a silent socket lives. */
	heartbeatMs: number;
	silentMs: number;
	/** The least time between two 'change' events. */
	changeIntervalMs: number;
	/** A socket whose unsent data grows past this is too slow to keep. */
	maxBufferedBytes: number;
	/** How long a connection may take to send a request's headers, or stay silent before one. */
	headersMs: number;
}

export const defaultLimits: RoomLimits = {
	socketsPerAddress: 4,
	connectionsPerAddress: 24,
	joinsPerMinute: 10,
	messagesPerSecond: 10,
	burst: 20,
	strikes: 50,
	heartbeatMs: 10_000,
	silentMs: 25_000,
	changeIntervalMs: 100,
	maxBufferedBytes: 1024 * 1024,
	headersMs: 10_000,
};

export interface OpenRoomOptions {
	article: Article;
	/** The article's quiz in the presentation's order. */
	questions: readonly Question[];
	/** Address to listen on; default every interface. */
	host?: string;
	/** Default: a free port. */
	port?: number;
	/** Seconds to answer (default 20). */
	timer?: number;
	/** Default 500. */
	maxPlayers?: number;
	/** Keep the per-option counts off the phones (the snapshot flags them hidden for the projector). */
	hideTally?: boolean;
	/** Where end() and close() write the results. */
	results?: string | null;
	streakBonus?: boolean;
	/** Close a question once every connected player answered (default true). */
	autoClose?: boolean;
	limits?: Partial<RoomLimits>;
}

export interface RoomStats {
	sockets: number;
	connections: number;
	/** Messages dropped: malformed, unknown, binary or over the rate. */
	dropped: number;
	/** Sockets closed for flooding or slowness, or dropped as silent. */
	kicked: number;
	/** Upgrades and joins refused by the address limits. */
	refused: number;
}

export interface Room {
	readonly code: string;
	readonly port: number;
	/** Every join address, best first: "http://10.0.0.5:4242/". */
	readonly urls: string[];
	readonly url: string;
	/** The address for the QR code: upper case, code in the path, so QR alphanumeric mode fits it. */
	readonly qrText: string;
	snapshot(): RoomSnapshot;
	/** Called at most every ~100 ms while things change (never with a stale snapshot); returns a function that unsubscribes. */
	on(event: 'change', listener: (snapshot: RoomSnapshot) => void): () => void;
	openQuestion(index: number): void;
	closeQuestion(): void;
	showLeaderboard(): void;
	end(): void;
	lock(locked: boolean): void;
	/** The talk's current step, shown on phones between questions; null clears it. */
	follow(step: Follow | null): void;
	results(): RoomResults;
	/** Writes the results (to `file`, or the `results` option); rejects with a one-line ResultsError. */
	writeResults(file?: string): Promise<string>;
	stats(): RoomStats;
	/** Closes every socket (phones show "the room has closed") and the port; writes the results if `results` was given. */
	close(): Promise<void>;
}

export class RoomError extends Error {}

interface Connection {
	ws: WebSocket;
	address: string;
	playerId: string | null;
	lastSeen: number;
	tokens: number;
	refilledAt: number;
	strikes: number;
}

/** "::ffff:10.0.0.5" → "10.0.0.5". */
const plainAddress = (address: string | undefined) => (address ?? '').replace(/^::ffff:/, '');

// A Host header naming an IP literal, localhost or this machine's name: DNS rebinding (a page on
// another site resolving its name to this address) is refused because its Host is that name.
function hostAllowed(host: string | undefined): boolean {
	if (host === undefined) return false;
	const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
	if (net.isIP(name) !== 0) return true;
	const machine = os.hostname().toLowerCase();
	return name === 'localhost' || name === machine || name === `${machine}.local`;
}

function securityHeaders(host: string | undefined): Record<string, string> {
	const connect = host !== undefined && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? ` ws://${host}` : '';
	return {
		'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'${connect}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
		'X-Content-Type-Options': 'nosniff',
		'X-Frame-Options': 'DENY',
		'Referrer-Policy': 'no-referrer',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'Cross-Origin-Resource-Policy': 'same-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
		'Cache-Control': 'no-store',
	};
}

function reject(socket: Duplex, status: number, reason: string) {
	if (socket.writable) socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
	socket.destroy();
}

export async function openRoom(options: OpenRoomOptions): Promise<Room> {
	const limits: RoomLimits = {...defaultLimits, ...options.limits};
	const questions: RoomQuestion[] = roomQuestions(options.article, options.questions);
	const hideTally = options.hideTally ?? false;
	const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
	const codeBytes = Buffer.from(code);
	const openedAt = Date.now();
	const page: PageAssets = await pageAssets();

	let state: GameState = newGame({
		questions: questions.map((question) => ({options: question.options.length, answer: question.answer})),
		timerMs: Math.round((options.timer ?? 20) * 1000),
		maxPlayers: options.maxPlayers ?? 500,
		streakBonus: options.streakBonus ?? true,
		autoClose: options.autoClose ?? true,
	});

	const connections = new Set<Connection>();
	const connectionOf = new Map<string, Connection>();
	const socketsByAddress = new Map<string, number>();
	const tcpByAddress = new Map<string, number>();
	const attemptsByAddress = new Map<string, number[]>();
	const stats = {dropped: 0, kicked: 0, refused: 0};
	let nextPlayer = 0;
	let closed = false;

	// ---- state changes and what they send ----

	const listeners = new Set<(snapshot: RoomSnapshot) => void>();
	let lastEmit = 0;
	let emitTimer: NodeJS.Timeout | null = null;
	let deadlineTimer: NodeJS.Timeout | null = null;
	let urls: string[] = [];

	let resultsStatus: ResultsStatus | null = null;
	const snapshot = () => presenterSnapshot(state, Date.now(), {questions, hideTally, code, urls, dropped: stats.dropped, results: resultsStatus});

	function emitChange() {
		emitTimer = null;
		lastEmit = Date.now();
		if (listeners.size === 0) return;
		const current = snapshot();
		for (const listener of listeners) listener(current);
	}

	function scheduleChange() {
		if (emitTimer !== null || closed) return;
		const wait = Math.max(0, lastEmit + limits.changeIntervalMs - Date.now());
		emitTimer = setTimeout(emitChange, wait);
	}

	function send(connection: Connection, message: object) {
		if (connection.ws.readyState !== connection.ws.OPEN) return;
		if (connection.ws.bufferedAmount > limits.maxBufferedBytes) {
			stats.kicked++;
			connection.ws.terminate();
			return;
		}
		connection.ws.send(JSON.stringify({v: protocolVersion, ...message}));
	}

	function sendState(connection: Connection, ranks = playerRanking(state)) {
		const player = connection.playerId === null ? undefined : state.players.find((candidate) => candidate.id === connection.playerId);
		if (player === undefined) return;
		send(connection, {type: 'state', state: playerSnapshot(state, player, Date.now(), {questions, hideTally}, ranks)});
	}

	function broadcast() {
		const ranks = playerRanking(state);
		const now = Date.now();
		const byId = new Map(state.players.map((player) => [player.id, player]));
		for (const connection of connectionOf.values()) {
			const player = byId.get(connection.playerId ?? '');
			if (player !== undefined) send(connection, {type: 'state', state: playerSnapshot(state, player, now, {questions, hideTally}, ranks)});
		}
	}

	function armDeadline() {
		if (deadlineTimer !== null) clearTimeout(deadlineTimer);
		deadlineTimer = null;
		if (state.phase !== 'question' || closed) return;
		deadlineTimer = setTimeout(() => dispatch({type: 'tick', now: Date.now()}), Math.max(0, state.deadline - Date.now()) + 1);
	}

	/** Applies an action; phones get new screens when the phase, question or followed step changed. */
	function dispatch(action: GameAction): Outcome {
		const before = state;
		const outcome = apply(state, action);
		state = outcome.state;
		if (state !== before) {
			const screenChanged = state.phase !== before.phase || state.question !== before.question || state.round !== before.round || state.follow !== before.follow;
			if (screenChanged) {
				broadcast();
				armDeadline();
			}
			scheduleChange();
		}
		return outcome;
	}

	// ---- HTTP ----

	const assets: Record<string, {type: string; body: string}> = {
		'/app.js': {type: 'text/javascript; charset=utf-8', body: page.script},
		'/app.css': {type: 'text/css; charset=utf-8', body: page.css},
	};

	function handleRequest(request: http.IncomingMessage, response: http.ServerResponse) {
		const headers = securityHeaders(request.headers.host);
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, {...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close'});
			response.end('Method not allowed\n');
			return;
		}
		const path = (request.url ?? '').split('?')[0] ?? '';
		const asset = path === '/' || /^\/\d{6}$/.test(path) ? {type: 'text/html; charset=utf-8', body: page.html} : assets[path];
		if (asset === undefined) {
			const status = path === '/ws' ? 426 : 404;
			response.writeHead(status, {...headers, 'Content-Type': 'text/plain; charset=utf-8'});
			response.end(status === 426 ? 'Upgrade required\n' : 'Not found\n');
			return;
		}
		response.writeHead(200, {...headers, 'Content-Type': asset.type, 'Content-Length': Buffer.byteLength(asset.body)});
		response.end(request.method === 'HEAD' ? undefined : asset.body);
	}

	// Node checks the header timeout only every 30 s by default, and never times out a connection
	// that sends nothing at all: a stranger could hold every connection an address may have (and
	// with enough addresses, the server's) by trickling headers or by saying nothing. So the check
	// runs every second, and a connection silent for headersMs is closed (a WebSocket turns the
	// socket's timeout off once upgraded, and has its own heartbeat).
	const server = http.createServer(
		{requestTimeout: Math.max(15_000, limits.headersMs), headersTimeout: limits.headersMs, keepAliveTimeout: 5_000, maxHeaderSize: 8192, connectionsCheckingInterval: Math.min(1000, limits.headersMs)},
		handleRequest,
	);
	server.timeout = limits.headersMs;
	server.on('clientError', (_error, socket: Duplex) => reject(socket, 400, 'Bad Request'));
	server.on('connection', (socket: net.Socket) => {
		const address = plainAddress(socket.remoteAddress);
		const count = (tcpByAddress.get(address) ?? 0) + 1;
		if (count > limits.connectionsPerAddress) {
			stats.refused++;
			socket.destroy();
			return;
		}
		tcpByAddress.set(address, count);
		socket.once('close', () => {
			const left = (tcpByAddress.get(address) ?? 1) - 1;
			if (left <= 0) tcpByAddress.delete(address);
			else tcpByAddress.set(address, left);
		});
	});

	// ---- WebSockets ----

	const wss = new WebSocketServer({noServer: true, maxPayload: maxMessageBytes, perMessageDeflate: false, clientTracking: false});

	server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
		socket.on('error', () => socket.destroy());
		const path = (request.url ?? '').split('?')[0];
		if (path !== '/ws') return reject(socket, 404, 'Not Found');
		const host = request.headers.host;
		const origin = request.headers.origin;
		// Browsers always send Origin: it must be this page's own (same host:port). Terminal clients send none.
		if (!hostAllowed(host) || (origin !== undefined && origin.toLowerCase() !== `http://${host ?? ''}`.toLowerCase())) return reject(socket, 403, 'Forbidden');
		const address = plainAddress(request.socket.remoteAddress);
		if ((socketsByAddress.get(address) ?? 0) >= limits.socketsPerAddress || closed) {
			stats.refused++;
			return reject(socket, 429, 'Too Many Requests');
		}
		wss.handleUpgrade(request, socket, head, (ws) => accept(ws, address));
	});

	function accept(ws: WebSocket, address: string) {
		const now = Date.now();
		const connection: Connection = {ws, address, playerId: null, lastSeen: now, tokens: limits.burst, refilledAt: now, strikes: 0};
		connections.add(connection);
		// Counted once the handshake succeeded: a failed one never reaches here, so never leaks a count.
		socketsByAddress.set(address, (socketsByAddress.get(address) ?? 0) + 1);
		ws.on('message', (data: RawData, isBinary: boolean) => receive(connection, data, isBinary));
		ws.on('pong', () => (connection.lastSeen = Date.now()));
		ws.on('error', () => undefined);
		ws.once('close', () => {
			connections.delete(connection);
			const left = (socketsByAddress.get(address) ?? 1) - 1;
			if (left <= 0) socketsByAddress.delete(address);
			else socketsByAddress.set(address, left);
			const playerId = connection.playerId;
			if (playerId !== null && connectionOf.get(playerId) === connection) {
				connectionOf.delete(playerId);
				if (!closed) dispatch({type: 'disconnect', now: Date.now(), id: playerId});
			}
		});
	}

	function receive(connection: Connection, data: RawData, isBinary: boolean) {
		const now = Date.now();
		connection.lastSeen = now;
		connection.tokens = Math.min(limits.burst, connection.tokens + ((now - connection.refilledAt) / 1000) * limits.messagesPerSecond);
		connection.refilledAt = now;
		if (connection.tokens < 1) {
			stats.dropped++;
			if (++connection.strikes >= limits.strikes) {
				stats.kicked++;
				connection.ws.close(closeCodes.throttled, 'too many messages');
			}
			scheduleChange();
			return;
		}
		connection.tokens--;
		connection.strikes = 0;
		const message = isBinary ? null : parseClientMessage(frameText(data));
		if (message === null) {
			stats.dropped++;
			scheduleChange();
			return;
		}
		try {
			handle(connection, message, now);
		} catch {
			// A message must never take the room down; one that trips a fault is dropped like garbage.
			stats.dropped++;
		}
	}

	function refuse(connection: Connection, reason: string) {
		send(connection, {type: 'refused', reason, message: refusalMessages[reason] ?? reason});
	}

	/** Counts a join attempt from the address; false when it is over the minute's allowance. */
	function allowAttempt(address: string, now: number): boolean {
		const recent = (attemptsByAddress.get(address) ?? []).filter((at) => now - at < 60_000);
		if (recent.length >= limits.joinsPerMinute) {
			attemptsByAddress.set(address, recent);
			return false;
		}
		recent.push(now);
		attemptsByAddress.set(address, recent);
		return true;
	}

	function welcome(connection: Connection, playerId: string) {
		const previous = connectionOf.get(playerId);
		if (previous !== undefined && previous !== connection) {
			previous.playerId = null;
			previous.ws.close(closeCodes.replaced, 'resumed elsewhere');
		}
		connection.playerId = playerId;
		connectionOf.set(playerId, connection);
		const player = state.players.find((candidate) => candidate.id === playerId)!;
		send(connection, {type: 'welcome', token: player.token, name: player.name, code});
		sendState(connection);
	}

	function handle(connection: Connection, message: ClientMessage, now: number) {
		switch (message.type) {
			case 'ping':
				send(connection, {type: 'pong'});
				return;
			case 'join': {
				if (connection.playerId !== null) return refuse(connection, 'already-joined');
				if (!allowAttempt(connection.address, now)) {
					stats.refused++;
					return refuse(connection, 'rate-limited');
				}
				if (!timingSafeEqual(Buffer.from(message.code), codeBytes)) return refuse(connection, 'bad-code');
				const typed = cleanName(message.name);
				const name = typed !== '' ? typed : generatedName((key) => state.players.some((player) => player.key === key), randomInt);
				const id = `p${++nextPlayer}`;
				const outcome = dispatch({type: 'join', now, id, token: randomBytes(18).toString('base64url'), name});
				if (outcome.refused !== undefined) return refuse(connection, outcome.refused);
				return welcome(connection, id);
			}
			case 'resume': {
				if (connection.playerId !== null) return refuse(connection, 'already-joined');
				const attempts = attemptsByAddress.get(connection.address) ?? [];
				if (attempts.filter((at) => now - at < 60_000).length >= limits.joinsPerMinute) {
					stats.refused++;
					return refuse(connection, 'rate-limited');
				}
				if (!timingSafeEqual(Buffer.from(message.code), codeBytes)) {
					allowAttempt(connection.address, now);
					return refuse(connection, 'bad-code');
				}
				const outcome = dispatch({type: 'resume', now, token: message.token});
				if (outcome.refused !== undefined || outcome.player === undefined) {
					// Only failed resumes count against the address: a flaky phone resuming is not guessing.
					allowAttempt(connection.address, now);
					return refuse(connection, 'unknown-token');
				}
				return welcome(connection, outcome.player.id);
			}
			case 'answer': {
				if (connection.playerId === null) return refuse(connection, 'not-joined');
				const before = state.phase;
				const outcome = dispatch({type: 'answer', now, id: connection.playerId, question: message.question, option: message.option});
				if (outcome.refused !== undefined) return refuse(connection, outcome.refused);
				// The broadcast on closing already told this player; otherwise confirm the locked answer.
				if (state.phase === before) sendState(connection);
				return;
			}
			case 'leave': {
				const playerId = connection.playerId;
				if (playerId === null) return;
				connection.playerId = null;
				connectionOf.delete(playerId);
				dispatch({type: 'leave', now, id: playerId});
				connection.ws.close(closeCodes.left, 'left');
				return;
			}
		}
	}

	// Heartbeat: ping everyone; a socket silent past silentMs (no message, no pong) is dropped.
	// A beat that comes late by more than one means the room itself was stopped (Ctrl+Z on the
	// presenter's terminal, a sleeping laptop): what the sockets sent meanwhile is still unread, as
	// timers run first, so each gets silentMs from now rather than being dropped as silent.
	let lastBeat = Date.now();
	const heartbeat = setInterval(() => {
		const now = Date.now();
		const woke = now - lastBeat > 2 * limits.heartbeatMs;
		lastBeat = now;
		for (const connection of connections) {
			if (woke) connection.lastSeen = now;
			if (now - connection.lastSeen > limits.silentMs) {
				stats.kicked++;
				connection.ws.terminate();
			} else if (connection.ws.readyState === connection.ws.OPEN) {
				connection.ws.ping();
			}
		}
		for (const [address, attempts] of attemptsByAddress) {
			if (attempts.every((at) => now - at >= 60_000)) attemptsByAddress.delete(address);
		}
	}, limits.heartbeatMs);
	// Resume windows run out on the clock, not on a message.
	const expiry = setInterval(() => {
		if (state.players.some((player) => !player.connected)) dispatch({type: 'tick', now: Date.now()});
	}, 1000);
	heartbeat.unref();
	expiry.unref();

	// ---- listening ----

	const port = await new Promise<number>((resolve, rejectOpen) => {
		const failed = (error: NodeJS.ErrnoException) => {
			// No --port means any free one: naming "port 0" would point at a port the user never gave.
			const where = `${options.host ?? 'every interface'}${options.port ? ` port ${options.port}` : ''}`;
			const reason = error.code === 'EADDRINUSE' ? 'that port is in use' : error.code === 'EADDRNOTAVAIL' ? 'that address is not on this machine' : error.code === 'EACCES' ? 'permission denied' : (error.code ?? error.message);
			rejectOpen(new RoomError(`cannot open the room on ${where}: ${reason}`));
		};
		server.once('error', failed);
		server.listen({host: options.host === '' ? undefined : options.host, port: options.port ?? 0}, () => {
			server.off('error', failed);
			resolve((server.address() as net.AddressInfo).port);
		});
	}).catch((error: unknown) => {
		clearInterval(heartbeat);
		clearInterval(expiry);
		throw error;
	});
	server.on('error', () => undefined);
	server.maxConnections = Math.max(1000, (options.maxPlayers ?? 500) * 3);

	const addresses = lanAddresses(options.host ?? '');
	urls = addresses.length > 0 ? addresses.map((entry) => joinUrl(entry.address, port)) : [joinUrl('localhost', port)];
	const primary = urls[0]!;

	const resultsOf = () => roomResults(state, {article: options.article, questions, code, openedAt, now: Date.now()});
	async function saveResults(file?: string): Promise<string> {
		const target = file ?? options.results;
		if (target === undefined || target === null) throw new RoomError('no results file was given');
		try {
			await writeResults(target, resultsOf());
			resultsStatus = {file: target, writtenAt: Date.now(), error: null};
			return target;
		} catch (error) {
			resultsStatus = {file: target, writtenAt: null, error: error instanceof Error ? error.message : String(error)};
			throw error;
		} finally {
			scheduleChange();
		}
	}

	const room: Room = {
		code,
		port,
		urls,
		url: primary,
		qrText: `${primary.toUpperCase()}${code}`,
		snapshot,
		on(_event, listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		openQuestion: (index) => void dispatch({type: 'open', now: Date.now(), question: index}),
		closeQuestion: () => void dispatch({type: 'close', now: Date.now()}),
		showLeaderboard: () => void dispatch({type: 'leaderboard', now: Date.now()}),
		end() {
			dispatch({type: 'end', now: Date.now()});
			// Written at once, in case the presenter's process does not live to close the room; a
			// failure shows in snapshot().results, and close() tries again and rejects with it.
			if (options.results) void saveResults().catch(() => undefined);
		},
		lock: (locked) => void dispatch({type: 'lock', locked}),
		follow: (step) => void dispatch({type: 'follow', follow: step === null ? null : {title: clipText(step.title), text: clipText(step.text)}}),
		results: resultsOf,
		writeResults: saveResults,
		stats: () => ({sockets: connections.size, connections: [...tcpByAddress.values()].reduce((sum, count) => sum + count, 0), ...stats}),
		async close() {
			if (closed) return;
			closed = true;
			clearInterval(heartbeat);
			clearInterval(expiry);
			if (deadlineTimer !== null) clearTimeout(deadlineTimer);
			if (emitTimer !== null) clearTimeout(emitTimer);
			for (const connection of connections) connection.ws.close(closeCodes.roomClosed, 'the room closed');
			const closing = new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeIdleConnections();
			// Give the close frames a moment, then cut whatever is left.
			await new Promise((resolve) => setTimeout(resolve, 100));
			for (const connection of connections) connection.ws.terminate();
			server.closeAllConnections();
			await closing;
			if (options.results && state.openedIn.some((round) => round > 0)) await saveResults();
		},
	};
	return room;
}
