// The authoring format of an article, as one zod definition. The JSON Schema shipped in
// schema/ is generated from it (`press-reader schema`), so editors check what the loader checks.
import {z} from 'zod';

const id = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens')
	.describe('A stable identifier, unique within the file');
// Control characters (ESC, BEL, backspace, carriage return…) would be acted on by the terminal
// that shows the text: an article could retitle it, clear it or write to the clipboard. A YAML
// "\e" or a JSON "\u001b" is the only way to write one; tab and line feed are text.
const controlMessage = 'must not hold control characters (such as ESC, written \\e or \\u001b), which a terminal would act on';
const noControls = /^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$/;
const text = z.string().trim().min(1, 'must not be empty').regex(noControls, controlMessage);

export const personSchema = z
	.strictObject({
		id,
		name: text.describe('Full name as the article gives it'),
		role: text.optional().describe('What the person does, e.g. "British foreign secretary"'),
		aliases: z
			.array(text)
			.default([])
			.describe('Other names the text uses for them: "Mr Johnson", "Boris"'),
	})
	.describe('A person (or body, like an agency) the article quotes or names');

export const blockSchema = z
	.strictObject({
		id,
		text: text.optional().describe('A paragraph, exactly as published'),
		subhead: text.optional().describe('A subheading printed in the article'),
	})
	.refine((block) => (block.text === undefined) !== (block.subhead === undefined), {
		message: 'a body block has either "text" (a paragraph) or "subhead", not both or neither',
	})
	.describe('One block of the article body, in published order');

export const sectionSchema = z
	.strictObject({
		id,
		title: text.describe('Title shown when reading and presenting'),
		notes: z.string().regex(noControls, controlMessage).default('').describe('Speaker notes for a presenter'),
		targetMinutes: z.number().positive().optional().describe('Time a presenter means to spend'),
		blocks: z.array(id).min(1).describe('Ids of the body blocks in this section, in order'),
	})
	.describe("The author's division of the article for reading and presenting");

export const quoteKinds = ['full', 'partial', 'scare'] as const;

export const quoteSchema = z
	.strictObject({
		id,
		paragraph: id.describe('Block id, or "headline" / "standfirst"'),
		text: text.describe('The quoted words exactly as printed between the quote marks'),
		speaker: id.optional().describe('Person id; omitted for a scare quote'),
		cue: text.optional().describe('The attribution verb: "said", "replied", "added"'),
		kind: z.enum(quoteKinds).default('full'),
		attributedIn: id
			.optional()
			.describe('For attribution carried over ("he added"): the earlier paragraph naming the speaker'),
	})
	.describe('A direct quotation in the text');

export const turnSchema = z
	.strictObject({
		quote: id.optional().describe('A quote id: the turn is that speech'),
		reported: text.optional().describe('Reported speech, exactly as printed in the paragraph'),
		narration: text.optional().describe('Context with no speaker, exactly as printed'),
		speaker: id.optional().describe('Person id; taken from the quote when omitted'),
		paragraph: id.optional().describe('The paragraph a reported or narration turn comes from'),
	})
	.refine(
		(turn) =>
			[turn.quote, turn.reported, turn.narration].filter((value) => value !== undefined).length === 1,
		{message: 'a turn has exactly one of "quote", "reported" or "narration"'},
	)
	.describe('One turn of an exchange');

export const exchangeSchema = z.strictObject({
	id,
	title: text,
	turns: z.array(turnSchema).min(2, 'an exchange needs at least two turns'),
});

export const factSchema = z
	.strictObject({
		id,
		paragraph: id,
		text: text.describe('The exact words in the paragraph: "300 Bentleys"'),
		value: text.optional().describe('The same fact as a quiz option would say it: "300"'),
		label: text.optional().describe('What the fact is: "Bentleys sold in Russia"'),
	})
	.describe('A number, date or name the quiz can ask about');

export const evidenceSchema = z.strictObject({
	paragraph: id,
	text: text.describe('An exact substring of that paragraph'),
});

export const questionSchema = z
	.strictObject({
		id,
		question: text,
		options: z.array(text).min(3, 'a question needs 3 or 4 options').max(4, 'a question needs 3 or 4 options'),
		answer: z.number().int().min(0).describe('Index (from 0) of the one correct option'),
		fact: id.optional().describe('The fact the correct option states'),
		evidence: z.array(evidenceSchema).min(1, 'a question needs evidence'),
		explanation: text,
	})
	.describe('A multiple-choice question grounded in the article');

export const articleSchema = z
	.strictObject({
		$schema: z.string().optional(),
		id: id.describe('Identifies the article, e.g. in quiz history'),
		headline: text,
		standfirst: text.optional().describe('The description under the headline'),
		dateline: text.optional(),
		datePublished: text.optional(),
		byline: text.optional(),
		publisher: text.optional(),
		rights: text.optional().describe('Copyright notice, kept apart from the body'),
		language: text.default('en'),
		people: z.array(personSchema).default([]),
		body: z.array(blockSchema).min(1),
		sections: z.array(sectionSchema).min(1),
		quotes: z.array(quoteSchema).default([]),
		exchanges: z.array(exchangeSchema).default([]),
		facts: z.array(factSchema).default([]),
		quiz: z.array(questionSchema).default([]),
	})
	.describe('A press-reader article: text, annotations and quiz');

export type ArticleSource = z.infer<typeof articleSchema>;
export type QuoteKind = (typeof quoteKinds)[number];

export function articleJsonSchema(): object {
	return z.toJSONSchema(articleSchema, {io: 'input', target: 'draft-2020-12'});
}
