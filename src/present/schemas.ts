// The messages between presenter and speaker view, checked with zod. Kept apart from the channel
// so that zod loads only once a peer is connected.
import {z} from 'zod';

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
});

export const commandMessageSchema = z.discriminatedUnion('name', [
	z.object({type: z.literal('command'), name: z.enum(['next', 'previous', 'first', 'last', 'blank'])}),
	/** Section index, from 0; the one after the last is the quiz. */
	z.object({type: z.literal('command'), name: z.literal('gotoSection'), section: z.number().int().nonnegative()}),
]);

export type StateMessage = z.infer<typeof stateMessageSchema>;
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
