// Press-conference exchanges: runs of consecutive paragraphs in one section, each holding a
// full quotation, in which two or more speakers answer each other.
import type {ArticleSource} from '../content/schema.js';

type Quote = ArticleSource['quotes'][number];
type Exchange = ArticleSource['exchanges'][number];

export interface ExchangeInput {
	/** Paragraph ids of each section, in order (subheadings left out: they break a run). */
	sections: Array<Array<string | null>>;
	quotes: Quote[];
	nameOf: (personId: string) => string;
}

export function findExchanges({sections, quotes, nameOf}: ExchangeInput): Exchange[] {
	const exchanges: Exchange[] = [];
	const used = new Set<string>();
	for (const blocks of sections) {
		let run: string[] = [];
		const flush = () => {
			const exchange = toExchange(run, quotes, nameOf, used);
			if (exchange !== undefined) exchanges.push(exchange);
			run = [];
		};
		for (const block of blocks) {
			const spoken = block !== null && quotes.some((quote) => quote.paragraph === block && quote.kind === 'full' && quote.speaker !== undefined);
			if (spoken) run.push(block);
			else flush();
		}
		flush();
	}
	return exchanges;
}

function toExchange(run: string[], quotes: Quote[], nameOf: (personId: string) => string, used: Set<string>): Exchange | undefined {
	if (run.length < 2) return undefined;
	const turns = run.flatMap((paragraph) => quotes.filter((quote) => quote.paragraph === paragraph && quote.speaker !== undefined && quote.kind !== 'scare'));
	const speakers = turns.map((quote) => quote.speaker!);
	const distinct = [...new Set(speakers)];
	// Two people answering each other: a change of speaker between paragraphs.
	const firstOf = (paragraph: string) => turns.find((quote) => quote.paragraph === paragraph)!.speaker;
	const answers = run.some((paragraph, index) => index > 0 && firstOf(paragraph) !== firstOf(run[index - 1]!));
	if (distinct.length < 2 || !answers) return undefined;
	let id = `x-${run[0]}`;
	for (let counter = 2; used.has(id); counter++) id = `x-${run[0]}-${counter}`;
	used.add(id);
	return {id, title: distinct.slice(0, 3).map(nameOf).join(' and '), turns: turns.map((quote) => ({quote: quote.id}))};
}
