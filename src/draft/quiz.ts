// Quiz questions that pass every grounding check of `validate`: who said a quotation and who
// holds a role (the other people as distractors), and which figure, date, place or name
// completes a sentence (distractors of the same kind from the article). Stems never hold quote
// marks that are not a quotation.
import type {ArticleSource} from '../content/schema.js';
import {normaliseWords} from '../content/text.js';
import {months, numberWords, weekdays, type FactCandidate, type Paragraph} from './facts.js';
import {sentenceRanges} from './sentences.js';

type Question = ArticleSource['quiz'][number];
type Quote = ArticleSource['quotes'][number];
type Person = ArticleSource['people'][number];

export type {Paragraph} from './facts.js';

/** A quote mark at `at`; a single one inside a word ("don’t") is an apostrophe. */
function isQuoteMark(text: string, at: number): boolean {
	const character = text[at]!;
	if (/[“”"«»]/.test(character)) return true;
	if (!/[‘’']/.test(character)) return false;
	return !(/\p{L}/u.test(text[at - 1] ?? '') && /\p{L}/u.test(text[at + 1] ?? ''));
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
		case 'score': {
			const [first, second] = text.split(/[-–]/).map(Number) as [number, number];
			const dash = /–/.test(text) ? '–' : '-';
			return [
				[first - 1, second + 1],
				[first + 1, second - 1],
				[second, first],
				[first + 2, second],
			]
				.filter(([a, b]) => a! >= 0 && b! >= 0)
				.map(([a, b]) => `${a}${dash}${b}`);
		}
		case 'date': {
			const named = months.find((name) => text.startsWith(name.slice(0, 3)));
			const index = named === undefined ? -1 : months.indexOf(named);
			const year = /\b(\d{4})$/.exec(text)?.[1];
			const day = /\s(\d{1,2})\b/.exec(text)?.[1];
			const options: string[] = [];
			if (index >= 0) for (const shift of [1, -1, 2]) options.push(text.replace(/^\S+/, months[(index + shift + 12) % 12]!));
			if (year !== undefined) options.push(text.replace(/\d{4}$/, String(Number(year) + 1)), text.replace(/\d{4}$/, String(Number(year) - 1)));
			if (day !== undefined) options.push(text.replace(/\s\d{1,2}\b/, ` ${(Number(day) % 28) + 1}`));
			return options;
		}
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
	// Not "U.S." beside "U.S. Federal Reserve", nor "Te Kaurinui" beside "Te Kaurinui Parata": one would give the other away.
	const overlaps = (key: string) => [...seen].some((other) => ` ${other} `.includes(` ${key} `) || ` ${key} `.includes(` ${other} `));
	for (const distractor of distractors) {
		const key = normaliseWords(distractor);
		if (key === '' || seen.has(key) || overlaps(key)) continue;
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

const kindWords: Record<FactCandidate['kind'], string> = {
	score: 'Which result',
	year: 'Which year',
	date: 'Which date',
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
		question: `${kindWords[candidate.kind]} completes this sentence about ${candidate.about}? ${gapped(paragraph.text, range, candidate.start, candidate.end, sentence)}`,
		...arranged,
		fact: fact.id,
		evidence: [{paragraph: paragraph.id, text: evidence}],
		explanation: `Paragraph ${paragraph.number} says: ${evidence}`,
	};
}

/** "Which name (place) completes…": a name in a sentence, other names of its kind in the article as distractors. */
export function nameQuestion(key: string, others: string[], paragraph: Paragraph, start: number, end: number, kind: 'name' | 'place' = 'name'): Question | undefined {
	const range = window(paragraph.text, start, end);
	if (range === undefined) return undefined;
	const sentence = sentenceRanges(paragraph.text).find(([from, to]) => from <= start && end <= to)!;
	const answer = paragraph.text.slice(start, end);
	const id = `q-${kind}-${paragraph.id}-${key}`;
	const arranged = arrange(id, answer, others);
	if (arranged === undefined) return undefined;
	const evidence = paragraph.text.slice(range.from, range.to);
	return {
		id,
		question: `Which ${kind} completes this sentence from the article? ${gapped(paragraph.text, range, start, end, sentence)}`,
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

/**
 * "Who is the foreign secretary, according to the article?": a role the text gives one person,
 * asked in the words of the sentence that gives it, the other people as distractors.
 */
export function roleQuestion(person: Person, others: Person[], paragraphs: Paragraph[]): Question | undefined {
	const role = person.role;
	if (role === undefined || !askableRole(role)) return undefined;
	const own = [person.name, ...person.aliases];
	if (own.some((name) => normaliseWords(role).includes(normaliseWords(name)))) return undefined;
	// Another person given a role of the same kind ("prime minister") would make two right answers.
	const head = (value: string) => normaliseWords(value).split(' ').at(-1);
	if (others.some((other) => other.role !== undefined && (head(other.role) === head(role) || normaliseWords(other.role).includes(normaliseWords(role))))) return undefined;
	for (const paragraph of paragraphs) {
		const at = paragraph.text.toLowerCase().indexOf(role.toLowerCase());
		if (at === -1) continue;
		const sentence = sentenceRanges(paragraph.text).find(([from, to]) => from <= at && at + role.length <= to);
		if (sentence === undefined) continue;
		const text = paragraph.text.slice(sentence[0], sentence[1]);
		const name = own.find((candidate) => text.includes(candidate));
		if (name === undefined || [...text].some((_, index) => isQuoteMark(text, index))) continue;
		const written = paragraph.text.slice(at, at + role.length);
		// "the mayor" for "Mayor Ana Ruiz"; as written when it names a place or body ("the Israeli Prime Minister").
		const lowered = /^\p{Lu}[\p{Ll}-]*$/u.test(written) ? written.toLowerCase() : written;
		const phrase = /^(?:the|a|an)\s/i.test(lowered) || /[’']s\s/.test(lowered.split(/\s+/).slice(0, 2).join(' ')) ? lowered : `the ${lowered}`;
		const id = `q-role-${person.id}`;
		const arranged = arrange(id, person.name, others.map((other) => other.name));
		if (arranged === undefined) return undefined;
		return {
			id,
			question: `Who is ${phrase.replace(/^(?:The|A|An)\s/, (article) => article.toLowerCase())}, according to the article?`,
			...arranged,
			evidence: [{paragraph: paragraph.id, text}],
			explanation: `Paragraph ${paragraph.number} names ${person.name} as ${written.replace(/^(?:the|a|an)\s/i, '')}.`,
		};
	}
	return undefined;
}

/** Kin and relations: "the 22-year-old son" is someone's son, which the question cannot say. */
const relations = new Set('son daughter father mother wife husband brother sister uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother friend partner boyfriend girlfriend widow widower child children parent parents'.split(' '));

/** A role short and plain enough to ask about: no quotation, no "his", not a clause ("watched by"). */
function askableRole(role: string): boolean {
	const words = role.split(/\s+/);
	if (words.length > 10 || /[“”"‘’]/.test(role.replace(/\b\p{L}+[’']\p{L}+\b/gu, ''))) return false;
	if (words.some((word) => /^(?:his|her|their|its|whose|who|which|that)$/i.test(word))) return false;
	if (/(?:ed|ing)$/i.test(words[0]!) && words.length > 1) return false;
	return !words.some((word) => relations.has(word.toLowerCase()));
}
