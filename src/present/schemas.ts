// The messages between presenter and speaker view, checked with zod. Kept apart from the channel
// so that zod loads only once a peer is connected.
import {z} from 'zod';

/** Players listed to the speaker view at most; the rest are counted ("+N more"), so a message stays far below the channel's 16 KiB. */
export const maxListedPlayers = 40;

/** The room as the speaker view shows it, while `present --room` runs. */
export const roomMessageSchema = z.object({
	code: z.string().max(6),
	locked: z.boolean(),
	phase: z.enum(['lobby', 'question', 'reveal', 'leaderboard', 'end']),
	question: z.number().int(),
	answered: z.number().int().nonnegative(),
	expected: z.number().int().nonnegative(),
	counts: z.array(z.number().int().nonnegative()).max(10),
	tallyHidden: z.boolean(),
	playerCount: z.number().int().nonnegative(),
	connectedCount: z.number().int().nonnegative(),
	/** The first players by score; playerCount says how many there are in all. */
	players: z.array(z.object({name: z.string().max(64), score: z.number(), connected: z.boolean()})).max(maxListedPlayers),
	/** Where the results went, or why not. */
	results: z.object({file: z.string().max(1024), written: z.boolean(), error: z.string().max(512).nullable()}).nullable(),
});

export const stateMessageSchema = z.object({
	type: z.literal('state'),
	articleId: z.string(),
	steps: z.number().int().nonnegative(),
	quiz: z.boolean(),
	step: z.number().int().nonnegative(),
	page: z.number().int().nonnegative(),
	pages: z.number().int().positive(),
	blank: z.boolean(),
	talkStartedAt: z.number(),
	enteredAt: z.number(),
	spent: z.array(z.number()),
	/** Null without a room; with one, the quiz's steps are the room's (open, reveal, leaderboard; the podium). */
	room: roomMessageSchema.nullable().optional(),
});

export const commandMessageSchema = z.discriminatedUnion('name', [
	z.object({type: z.literal('command'), name: z.enum(['next', 'previous', 'first', 'last', 'blank', 'lock', 'saveResults'])}),
	/** Section index, from 0; the one after the last is the quiz. */
	z.object({type: z.literal('command'), name: z.literal('gotoSection'), section: z.number().int().nonnegative()}),
]);

export type StateMessage = z.infer<typeof stateMessageSchema>;
export type RoomMessage = z.infer<typeof roomMessageSchema>;
export type CommandMessage = z.infer<typeof commandMessageSchema>;

/** Parses a line against a schema; anything else is ignored. */
export function parseMessage<T>(schema: z.ZodType<T>, line: string): T | null {
	try {
		const result = schema.safeParse(JSON.parse(line));
		return result.success ? result.data : null;
	} catch {
		return null;
	}
}
