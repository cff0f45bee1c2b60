// Facts a quiz can ask about: a vote or a score, an amount, a share, a date, a count of
// something. Each gets a label saying what it is ("The vote", "The estimated cost", "When the
// work will begin", "Kilometres of protected bike lanes"), read from the words around it; a
// number the words do not explain is left out rather than labelled with whatever follows it.
import type {ArticleSource} from '../content/schema.js';
import {functionWords} from './words.js';

type Fact = ArticleSource['facts'][number];

export interface Paragraph {
	id: string;
	text: string;
	number: number;
}

export type FactKind = 'score' | 'money' | 'percent' | 'date' | 'year' | 'month' | 'weekday' | 'number' | 'number-word';

export interface FactCandidate {
	fact: Fact & {label: string};
	kind: FactKind;
	/** The label as the end of a sentence: "the estimated cost", "when the work will begin", "the Christians". */
	about: string;
	/** Offsets of the fact in its paragraph. */
	start: number;
	end: number;
}

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const numberWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand'];

const month = `(?:${months.join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
const patterns: Array<[FactKind, RegExp]> = [
	['score', /\b\d{1,3}[-–]\d{1,3}\b(?![-–]\d)/g],
	['money', /[$£€]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?/g],
	['percent', /\b\d+(?:\.\d+)?(?:%| per ?cent\b| percent\b)/g],
	['date', new RegExp(`\\b${month}\\s+(?:\\d{1,2}(?:,\\s+(?:1[6-9]|20)\\d\\d)?|(?:1[6-9]|20)\\d\\d)\\b`, 'g')],
	['year', /\b(?:1[6-9]\d\d|20\d\d)\b(?![-–]\d)/g],
	['number', /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g],
	['number-word', new RegExp(`\\b(?:${numberWords.join('|')})\\b`, 'gi')],
	['weekday', new RegExp(`\\b(?:${weekdays.join('|')})\\b`, 'g')],
	['month', new RegExp(`\\b(?:${months.join('|')})\\b`, 'g')],
];

/** Labelled facts in the paragraphs, outside quotations. */
export function findFacts(paragraphs: Paragraph[]): FactCandidate[] {
	const facts: FactCandidate[] = [];
	const used = new Set<string>();
	for (const paragraph of paragraphs) {
		const {text} = paragraph;
		const taken: Array<[number, number]> = quotedRanges(text);
		for (const [kind, pattern] of patterns) {
			for (const match of text.matchAll(pattern)) {
				const start = match.index;
				const end = start + match[0].length;
				if (taken.some(([from, to]) => start < to && from < end)) continue;
				// Part of a time, an id or a longer figure ("10:30", "A4", "3/4"): nothing to ask about.
				if (kind !== 'month' && kind !== 'weekday' && kind !== 'date' && (/[\p{L}:/]$/u.test(text.slice(Math.max(0, start - 1), start)) || /^[:/]\d/.test(text.slice(end, end + 2)))) continue;
				taken.push([start, end]);
				const phrase = labelFor(kind, text, start, end);
				if (phrase === undefined) continue;
				let id = `f-${paragraph.id}-${match[0].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
				for (let counter = 2; used.has(id); counter++) id = `${id.replace(/-\d+$/, '')}-${counter}`;
				used.add(id);
				const about = /^(?:The|When|Share)\b/.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : `the ${phrase}`;
				facts.push({fact: {id, paragraph: paragraph.id, text: match[0], label: capitalise(phrase)}, kind, start, end, about});
			}
		}
	}
	return facts.sort((a, b) => paragraphs.findIndex((paragraph) => paragraph.id === a.fact.paragraph) - paragraphs.findIndex((paragraph) => paragraph.id === b.fact.paragraph) || a.start - b.start);
}

