// Which quotes contain some quoted words? Questions cite quotes ("Who said “…”?"), and looking
// each citation up in every quote made checking grow with questions × quotes. The index keeps
// each quote's normalised text and a list of quotes per whole word, so a citation of three words
// or more is compared only with the quotes holding its rarest inner word (its first and last
// words may be cut short: “pen in spri” is in "open in spring"). Shorter ones are compared with
// every quote, and the checks look in the quotes of the evidence's paragraphs first.
import {normaliseText, trimQuotePunctuation} from './text.js';

export interface Quoted {
	id: string;
	text: string;
}

export function citation(span: string): string {
	return normaliseText(trimQuotePunctuation(span));
}

export class QuoteIndex<Q extends Quoted> {
	private readonly normalised: string[];
	private readonly byWord = new Map<string, number[]>();

	constructor(private readonly quotes: readonly Q[]) {
		this.normalised = quotes.map((quote) => normaliseText(quote.text));
		this.normalised.forEach((text, index) => {
			for (const word of new Set(text.split(' '))) {
				const list = this.byWord.get(word);
				if (list === undefined) this.byWord.set(word, [index]);
				else list.push(index);
			}
		});
	}

	/**
	 * Indexes of the quotes a citation must be compared with: those holding its rarest inner word
	 * (the first of the rarest), or null (all of them) for a citation of one or two words, which
	 * may both be cut short.
	 */
	candidates(cited: string): readonly number[] | null {
		const words = cited.split(' ');
		let pool: readonly number[] | null = null;
		for (const word of words.slice(1, -1)) {
			const list = this.byWord.get(word) ?? [];
			if (pool === null || list.length < pool.length) pool = list;
		}
		return pool;
	}

	/** Every quote whose text contains the citation (normalised with `citation`), in file order. */
	containing(cited: string): Q[] {
		if (cited === '') return [];
		const pool = this.candidates(cited) ?? this.quotes.map((_, index) => index);
		return pool.filter((index) => this.normalised[index]!.includes(cited)).map((index) => this.quotes[index]!);
	}
}
