// The normalised article every feature reads: references resolved, positions computed.
import type {QuoteKind} from './schema.js';

export interface Person {
	id: string;
	name: string;
	role: string | null;
	aliases: string[];
	/** Stable position in the cast, used to pick a speaker colour. */
	index: number;
}

export interface Paragraph {
	kind: 'paragraph';
	id: string;
	text: string;
	/** 1-based position among the body's paragraphs ("¶ 4"). */
	number: number;
	sectionId: string;
}

export interface Subhead {
	kind: 'subhead';
	id: string;
	text: string;
	sectionId: string;
}

export type Block = Paragraph | Subhead;

export interface Quote {
	id: string;
	/** A paragraph id, or "headline" / "standfirst". */
	paragraphId: string;
	text: string;
	speakerId: string | null;
	cue: string | null;
	kind: QuoteKind;
	/** Earlier paragraph that names the speaker when attribution is carried ("he added"). */
	attributedIn: string | null;
	/** Offset of `text` in its paragraph. */
	start: number;
	/** The quote mark printed before the text, and after it when the quotation closes there. */
	openMark: string;
	closeMark: string | null;
}

export type TurnKind = 'quote' | 'reported' | 'narration';

export interface Turn {
	kind: TurnKind;
	speakerId: string | null;
	/** The quotation's words, the reported speech, or the narration, as the text has them. */
	text: string;
	paragraphId: string;
	quoteId: string | null;
}

export interface Exchange {
	id: string;
	title: string;
	turns: Turn[];
	sectionId: string;
	/** Paragraphs the exchange stands in for in dialogue view, in order. */
	paragraphIds: string[];
}

export interface Fact {
	id: string;
	paragraphId: string;
	text: string;
	value: string;
	label: string | null;
}

export interface Evidence {
	paragraphId: string;
	text: string;
}

export interface Question {
	id: string;
	question: string;
	options: string[];
	answer: number;
	evidence: Evidence[];
	explanation: string;
	factId: string | null;
	sectionId: string;
}

export interface Section {
	id: string;
	title: string;
	notes: string;
	targetMinutes: number | null;
	blocks: Block[];
	paragraphs: Paragraph[];
	exchanges: Exchange[];
}

export interface Article {
	id: string;
	headline: string;
	standfirst: string | null;
	dateline: string | null;
	datePublished: string | null;
	byline: string | null;
	publisher: string | null;
	rights: string | null;
	language: string;
	people: Person[];
	blocks: Block[];
	paragraphs: Paragraph[];
	sections: Section[];
	quotes: Quote[];
	exchanges: Exchange[];
	facts: Fact[];
	quiz: Question[];
}

/** Text of a paragraph id, including the pseudo-paragraphs headline and standfirst. */
export function textOf(article: Pick<Article, 'headline' | 'standfirst' | 'paragraphs'>, id: string): string | undefined {
	if (id === 'headline') return article.headline;
	if (id === 'standfirst') return article.standfirst ?? undefined;
	return lookups(article).paragraph.get(id)?.text;
}

/**
 * Look-ups by id, built once per article and kept with it: a search of a list for every item
 * (the quotes of each paragraph, the speaker of each turn) grows with the square of the article.
 */
export interface ArticleLookups {
	paragraph: ReadonlyMap<string, Paragraph>;
	person: ReadonlyMap<string, Person>;
	quote: ReadonlyMap<string, Quote>;
	/** The quotes of each paragraph (or of the headline and standfirst), in article order. */
	quotesIn: ReadonlyMap<string, readonly Quote[]>;
}

const built = new WeakMap<object, ArticleLookups>();

export function lookups(article: Partial<Pick<Article, 'paragraphs' | 'people' | 'quotes'>>): ArticleLookups {
	let found = built.get(article);
	if (found === undefined) {
		const quotesIn = new Map<string, Quote[]>();
		for (const quote of article.quotes ?? []) {
			const list = quotesIn.get(quote.paragraphId);
			if (list === undefined) quotesIn.set(quote.paragraphId, [quote]);
			else list.push(quote);
		}
		found = {
			paragraph: new Map((article.paragraphs ?? []).map((paragraph) => [paragraph.id, paragraph])),
			person: new Map((article.people ?? []).map((person) => [person.id, person])),
			quote: new Map((article.quotes ?? []).map((quote) => [quote.id, quote])),
			quotesIn,
		};
		built.set(article, found);
	}
	return found;
}
