// Scores drafts against hand annotations: quote precision and recall on exact spans (after
// folding quote marks and trimming outer punctuation), speaker accuracy over the quotes found,
// exchanges found, and the share of the article's paragraphs kept.
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {parseHTML} from 'linkedom';
import {parse} from 'yaml';
import {normaliseText, trimQuotePunctuation} from '../../src/content/text.js';
import {draftArticle} from '../../src/draft/draft.js';
import {extractHtml} from '../../src/draft/html.js';
import {extractPlainText} from '../../src/draft/plain.js';

export interface GoldQuote {
	text: string;
	/** The speaker's name as the text gives it; null for a scare quote. */
	speaker: string | null;
}

export interface Case {
	name: string;
	split: 'dev' | 'held-out';
	quotes: GoldQuote[];
	/** Each exchange as the texts of its quoted turns; undefined when the text was not annotated for them. */
	exchanges: string[][] | undefined;
	/** Paragraphs of the article as readability's own test expects them (pages only). */
	paragraphs: string[];
	draft: () => ReturnType<typeof draftArticle>;
}

interface GoldFile {
	/** A folder of pages/ (source.html, expected.html), or a file of texts/. */
	page?: string;
	text?: string;
	split: Case['split'];
	quotes: GoldQuote[];
	exchanges?: string[][];
}

const fixtures = 'test/fixtures/draft';

export const key = (text: string) => normaliseText(trimQuotePunctuation(text.replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/g, '')));

export function loadCases(): Case[] {
	const cases: Case[] = [];
	// The bundled article is the answer key for its own source text.
	const bundled = parse(readFileSync('content/johnson-lavrov-2017.yaml', 'utf8')) as {
		people: Array<{id: string; name: string}>;
		quotes: Array<{id: string; paragraph: string; text: string; speaker?: string}>;
		exchanges: Array<{turns: Array<{quote?: string}>}>;
	};
	const bundledText = (id: string) => bundled.quotes.find((quote) => quote.id === id)!.text;
	cases.push({
		name: 'johnson-lavrov-2017 (text)',
		split: 'dev',
		quotes: bundled.quotes
			.filter((quote) => quote.paragraph !== 'headline' && quote.paragraph !== 'standfirst')
			.map((quote) => ({text: quote.text, speaker: bundled.people.find((person) => person.id === quote.speaker)?.name ?? null})),
		// Exchanges of two quoted turns or more: the others are staged from reported speech.
		exchanges: bundled.exchanges.map((exchange) => exchange.turns.flatMap((turn) => (turn.quote ? [bundledText(turn.quote)] : []))).filter((turns) => turns.length >= 2),
		paragraphs: [],
		draft: () => draftArticle(extractPlainText(readFileSync('content/johnson-lavrov-2017.txt', 'utf8')), 'johnson-lavrov-2017'),
	});
	for (const file of readdirSync(path.join(fixtures, 'gold')).sort()) {
		const gold = JSON.parse(readFileSync(path.join(fixtures, 'gold', file), 'utf8')) as GoldFile;
		if (gold.text !== undefined) {
			const source = path.join(fixtures, 'texts', gold.text);
			cases.push({
				name: gold.text,
				split: gold.split,
				quotes: gold.quotes,
				exchanges: gold.exchanges,
				paragraphs: [],
				draft: () => draftArticle(extractPlainText(readFileSync(source, 'utf8')), gold.text!.replace(/\.[^.]+$/, '')),
			});
			continue;
		}
		const folder = path.join(fixtures, 'pages', gold.page!);
		cases.push({
			name: gold.page!,
			split: gold.split,
			quotes: gold.quotes,
			exchanges: gold.exchanges,
			paragraphs: expectedParagraphs(readFileSync(path.join(folder, 'expected.html'), 'utf8')),
			draft: () => draftArticle(extractHtml(readFileSync(path.join(folder, 'source.html'), 'utf8')), gold.page!),
		});
	}
	return cases;
}

