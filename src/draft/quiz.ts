// Quiz questions that pass every grounding check of `validate`: who said a quotation (the other
// people as distractors), and which number, year, day or name completes a sentence (distractors
// of the same kind from the article). Stems never hold quote marks that are not a quotation.
import type {ArticleSource} from '../content/schema.js';
import {normaliseWords} from '../content/text.js';
import {sentenceRanges} from './sentences.js';

type Question = ArticleSource['quiz'][number];
type Fact = ArticleSource['facts'][number];
type Quote = ArticleSource['quotes'][number];
type Person = ArticleSource['people'][number];

export interface Paragraph {
	id: string;
	text: string;
	number: number;
}

export type FactKind = 'year' | 'percent' | 'money' | 'number' | 'number-word' | 'weekday' | 'month';

export interface FactCandidate {
	fact: Fact;
	kind: FactKind;
	/** Offsets of the fact in its paragraph. */
	start: number;
	end: number;
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const numberWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand'];
/** A quote mark at `at`; a single one inside a word ("don’t") is an apostrophe. */
function isQuoteMark(text: string, at: number): boolean {
	const character = text[at]!;
	if (/[“”"«»]/.test(character)) return true;
	if (!/[‘’']/.test(character)) return false;
	return !(/\p{L}/u.test(text[at - 1] ?? '') && /\p{L}/u.test(text[at + 1] ?? ''));
}

const patterns: Array<[FactKind, RegExp]> = [
	['money', /[$£€]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?/g],
	['percent', /\b\d+(?:\.\d+)?(?:%| per ?cent\b| percent\b)/g],
	['year', /\b(?:1[6-9]\d\d|20\d\d)\b(?![-–]\d)/g],
	['number', /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g],
	['number-word', new RegExp(`\\b(?:${numberWords.join('|')})\\b`, 'gi')],
	['weekday', new RegExp(`\\b(?:${weekdays.join('|')})\\b`, 'g')],
	['month', new RegExp(`\\b(?:${months.join('|')})\\b`, 'g')],
];

/** Numbers, years, days and months in the paragraphs, outside quotations. */
export function findFacts(paragraphs: Paragraph[]): FactCandidate[] {
	const facts: FactCandidate[] = [];
	const used = new Set<string>();
	for (const paragraph of paragraphs) {
		const taken: Array<[number, number]> = [];
		for (const [kind, pattern] of patterns) {
			for (const match of paragraph.text.matchAll(pattern)) {
				const start = match.index;
				const end = start + match[0].length;
				if (taken.some(([from, to]) => start < to && from < end)) continue;
				// Part of a time, a score or an id ("10:30", "3-1", "A4"): not a fact to ask about.
				if (/[\p{L}:/]$/u.test(paragraph.text.slice(Math.max(0, start - 1), start)) || /^[:/]?\d/.test(paragraph.text.slice(end, end + 2).replace(/^[:/]/, ':'))) {
					if (kind !== 'month' && kind !== 'weekday') continue;
				}
				taken.push([start, end]);
				const text = match[0];
				let id = `f-${paragraph.id}-${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
				for (let counter = 2; used.has(id); counter++) id = `${id.replace(/-\d+$/, '')}-${counter}`;
				used.add(id);
				const label = labelFor(paragraph.text, end);
				facts.push({fact: {id, paragraph: paragraph.id, text, ...(label ? {label} : {})}, kind, start, end});
			}
		}
	}
	return facts;
}

function labelFor(text: string, end: number): string | undefined {
	const after = text.slice(end).replace(/^[-–\s]+/, '').split(/[\s,.;:]+/).slice(0, 4).join(' ');
	const label = after.replace(/[“”"‘’]/g, '').trim();
	return label === '' ? undefined : label.charAt(0).toUpperCase() + label.slice(1);
}

function sameKindValues(candidate: FactCandidate, all: FactCandidate[]): string[] {
	const own = normaliseWords(candidate.fact.text);
	const values: string[] = [];
	for (const other of all) {
		if (other.kind !== candidate.kind) continue;
		const value = other.fact.text;
		const key = normaliseWords(value);
		if (key === own || values.some((existing) => normaliseWords(existing) === key)) continue;
		values.push(candidate.kind === 'number-word' ? matchCase(value, candidate.fact.text) : value);
	}
	return values;
}

function matchCase(value: string, model: string): string {
	return /^\p{Lu}/u.test(model) ? value.charAt(0).toUpperCase() + value.slice(1).toLowerCase() : value.toLowerCase();
}

/** Made-up values of the same kind, when the article has too few: nearby years, other days. */
function invented(candidate: FactCandidate): string[] {
	const text = candidate.fact.text;
	switch (candidate.kind) {
		case 'weekday':
			return weekdays.filter((day) => day !== text);
		case 'month':
			return months.filter((month) => month !== text);
		case 'year': {
			const year = Number(text);
			return [year - 2, year + 3, year - 5, year + 1].map(String);
		}
		case 'number-word':
			return numberWords.filter((word) => word !== text.toLowerCase()).map((word) => matchCase(word, text));
		case 'number':
		case 'percent':
		case 'money': {
			const digits = /\d[\d,.]*/.exec(text)?.[0] ?? '';
			const value = Number(digits.replace(/,/g, ''));
			if (!Number.isFinite(value) || digits === '') return [];
			const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
			const format = (number: number) => {
				const fixed = number.toFixed(decimals);
				// Thousands separated as the article writes them ("3,000"), without loading Intl's data.
				return digits.includes(',') ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fixed;
			};
			const options = [value * 2, value / 2, value * 3, value + (value >= 10 ? 10 : 1)]
				.map((number) => (decimals === 0 ? Math.round(number) : number))
				.filter((number) => number > 0 && number !== value);
			return options.map((number) => text.replace(digits, format(number)));
		}
	}
}

function hash(value: string): number {
	let result = 0;
	for (const character of value) result = (result * 31 + character.codePointAt(0)!) >>> 0;
	return result;
}

/** Options in an order that depends on the question, so answers are not always A. */
function arrange(id: string, answer: string, distractors: string[]): {options: string[]; answer: number} | undefined {
	const chosen: string[] = [];
	const seen = new Set([normaliseWords(answer)]);
	for (const distractor of distractors) {
		const key = normaliseWords(distractor);
		if (key === '' || seen.has(key)) continue;
		seen.add(key);
		chosen.push(distractor);
		if (chosen.length === 3) break;
	}
	if (chosen.length < 2) return undefined;
	const position = hash(id) % (chosen.length + 1);
	const options = [...chosen];
	options.splice(position, 0, answer);
	return {options, answer: position};
}

/** The sentence around [start, end), cut to at most `limit` words either side, free of quote marks. */
export function window(text: string, start: number, end: number, limit = 14): {from: number; to: number} | undefined {
	const sentence = sentenceRanges(text).find(([from, to]) => from <= start && end <= to);
	if (sentence === undefined) return undefined;
	let [from, to] = sentence;
	// Stop at a quote mark on either side: text in quote marks in a stem must be a quotation.
	for (let at = start - 1; at >= from; at--) {
		if (isQuoteMark(text, at)) {
			from = at + 1;
			break;
		}
	}
	for (let at = end; at < to; at++) {
		if (isQuoteMark(text, at)) {
			to = at;
			break;
		}
	}
	const before = text.slice(from, start).split(' ');
	if (before.length > limit) from = start - before.slice(-limit).join(' ').length;
	const after = text.slice(end, to).split(' ');
	if (after.length > limit) to = end + after.slice(0, limit).join(' ').length;
	while (from < start && /\s/.test(text[from]!)) from++;
	while (to > end && /\s/.test(text[to - 1]!)) to--;
	if (wordsIn(text.slice(from, to)) < 5) return undefined;
	return {from, to};
}

function wordsIn(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

function gapped(text: string, range: {from: number; to: number}, start: number, end: number, sentence: [number, number]): string {
	const lead = range.from > sentence[0] ? '…' : '';
	const tail = range.to < sentence[1] ? '…' : '';
	return `${lead}${text.slice(range.from, start)}___${text.slice(end, range.to)}${tail}`;
}

const kindWords: Record<FactKind, string> = {
	year: 'Which year',
	percent: 'Which figure',
	money: 'Which amount',
	number: 'Which number',
	'number-word': 'Which number',
	weekday: 'Which day',
	month: 'Which month',
};

export function factQuestion(candidate: FactCandidate, all: FactCandidate[], paragraph: Paragraph): Question | undefined {
	const {fact} = candidate;
	const range = window(paragraph.text, candidate.start, candidate.end);
	if (range === undefined) return undefined;
	const sentence = sentenceRanges(paragraph.text).find(([from, to]) => from <= candidate.start && candidate.end <= to)!;
	const distractors = [...sameKindValues(candidate, all), ...invented(candidate)];
	const id = `q-${fact.id.replace(/^f-/, '')}`;
	const arranged = arrange(id, fact.text, distractors);
	if (arranged === undefined) return undefined;
	const evidence = paragraph.text.slice(range.from, range.to);
	return {
		id,
		question: `${kindWords[candidate.kind]} completes this sentence from the article? ${gapped(paragraph.text, range, candidate.start, candidate.end, sentence)}`,
		...arranged,
		fact: fact.id,
		evidence: [{paragraph: paragraph.id, text: evidence}],
		explanation: `Paragraph ${paragraph.number} says: ${evidence}`,
	};
}

/** "Which name completes…": a name in a sentence, other names of the article as distractors. */
export function nameQuestion(key: string, others: string[], paragraph: Paragraph, start: number, end: number): Question | undefined {
	const range = window(paragraph.text, start, end);
	if (range === undefined) return undefined;
	const sentence = sentenceRanges(paragraph.text).find(([from, to]) => from <= start && end <= to)!;
	const answer = paragraph.text.slice(start, end);
	const id = `q-name-${paragraph.id}-${key}`;
	const arranged = arrange(id, answer, others);
	if (arranged === undefined) return undefined;
	const evidence = paragraph.text.slice(range.from, range.to);
	return {
		id,
		question: `Which name completes this sentence from the article? ${gapped(paragraph.text, range, start, end, sentence)}`,
		...arranged,
		evidence: [{paragraph: paragraph.id, text: evidence}],
		explanation: `Paragraph ${paragraph.number} says: ${evidence}`,
	};
}

/** Trailing punctuation off, and a long quotation cut to its first words. */
export function excerpt(text: string, limit = 14): string {
	const trailing = /[\s,.;:!?…—–-]+$/u;
	const words = text.split(' ');
	if (words.length > limit + 4) return `${words.slice(0, limit).join(' ').replace(trailing, '')}…`;
	return text.replace(trailing, '');
}

export function whoSaidQuestion(quote: Quote, speaker: Person, others: Person[], paragraphs: Map<string, Paragraph>): Question | undefined {
	const paragraph = paragraphs.get(quote.paragraph);
	if (paragraph === undefined) return undefined;
	const cited = excerpt(quote.text);
	for (let at = 0; at < cited.length; at++) if (isQuoteMark(cited, at)) return undefined;
	const id = `q-who-${quote.id.replace(/^q-/, '')}`;
	const arranged = arrange(id, speaker.name, others.map((other) => other.name));
	if (arranged === undefined) return undefined;
	const evidence = [{paragraph: paragraph.id, text: paragraph.text}];
	const named = quote.attributedIn === undefined ? undefined : paragraphs.get(quote.attributedIn);
	if (named !== undefined) evidence.push({paragraph: named.id, text: named.text});
	return {
		id,
		question: `Who said “${cited}”?`,
		...arranged,
		evidence,
		explanation: `The article gives these words to ${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}, in paragraph ${paragraph.number}.`,
	};
}
