// How the model reads wherever it is shown (the reader, slides, the speaker view, the phones,
// handouts): a quotation with its own marks, the credits line, who speaks a turn and how.
import {closingQuoteMarks} from './text.js';
import {lookups, type Article, type Person, type Quote, type Turn} from './model.js';

/** "Byline · Publisher · Dateline · Date", for what the article has. */
export function credits(article: Pick<Article, 'byline' | 'publisher' | 'dateline' | 'datePublished'>): string {
	return [article.byline, article.publisher, article.dateline, article.datePublished].filter(Boolean).join(' · ');
}

/** A quotation as printed: its opening mark, its words, and its closing mark (the one the text has, else the pair of the opening). */
export function quotedText(quote: Quote): string {
	return `${quote.openMark}${quote.text}${quote.closeMark ?? closingQuoteMarks[quote.openMark]?.[0] ?? ''}`;
}

export interface TurnVoice {
	speaker: Person | null;
	/** "said", "replied"…; "reported" for reported speech; "" for narration. */
	cue: string;
	/** The quotation with its marks, the reported words, or the narration. */
	words: string;
	quote: Quote | null;
}

/** Who speaks a turn of an exchange, how, and in which words. */
export function turnVoice(article: Article, turn: Turn): TurnVoice {
	const {person, quote: quoteById} = lookups(article);
	const speaker = turn.speakerId === null ? null : (person.get(turn.speakerId) ?? null);
	const quote = turn.quoteId === null ? null : (quoteById.get(turn.quoteId) ?? null);
	if (turn.kind === 'narration') return {speaker: null, cue: '', words: turn.text, quote: null};
	if (turn.kind === 'reported') return {speaker, cue: 'reported', words: turn.text, quote: null};
	return {speaker, cue: quote?.cue ?? 'said', words: quote === null ? turn.text : quotedText(quote), quote};
}

/** A turn in one line of words: "Sergei Lavrov · said: “…”", "Sergei Lavrov (reported): …", "[…]". */
export function turnInWords(article: Article, turn: Turn, separator = ' · '): string {
	const voice = turnVoice(article, turn);
	const name = voice.speaker?.name ?? 'Unknown';
	if (turn.kind === 'narration') return `[${voice.words}]`;
	if (turn.kind === 'reported') return `${name} (reported): ${voice.words}`;
	return `${name}${separator}${voice.cue}: ${voice.words}`;
}
