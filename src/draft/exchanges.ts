// Press-conference exchanges: runs of consecutive paragraphs in which two or more speakers answer
// each other. Quoted speakers following one another are not enough (news often lines up
// reactions: "…," said Hoyer. / "…," added Cummings.): a turn answers the one before when its
// paragraph says so ("Ms Ruiz replied that …", "came the reply"), when it follows a question,
// when its narration names the other speaker or its words address them ("Dad, …"), or
// when both turns are a few words, as a dialogue is; then it goes on while they take turns.
import type {ArticleSource} from '../content/schema.js';
import {replyCues} from './words.js';

type Quote = ArticleSource['quotes'][number];
type Exchange = ArticleSource['exchanges'][number];
type Person = ArticleSource['people'][number];

export interface ExchangeInput {
	/** The body in order; null for a subheading, which breaks a run. */
	blocks: Array<{id: string; text: string} | null>;
	quotes: Quote[];
	people: Person[];
}

interface Paragraph {
	id: string;
	text: string;
	turns: Quote[];
}

const address = /(?:^|[,—–-]\s*)(?:Dad|Daddy|Mum|Mom|Mommy|Son|Sir|Madam|Ma[’']am|Father|Mother|Honey|Mate|Boss|Coach|Doctor)\b\s*[,.!?—–]/u;

const words = (quotes: Quote[]) => quotes.reduce((sum, quote) => sum + quote.text.split(/\s+/).length, 0);

/** Any name of `person` that is not also a name of `not` (a father and son are both "Jones"). */
function namePattern(person: Person, not: Person | undefined): RegExp | undefined {
	const taken = new Set(not === undefined ? [] : [not.name, ...not.aliases]);
	const names = [person.name, ...person.aliases].filter((name) => !taken.has(name));
	if (names.length === 0) return undefined;
	const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** The text of a paragraph with its quotations taken out. */
function outside(paragraph: Paragraph): string {
	let text = paragraph.text;
	for (const quote of paragraph.turns) text = text.split(quote.text).join(' ');
	return text;
}

/** Whether the first turn of `next` answers the last turn of `previous`. */
export function answers(previous: Paragraph, next: Paragraph, people: Map<string, Person>): boolean {
	const asked = previous.turns.at(-1)!;
	const answer = next.turns[0]!;
	if (asked.speaker === answer.speaker) return false;
	const narration = outside(next);
	if (narration.split(/[^\p{L}’']+/u).some((word) => replyCues.has(word.toLowerCase())) || /\bshot back\b/i.test(narration)) return true;
	if (/\?[’'”"]?$/.test(asked.text.trim())) return true;
	// Named in the narration ("Ms Ruiz replied …" answers Briggs by name elsewhere), not only in what is said.
	const other = people.get(asked.speaker!);
	if (other !== undefined && namePattern(other, people.get(answer.speaker!))?.test(narration)) return true;
	if (next.turns.some((quote) => quote.speaker === answer.speaker && address.test(quote.text))) return true;
	return words(previous.turns) <= 8 && words(next.turns) <= 8;
}

export function findExchanges({blocks, quotes, people}: ExchangeInput): Exchange[] {
	const byId = new Map(people.map((person) => [person.id, person]));
	const exchanges: Exchange[] = [];
	const used = new Set<string>();
	let run: Paragraph[] = [];
	const flush = () => {
		exchanges.push(...exchangesIn(run, byId, used));
		run = [];
	};
	for (const block of blocks) {
		const turns = block === null ? [] : quotes.filter((quote) => quote.paragraph === block.id && quote.speaker !== undefined && quote.kind !== 'scare');
		if (block === null || turns.length === 0) flush();
		else run.push({...block, turns});
	}
	flush();
	return exchanges;
}

function exchangesIn(run: Paragraph[], people: Map<string, Person>, used: Set<string>): Exchange[] {
	const found: Exchange[] = [];
	const first = (paragraph: Paragraph) => paragraph.turns[0]!.speaker;
	const last = (paragraph: Paragraph) => paragraph.turns.at(-1)!.speaker;
	for (let index = 0; index < run.length - 1; index++) {
		if (!answers(run[index]!, run[index + 1]!, people)) continue;
		let start = index;
		let end = index + 1;
		// The turn answered may itself answer the one before: "…," said the mayor. / Briggs disagreed: "…" / Ms Ruiz replied …
		if (start > 0 && last(run[start - 1]!) === first(run[end]!) && last(run[start - 1]!) !== first(run[start]!)) start--;
		// On while the speakers keep answering, or take turns again, or one of them goes on for a
		// paragraph ("he added").
		let sameInARow = 0;
		while (end + 1 < run.length) {
			const next = run[end + 1]!;
			const inExchange = run.slice(start, end + 1).some((paragraph) => paragraph.turns.some((quote) => quote.speaker === first(next)));
			if (first(next) === last(run[end]!) && sameInARow === 0 && next.turns.every((quote) => quote.speaker === first(next))) {
				sameInARow++;
			} else if (answers(run[end]!, next, people) || (inExchange && first(next) !== last(run[end]!))) {
				sameInARow = 0;
			} else {
				break;
			}
			end++;
		}
		found.push(toExchange(run.slice(start, end + 1), people, used));
		index = end;
	}
	return found;
}

function toExchange(paragraphs: Paragraph[], people: Map<string, Person>, used: Set<string>): Exchange {
	const turns = paragraphs.flatMap((paragraph) => paragraph.turns);
	const speakers = [...new Set(turns.map((quote) => quote.speaker!))];
	let id = `x-${paragraphs[0]!.id}`;
	for (let counter = 2; used.has(id); counter++) id = `x-${paragraphs[0]!.id}-${counter}`;
	used.add(id);
	const title = speakers.slice(0, 3).map((speaker) => people.get(speaker)?.name ?? speaker).join(' and ');
	return {id, title, turns: turns.map((quote) => ({quote: quote.id}))};
}
