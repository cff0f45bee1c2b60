// Turns a checked source into the normalised model. Assumes checkArticle found no problems
// outside the quiz; questions listed in `skipQuestions` are left out.
import type {ArticleSource} from './schema.js';
import type {Article, Block, Exchange, Paragraph, Person, Question, Quote, Section, Turn} from './model.js';
import {closingQuoteMarks, openingQuoteMarks} from './text.js';

/**
 * A field shown on one line (a header, a title, a list entry) with its line breaks and tabs as
 * spaces: the schema lets them through as text, but drawn raw a line feed splits a screen's row
 * and a tab jumps to a tab stop. One space each, so the headline's quotes keep their places.
 */
const oneLine = (text: string) => text.replace(/[\t\n]/g, ' ');
const oneLineOrNull = (text: string | undefined) => (text === undefined ? null : oneLine(text));

export function buildArticle(source: ArticleSource, skipQuestions: ReadonlySet<string> = new Set()): Article {
	const sectionOf = new Map<string, string>();
	for (const section of source.sections) for (const id of section.blocks) sectionOf.set(id, section.id);

	let paragraphNumber = 0;
	const blocks: Block[] = source.body.map((block) =>
		block.text === undefined
			? {kind: 'subhead', id: block.id, text: block.subhead!, sectionId: sectionOf.get(block.id)!}
			: {kind: 'paragraph', id: block.id, text: block.text, number: ++paragraphNumber, sectionId: sectionOf.get(block.id)!},
	);
	const paragraphs = blocks.filter((block): block is Paragraph => block.kind === 'paragraph');
	const textById = new Map<string, string>(paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
	textById.set('headline', source.headline);
	if (source.standfirst !== undefined) textById.set('standfirst', source.standfirst);

	const people: Person[] = source.people.map((person, index) => ({
		id: person.id,
		name: oneLine(person.name),
		role: oneLineOrNull(person.role),
		aliases: person.aliases.map(oneLine),
		index,
	}));

	const quotes: Quote[] = source.quotes.map((quote) => {
		const text = textById.get(quote.paragraph) ?? '';
		const start = quoteStart(text, quote.text);
		const openMark = text[start - 1] ?? '\u201C';
		const after = text[start + quote.text.length] ?? '';
		return {
			id: quote.id,
			paragraphId: quote.paragraph,
			text: quote.text,
			speakerId: quote.speaker ?? null,
			cue: oneLineOrNull(quote.cue),
			kind: quote.kind,
			attributedIn: quote.attributedIn ?? null,
			start,
			openMark,
			closeMark: (closingQuoteMarks[openMark] ?? ['\u201D']).includes(after) ? after : null,
		};
	});
	const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));

	const exchanges: Exchange[] = source.exchanges.map((exchange) => {
		const turns: Turn[] = exchange.turns.map((turn) => {
			if (turn.quote !== undefined) {
				const quote = quoteById.get(turn.quote)!;
				return {kind: 'quote', speakerId: quote.speakerId, text: quote.text, paragraphId: quote.paragraphId, quoteId: quote.id};
			}
			const kind = turn.reported === undefined ? 'narration' : 'reported';
			return {
				kind,
				speakerId: kind === 'narration' ? null : (turn.speaker ?? null),
				text: (turn.reported ?? turn.narration)!,
				paragraphId: turn.paragraph!,
				quoteId: null,
			};
		});
		const paragraphIds = [...new Set(turns.map((turn) => turn.paragraphId))];
		return {id: exchange.id, title: oneLine(exchange.title), turns, paragraphIds, sectionId: sectionOf.get(paragraphIds[0]!)!};
	});

	const quiz: Question[] = source.quiz
		.filter((question) => !skipQuestions.has(question.id))
		.map((question) => ({
			id: question.id,
			question: oneLine(question.question),
			options: question.options.map(oneLine),
			answer: question.answer,
			evidence: question.evidence.map((evidence) => ({paragraphId: evidence.paragraph, text: evidence.text})),
			explanation: oneLine(question.explanation),
			factId: question.fact ?? null,
			sectionId: sectionOf.get(question.evidence[0]!.paragraph)!,
		}));

	const blockById = new Map(blocks.map((block) => [block.id, block]));
	const exchangesOf = new Map<string, Exchange[]>();
	for (const exchange of exchanges) {
		const list = exchangesOf.get(exchange.sectionId);
		if (list === undefined) exchangesOf.set(exchange.sectionId, [exchange]);
		else list.push(exchange);
	}
	const sections: Section[] = source.sections.map((section) => {
		const sectionBlocks = section.blocks.map((id) => blockById.get(id)!);
		return {
			id: section.id,
			title: oneLine(section.title),
			notes: section.notes.trim(),
			targetMinutes: section.targetMinutes ?? null,
			blocks: sectionBlocks,
			paragraphs: sectionBlocks.filter((block): block is Paragraph => block.kind === 'paragraph'),
			exchanges: exchangesOf.get(section.id) ?? [],
		};
	});

	return {
		id: source.id,
		headline: oneLine(source.headline),
		standfirst: oneLineOrNull(source.standfirst),
		dateline: oneLineOrNull(source.dateline),
		datePublished: oneLineOrNull(source.datePublished),
		byline: oneLineOrNull(source.byline),
		publisher: oneLineOrNull(source.publisher),
		rights: oneLineOrNull(source.rights),
		language: oneLine(source.language),
		people,
		blocks,
		paragraphs,
		sections,
		quotes,
		exchanges,
		facts: source.facts.map((fact) => ({
			id: fact.id,
			paragraphId: fact.paragraph,
			text: fact.text,
			value: oneLine(fact.value ?? fact.text),
			label: oneLineOrNull(fact.label),
		})),
		quiz,
	};
}

export interface ArticleCounts {
	sections: number;
	paragraphs: number;
	quotes: number;
	exchanges: number;
	questions: number;
}

/** How many of each the model built from `source` would hold, without building it. */
export function countArticle(source: ArticleSource, skipQuestions: ReadonlySet<string> = new Set()): ArticleCounts {
	return {
		sections: source.sections.length,
		paragraphs: source.body.reduce((count, block) => (block.text === undefined ? count : count + 1), 0),
		quotes: source.quotes.length,
		exchanges: source.exchanges.length,
		questions: source.quiz.reduce((count, question) => (skipQuestions.has(question.id) ? count : count + 1), 0),
	};
}

/** Where the quotation starts: the occurrence right after an opening quote mark, if any. */
function quoteStart(text: string, quoteText: string): number {
	let first = -1;
	for (let at = text.indexOf(quoteText); at !== -1; at = text.indexOf(quoteText, at + 1)) {
		if (first === -1) first = at;
		if (openingQuoteMarks.includes(text[at - 1] ?? '')) return at;
	}
	return Math.max(first, 0);
}
