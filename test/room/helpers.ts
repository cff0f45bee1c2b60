// Helpers for the room's loopback tests: a room on 127.0.0.1, and raw sockets that record what
// the server sends. Several 127.0.0.x source addresses stand in for several phones, so the
// per-address limits apply as they would in a hall.
import WebSocket from 'ws';
import {loadBundled} from '../helpers/content.js';
import {openRoom, type OpenRoomOptions, type Room} from '../../src/room/server.js';
import {frameText, type ServerMessage} from '../../src/room/protocol.js';

export const article = loadBundled();

export function testRoom(options: Partial<OpenRoomOptions> = {}): Promise<Room> {
	return openRoom({article, questions: article.quiz.slice(0, 3), host: '127.0.0.1', port: 0, timer: 10, ...options});
}

/** The n-th loopback source address: 127.0.0.2, 127.0.0.3, … */
export const source = (n: number) => `127.0.0.${2 + (n % 250)}`;

export function until(check: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const poll = () => {
			if (check()) return resolve();
			if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
			setTimeout(poll, 5);
		};
		poll();
	});
}

/** A WebSocket that records every message and how it closed. */
export class Probe {
	readonly messages: ServerMessage[] = [];
	readonly raw: string[] = [];
	closeCode: number | null = null;
	status: number | null = null;
	readonly ws: WebSocket;
	readonly opened: Promise<void>;

	constructor(room: Room, options: WebSocket.ClientOptions & {path?: string} = {}) {
		this.ws = new WebSocket(`ws://127.0.0.1:${room.port}${options.path ?? '/ws'}`, options);
		this.ws.on('message', (data: WebSocket.RawData) => {
			const text = frameText(data);
			this.raw.push(text);
			this.messages.push(JSON.parse(text) as ServerMessage);
		});
		this.ws.on('error', () => undefined);
		this.ws.on('unexpected-response', (_request, response) => {
			this.status = response.statusCode ?? null;
			this.closeCode = -1;
		});
		this.ws.on('close', (code) => (this.closeCode = code));
		this.opened = new Promise((resolve, reject) => {
			this.ws.once('open', () => resolve());
			this.ws.once('close', () => reject(new Error(`socket closed before opening (${this.status ?? this.closeCode})`)));
			this.ws.once('unexpected-response', () => reject(new Error(`upgrade refused with ${this.status}`)));
		});
		this.opened.catch(() => undefined);
	}

	send(message: object) {
		this.ws.send(JSON.stringify({v: 1, ...message}));
	}

	last<T extends ServerMessage['type']>(type: T): Extract<ServerMessage, {type: T}> | undefined {
		return this.messages.filter((message): message is Extract<ServerMessage, {type: T}> => message.type === type).at(-1);
	}

	async next<T extends ServerMessage['type']>(type: T, after = this.messages.length): Promise<Extract<ServerMessage, {type: T}>> {
		await until(() => this.messages.slice(after).some((message) => message.type === type), 3000, `a ${type} message`);
		return this.messages.slice(after).find((message): message is Extract<ServerMessage, {type: T}> => message.type === type)!;
	}

	closed(): Promise<number> {
		return until(() => this.closeCode !== null, 3000, 'the socket to close').then(() => this.closeCode!);
	}

	close() {
		this.ws.terminate();
	}
}

/** A probe that has joined the room under `name`. */
export async function joined(room: Room, name: string, localAddress = source(0)): Promise<Probe> {
	const probe = new Probe(room, {localAddress});
	await probe.opened;
	probe.send({type: 'join', code: room.code, name});
	await probe.next('state');
	return probe;
}
