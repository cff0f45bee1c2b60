// Scores drafts against hand annotations: quote precision and recall on exact spans (after
// folding quote marks and trimming outer punctuation), speaker accuracy over the quotes found,
// and the share of the article's paragraphs kept.
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
	/** Paragraphs of the article as readability's own test expects them (pages only). */
	paragraphs: string[];
	draft: () => ReturnType<typeof draftArticle>;
}

const fixtures = 'test/fixtures/draft';

const key = (text: string) => normaliseText(trimQuotePunctuation(text.replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/g, '')));

export function loadCases(): Case[] {
	const cases: Case[] = [];
	// The bundled article is the answer key for its own source text.
	const bundled = parse(readFileSync('content/johnson-lavrov-2017.yaml', 'utf8')) as {
		people: Array<{id: string; name: string}>;
		quotes: Array<{paragraph: string; text: string; speaker?: string}>;
	};
	cases.push({
		name: 'johnson-lavrov-2017 (text)',
		split: 'dev',
		quotes: bundled.quotes
			.filter((quote) => quote.paragraph !== 'headline' && quote.paragraph !== 'standfirst')
			.map((quote) => ({text: quote.text, speaker: bundled.people.find((person) => person.id === quote.speaker)?.name ?? null})),
		paragraphs: [],
		draft: () => draftArticle(extractPlainText(readFileSync('content/johnson-lavrov-2017.txt', 'utf8')), 'johnson-lavrov-2017'),
	});
	for (const file of readdirSync(path.join(fixtures, 'gold')).sort()) {
		const gold = JSON.parse(readFileSync(path.join(fixtures, 'gold', file), 'utf8')) as {page: string; split: Case['split']; quotes: GoldQuote[]};
		const folder = path.join(fixtures, 'pages', gold.page);
		cases.push({
			name: gold.page,
			split: gold.split,
			quotes: gold.quotes,
			paragraphs: expectedParagraphs(readFileSync(path.join(folder, 'expected.html'), 'utf8')),
			draft: () => draftArticle(extractHtml(readFileSync(path.join(folder, 'source.html'), 'utf8')), gold.page),
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
	return {gold: testCase.quotes.length, found: found.length, matched, speakerRight, paragraphs: testCase.paragraphs.length, paragraphsKept, misses};
}

export function total(scores: Score[]): {precision: number; recall: number; attribution: number; kept: number} {
	const sum = (field: keyof Omit<Score, 'misses'>) => scores.reduce((value, entry) => value + entry[field], 0);
	return {
		precision: sum('matched') / Math.max(1, sum('found')),
		recall: sum('matched') / Math.max(1, sum('gold')),
		attribution: sum('speakerRight') / Math.max(1, sum('matched')),
		kept: sum('paragraphs') === 0 ? 1 : sum('paragraphsKept') / sum('paragraphs'),
	};
}