/** Paragraphs of a dozen words or more: article text, not captions or link crumbs. */
function expectedParagraphs(html: string): string[] {
	type Page = {document: {querySelectorAll: (selector: string) => Iterable<{textContent: string | null}>}};
	const {document} = (parseHTML as unknown as (markup: string) => Page)(html);
	return [...document.querySelectorAll('p')]
		.map((paragraph) => (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim())
		.filter((text) => text.split(' ').length >= 12);
}

export interface Score {
	gold: number;
	found: number;
	matched: number;
	speakerRight: number;
	paragraphs: number;
	paragraphsKept: number;
	/** Gold exchanges (0 when not annotated), drafted exchanges that match one, and gold ones found. */
	exchangesGold: number;
	exchangesDrafted: number;
	exchangesRight: number;
	exchangesFound: number;
	misses: string[];
}

function sameSpeaker(gold: string | null, predicted: {name: string; aliases: string[]} | undefined): boolean {
	if (gold === null || predicted === undefined) return gold === null && predicted === undefined;
	const goldKey = normaliseText(gold);
	const names = [predicted.name, ...predicted.aliases].map(normaliseText);
	const lastWord = (value: string) => value.split(' ').at(-1);
	return names.includes(goldKey) || names.some((name) => lastWord(name) === lastWord(goldKey)) || names.some((name) => name.length > 3 && (goldKey.includes(name) || name.includes(goldKey)));
}

export function score(testCase: Case): Score {
	const {article} = testCase.draft();
	const found = article.quotes.filter((quote) => quote.paragraph !== 'headline' && quote.paragraph !== 'standfirst');
	const remaining = [...found];
	let matched = 0;
	let speakerRight = 0;
	const misses: string[] = [];
	for (const gold of testCase.quotes) {
		const index = remaining.findIndex((quote) => key(quote.text) === key(gold.text));
		if (index === -1) {
			misses.push(`missed: “${gold.text.slice(0, 60)}”`);
			continue;
		}
		const [quote] = remaining.splice(index, 1);
		matched++;
		const person = article.people.find((candidate) => candidate.id === quote!.speaker);
		if (sameSpeaker(gold.speaker, person)) speakerRight++;
		else misses.push(`speaker: “${gold.text.slice(0, 40)}” by ${gold.speaker ?? 'nobody'}, drafted as ${person?.name ?? 'nobody'}`);
	}
	for (const extra of remaining) misses.push(`extra: “${extra.text.slice(0, 60)}”`);
	const body = article.body.map((block) => block.text ?? '').join('\n');
	const paragraphsKept = testCase.paragraphs.filter((text) => body.includes(text)).length;

	// An exchange is found when a drafted one holds two of its turns or more, by two speakers or more.
	const goldExchanges = testCase.exchanges ?? [];
	const speakerOf = new Map(testCase.quotes.map((quote) => [key(quote.text), quote.speaker]));
	const quoteText = new Map(article.quotes.map((quote) => [quote.id, key(quote.text)]));
	const drafted = testCase.exchanges === undefined ? [] : article.exchanges.map((exchange) => exchange.turns.flatMap((turn) => (turn.quote ? [quoteText.get(turn.quote)!] : [])));
	const overlaps = (turns: string[], gold: string[]) => {
		const shared = gold.map(key).filter((text) => turns.includes(text));
		return shared.length >= 2 && new Set(shared.map((text) => speakerOf.get(text))).size >= 2;
	};
	const exchangesRight = drafted.filter((turns) => goldExchanges.some((gold) => overlaps(turns, gold))).length;
	const exchangesFound = goldExchanges.filter((gold) => drafted.some((turns) => overlaps(turns, gold))).length;
	for (const gold of goldExchanges) if (!drafted.some((turns) => overlaps(turns, gold))) misses.push(`exchange missed: “${gold[0]!.slice(0, 40)}” …`);
	for (const turns of drafted) if (!goldExchanges.some((gold) => overlaps(turns, gold))) misses.push(`exchange extra: “${turns[0]?.slice(0, 40) ?? ''}” …`);
	return {
		gold: testCase.quotes.length,
		found: found.length,
		matched,
		speakerRight,
		paragraphs: testCase.paragraphs.length,
		paragraphsKept,
		exchangesGold: goldExchanges.length,
		exchangesDrafted: drafted.length,
		exchangesRight,
		exchangesFound,
		misses,
	};
}

export interface Figures {
	precision: number;
	recall: number;
	attribution: number;
	kept: number;
	exchangePrecision: number;
	exchangeRecall: number;
}

export function total(scores: Score[]): Figures {
	const sum = (field: keyof Omit<Score, 'misses'>) => scores.reduce((value, entry) => value + entry[field], 0);
	return {
		precision: sum('matched') / Math.max(1, sum('found')),
		recall: sum('matched') / Math.max(1, sum('gold')),
		attribution: sum('speakerRight') / Math.max(1, sum('matched')),
		kept: sum('paragraphs') === 0 ? 1 : sum('paragraphsKept') / sum('paragraphs'),
		exchangePrecision: sum('exchangesDrafted') === 0 ? 1 : sum('exchangesRight') / sum('exchangesDrafted'),
		exchangeRecall: sum('exchangesGold') === 0 ? 1 : sum('exchangesFound') / sum('exchangesGold'),
	};
}