/** Quotations' spans: a figure someone is quoted saying is theirs to stand by, not the article's fact. */
function quotedRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	for (const match of text.matchAll(/[“"][^“”"]*[”"]/g)) ranges.push([match.index, match.index + match[0].length]);
	return ranges;
}

export function labelFor(kind: FactKind, text: string, start: number, end: number): string | undefined {
	const before = text.slice(Math.max(0, start - 60), start);
	const after = text.slice(end, end + 80);
	switch (kind) {
		case 'score':
			if (/\bvot(?:e|es|ed|ing)\s+(?:was\s+)?(?:by\s+)?$/i.test(before)) return 'The vote';
			if (/\b(?:won|lost|beat|defeated|drew|win|loss|victory|defeat|score|scored)\s+(?:was\s+)?(?:by\s+)?$/i.test(before)) return 'The score';
			return undefined;
		case 'money':
			return moneyLabel(before, after);
		case 'percent':
			return percentLabel(before, after);
		case 'date':
		case 'year':
		case 'month':
		case 'weekday':
			return timeLabel(text, start, end);
		case 'number':
		case 'number-word':
			return countLabel(after);
	}
}

const verbsOfMoney: Array<[RegExp, string]> = [
	[/\bcost(?:s|ing)?\s+(?:an\s+)?estimated\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i, 'The estimated cost'],
	[/\b(?:cost(?:s|ing)?|price\s+of|priced\s+at|price\s+tag\s+of|fee\s+of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|just\s+|only\s+|a\s+flat\s+)?$/i, 'The cost'],
	[/\bworth\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i, 'What it is worth'],
	[/\braised\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i, 'The money raised'],
	[/\b(?:paid|pay|pays|paying)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i, 'The amount paid'],
	[/\b(?:budget|fund|funding)\s+of\s+$/i, 'The budget'],
	[/\bfined?\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i, 'The fine'],
	[/\b(?:spend|spends|spent|spending)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i, 'The spending'],
];

/** Lower-case words a figure is never followed by as its noun: time, and words that start a clause. */
const notNouns = new Set(
	'next last this that these those year years month months week weeks day days ago annually a an the and or but to of in on at for from by with as than more less over under per each every since until when while which who whom what is was were are be been will would could should may might can has have had do does did it its their his her our your my we they he she you i not no up down out off into about after before later earlier so too very also just only still all some any both across through along near around within without between among against toward towards onto upon via like including'.split(' '),
);

/** "a $170 million contract" → "The contract"; "$1.5 million in debts" → "Debts". */
function moneyLabel(before: string, after: string): string | undefined {
	for (const [pattern, label] of verbsOfMoney) if (pattern.test(before)) return label;
	const inWhat = /^\s+in\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})/u.exec(after);
	const what = inWhat === null ? undefined : nounPhrase(inWhat[1]!);
	if (what !== undefined) return what;
	const noun = /^[-\s]+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=[,.;:]|\s+(?:for|to|of|in|on|with|from|that|which|and|was|is|will|would|has|had)\b|$)/u.exec(after);
	if (noun !== null && !noun[1]!.split(/\s+/).some((word) => notNouns.has(word) || /ed$|ing$|ly$/.test(word))) return `The ${noun[1]}`;
	return undefined;
}

/** "unemployment falling to 4.5 percent" → "Unemployment"; "3 percent of the population" → "Share of the population". */
function percentLabel(before: string, after: string): string | undefined {
	const of = /^\s+of\s+((?:the\s+|its\s+|their\s+)?)([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})/u.exec(after);
	const share = of === null ? undefined : nounPhrase(of[2]!);
	if (share !== undefined) return `Share of ${of![1]}${share}`;
	const subject = /\b(?:the\s+)?([\p{Ll}-]+)\s+(?:rose|fell|grew|jumped|dropped|climbed|increased|decreased|falling|rising|growing|was|is|stood|reached|hit)\s+(?:by\s+|to\s+|at\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+)?$/u.exec(before);
	if (subject !== null && !notNouns.has(subject[1]!) && !/(?:s|ed|ly)$/.test(subject[1]!)) return subject[1]!;
	return undefined;
}

/** The words up to the first that cannot be in a noun phrase; none when the first cannot. */
function nounPhrase(words: string): string | undefined {
	const kept: string[] = [];
	for (const word of words.split(/\s+/)) {
		if (notNouns.has(word) || /(?:ly)$/.test(word)) break;
		kept.push(word);
	}
	return kept.length === 0 ? undefined : kept.join(' ');
}

/** Generic counts that say nothing on their own: "200 people", "three times". */
const vagueNouns = new Set('people persons others ones times things ways years months weeks days hours minutes seconds percent points more of sides parts kinds'.split(' '));

