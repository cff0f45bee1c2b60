// The room's wire protocol: JSON text frames over one WebSocket at /ws, each {v, type, …}.
// Both directions are checked with zod; anything unknown or malformed is dropped (and counted by
// the server), never fatal. The server sends a full `state` snapshot of the player's screen on
// every phase change, on join and on resume, so a client never needs history to draw. The
// correct option, explanation and evidence appear only in `reveal`, after the question closed.
//
// Client → server: join {code, name} | resume {code, token} | answer {question, option} | ping | leave
// Server → client: welcome {token, name, code} | state {state} | refused {reason, message} | pong
// Close codes: 4000 the room closed, 4001 the player resumed on another connection, 4002 left,
// 4003 throttled (too many messages), 1009 message over 4 KB (ws), 1001 server shutting down.
import {z} from 'zod';
import {terminalText} from './nickname.js';

export const protocolVersion = 1;
export const maxMessageBytes = 4096;

export const closeCodes = {roomClosed: 4000, replaced: 4001, left: 4002, throttled: 4003} as const;

const code = z.string().regex(/^\d{6}$/);

// A question has at most ten options (A–J, the answers a client may send): a room sending more is
// not one of ours, and a list that long is laid out at a cost to the player's terminal.
const maxOptions = 10;
const optionsSchema = z.array(z.string()).max(maxOptions);

export const clientMessageSchema = z.discriminatedUnion('type', [
	z.object({v: z.literal(protocolVersion), type: z.literal('join'), code, name: z.string().max(200)}),
	z.object({v: z.literal(protocolVersion), type: z.literal('resume'), code, token: z.string().min(1).max(100)}),
	z.object({v: z.literal(protocolVersion), type: z.literal('answer'), question: z.number().int().nonnegative(), option: z.number().int().nonnegative().max(maxOptions - 1)}),
	z.object({v: z.literal(protocolVersion), type: z.literal('ping')}),
	z.object({v: z.literal(protocolVersion), type: z.literal('leave')}),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;

const standingSchema = z.object({name: z.string(), score: z.number(), rank: z.number().int()});

/** A cited passage: the paragraph's text, where it is, and the cited ranges [start, end) in it. */
const evidenceSchema = z.object({place: z.string(), text: z.string(), marks: z.array(z.tuple([z.number().int(), z.number().int()]))});

export const playerSnapshotSchema = z.object({
	phase: z.enum(['lobby', 'question', 'reveal', 'leaderboard', 'end']),
	name: z.string(),
	score: z.number(),
	/** Null until the player has a place worth showing (no question closed yet). */
	rank: z.number().int().nullable(),
	players: z.number().int(),
	questionCount: z.number().int(),
	/** The talk's current step, shown between questions. */
	follow: z.object({title: z.string(), text: z.string()}).nullable(),
	question: z
		.object({
			index: z.number().int(),
			text: z.string(),
			options: optionsSchema,
			/** Milliseconds left when the server sent this; the client counts down from its own receipt time. */
			endsInMs: z.number(),
			timerMs: z.number(),
			/** The option this player locked in, if any. */
			chosen: z.number().int().nullable(),
			/** False for a player who joined after the question opened. */
			canAnswer: z.boolean(),
		})
		.nullable(),
	reveal: z
		.object({
			index: z.number().int(),
			text: z.string(),
			options: optionsSchema,
			answer: z.number().int(),
			chosen: z.number().int().nullable(),
			correct: z.boolean(),
			points: z.number(),
			bonus: z.number(),
			explanation: z.string(),
			evidence: z.array(evidenceSchema),
			/** Players per option; null when the presenter hides the tally. */
			counts: z.array(z.number().int()).max(maxOptions).nullable(),
		})
		.nullable(),
	/** The leaderboard's top 5, or the final standings' top 5 (the first three are the podium). */
	top: z.array(standingSchema),
});

export type PlayerSnapshot = z.infer<typeof playerSnapshotSchema>;
export type Standing = z.infer<typeof standingSchema>;
export type EvidencePassage = z.infer<typeof evidenceSchema>;

export const serverMessageSchema = z.discriminatedUnion('type', [
	z.object({v: z.literal(protocolVersion), type: z.literal('welcome'), token: z.string(), name: z.string(), code}),
	z.object({v: z.literal(protocolVersion), type: z.literal('state'), state: playerSnapshotSchema}),
	z.object({v: z.literal(protocolVersion), type: z.literal('refused'), reason: z.string(), message: z.string()}),
	z.object({v: z.literal(protocolVersion), type: z.literal('pong')}),
]);

export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** A WebSocket frame's text, whichever form `ws` delivered it in. */
export function frameText(data: Buffer | ArrayBuffer | Buffer[]): string {
	if (Buffer.isBuffer(data)) return data.toString('utf8');
	if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
	return Buffer.from(data).toString('utf8');
}

/** The message, or null for anything that is not valid JSON of a known shape. */
export function parseClientMessage(text: string): ClientMessage | null {
	return parseWith(clientMessageSchema, text);
}

/** A message from the room, every text in it made safe to show in a terminal (the room may be anyone's). */
export function parseServerMessage(text: string): ServerMessage | null {
	const message = parseWith(serverMessageSchema, text);
	return message === null ? null : (shownText(message) as ServerMessage);
}

function shownText(value: unknown): unknown {
	if (typeof value === 'string') return terminalText(value);
	if (Array.isArray(value)) return value.map(shownText);
	if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shownText(item)]));
	return value;
}

function parseWith<T>(schema: z.ZodType<T>, text: string): T | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	const result = schema.safeParse(value);
	return result.success ? result.data : null;
}

/** One line for each reason the server refuses a message, as the player should read it. */
export const refusalMessages: Record<string, string> = {
	'bad-code': 'That is not this room’s code.',
	'rate-limited': 'Too many attempts from this device; wait a minute and try again.',
	locked: 'The room is locked: the presenter is not letting anyone else in.',
	full: 'The room is full.',
	'name-taken': 'Someone already has that name; choose another.',
	'unknown-token': 'Your place in the room has expired; join again.',
	'already-joined': 'This connection has already joined.',
	'not-joined': 'Join the room first.',
	'not-open': 'No question is open.',
	'wrong-question': 'That question is no longer open.',
	late: 'Time is up for that question.',
	'already-answered': 'Your answer is already locked in.',
	'not-eligible': 'You joined during this question; the next one is yours.',
	'bad-option': 'That is not one of the options.',
};