/** "40 kilometres of protected bike lanes" → "Kilometres of protected bike lanes"; "300 Bentleys" → "Bentleys". */
function countLabel(after: string): string | undefined {
	const phrase = /^\s+((?:[\p{L}][\p{L}’'-]*)(?:\s+(?:of\s+)?(?:the\s+)?[\p{Ll}][\p{L}’'-]*){0,4})/u.exec(after)?.[1];
	if (phrase === undefined) return undefined;
	const words = phrase.split(/\s+/);
	// Up to the first word that is not part of the noun phrase.
	const kept: string[] = [];
	for (const word of words) {
		if (kept.length > 0 && notNouns.has(word.toLowerCase()) && word !== 'of' && word !== 'the') break;
		kept.push(word);
	}
	// "… bike lanes ending": a participle or adverb closes the phrase rather than ends it.
	while (kept.length > 1 && /ed$|ing$|ly$/.test(kept.at(-1)!)) kept.pop();
	while (kept.length > 0 && ['of', 'the'].includes(kept.at(-1)!)) kept.pop();
	const head = kept[0]?.toLowerCase();
	if (head === undefined || vagueNouns.has(head) || notNouns.has(head) || /ed$|ing$|ly$/.test(head) || !/s$/.test(head)) return undefined;
	return kept.join(' ');
}

const prepositions = /\b(?:in|on|by|since|until|from|during|before|after|at)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$/i;

/**
 * "The work will begin in March 2027" → "When the work will begin"; "In 2013, Senator Mitch
 * McConnell called …" → "When Senator Mitch McConnell called the debt": the clause the date is
 * the time of, when it is short and has a subject.
 */
function timeLabel(text: string, start: number, end: number): string | undefined {
	const preposition = prepositions.exec(text.slice(Math.max(0, start - 20), start));
	if (preposition === null) return undefined;
	const at = start - (text.slice(Math.max(0, start - 20), start).length - preposition.index);
	const sentenceStart = Math.max(...['. ', '? ', '! '].map((end) => text.lastIndexOf(end, at)).filter((found) => found !== -1).map((found) => found + 2), 0);
	let clause = text.slice(sentenceStart, at).trimEnd();
	if (clause === '') {
		// A date at the head of its sentence: the main clause after the comma is what happened then.
		const main = /^,\s+([^,;:“”"]+?)(?=[,;:“”".]|$)/.exec(text.slice(end));
		if (main === null) return undefined;
		clause = main[1]!.split(/\s+/).slice(0, 8).join(' ');
		if (main[1]!.split(/\s+/).length > 8) return undefined;
	} else {
		// From the last clause boundary: "… , ending a debate that has split the city"
		const starts = [...clause.matchAll(/(?:^|[,;:]\s+|\b(?:that|and|but|when|after|before|as|because|while|where)\s+)/g)];
		const from = starts.at(-1);
		clause = clause.slice(from === undefined ? 0 : from.index + from[0].length);
	}
	clause = clause.replace(/\s+[\d–-]+$/, '').replace(/[,;:]+$/, '');
	const words = clause.split(/\s+/).filter(Boolean);
	if (words.length < 3 || words.length > 9 || /[“”"‘’]/.test(clause.replace(/\b\p{L}+[’']\p{L}+\b/gu, ''))) return undefined;
	const first = words[0]!;
	// A subject opens the clause: a determiner or a name, not a verb or a pronoun.
	if (!/^(?:The|the|A|a|An|an|This|this|Its|its|His|his|Her|her|Their|their)$/.test(first) && !/^\p{Lu}/u.test(first)) return undefined;
	if (/^(?:It|He|She|They|We|I|You|There|This|That)$/.test(first) || (functionWords.has(first) && !/^(?:The|A|An|This|Its|His|Her|Their)$/.test(first))) return undefined;
	const lowered = /^(?:The|A|An|This|Its|His|Her|Their)$/.test(first) ? first.toLowerCase() : first;
	return `When ${[lowered, ...words.slice(1)].join(' ')}`;
}

function capitalise(value: string): string {
	return value.charAt(0).toUpperCase() + value.slice(1);
}
