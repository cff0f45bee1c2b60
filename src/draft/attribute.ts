// Who said each quotation. PARC's terms: a quotation has content (between the marks), a cue
// ("said", "replied") and a source. The cue is looked for after the quotation ("“…,” Mr Lavrov
// said") and before it ("Mr Johnson replied: “…”", "according to X"), never inside it: the
// subject of a quoted sentence is not its speaker. Pronouns ("he added") go to the last fitting
// speaker; a paragraph that only quotes continues the previous speaker.
import {findMentions, buildPeople, type Mention, type People, type Person, tokens} from './people.js';
import {findQuotes, type QuoteSpan} from './quotes.js';
import {sentenceEnds} from './sentences.js';
import {cueWords, participleCues, roleNouns, unnamedSources} from './words.js';

export interface DraftQuote {
	span: QuoteSpan;
	text: string;
	speaker?: Person;
	cue?: string;
	kind: 'full' | 'partial' | 'scare';
	/** The earlier block that names the speaker, when this one does not. */
	attributedIn?: number;
	/** Why an author should look at it; none when the attribution is plain. */
	check?: string;
	/** Why it is not in the draft; set when it cannot be grounded. */
	leftOut?: string;
}

export interface Attribution {
	quotes: DraftQuote[];
	people: People;
	/** Every name mention, by block. */
	mentions: Mention[][];
}

interface Subject {
	start: number;
	end: number;
	kind: 'name' | 'pronoun' | 'role';
	mention?: Mention;
	gender?: 'female' | 'male';
	/** For a role: the phrase as written ("the president") and its noun. */
	phrase?: string;
	noun?: string;
}

interface Cue {
	start: number;
	end: number;
	word: string;
}

const pronouns: Record<string, 'female' | 'male'> = {he: 'male', she: 'female'};
const rolePattern = /\b(?:the|a|an|one|another)\s+(?:[\p{Ll}\p{Lu}][\p{L}’'-]*\s+){0,3}?([\p{Ll}-]+)\b/gu;
const barePlural = /\b(police|officials|authorities|prosecutors|investigators|witnesses|residents|organisers|organizers|analysts|experts|critics|sources)\b/gu;

/**
 * Finds quotations in the blocks (`continuous` marks which follow each other as body paragraphs,
 * so that a quotation may run from one into the next) and attributes each.
 */
export function attribute(texts: string[], continuous: boolean[]): Attribution {
	const spans = findSpans(texts, continuous);
	const byBlock = texts.map((_, block) => spans.filter((span) => span.block === block));
	const insideQuote = (block: number) => (at: number) => byBlock[block]!.some((span) => at >= span.start - 1 && at <= span.end);
	const mentions = texts.map((text, block) => findMentions(text, block, insideQuote(block)));

	// First pass: the names next to cues mark people, before any later mention is resolved.
	const speakerMentions = new Set<Mention>();
	for (const span of spans) {
		const found = findSubject(texts[span.block]!, span, byBlock[span.block]!, mentions[span.block]!);
		if (found?.subject.mention !== undefined) speakerMentions.add(found.subject.mention);
	}
	const people = buildPeople(mentions.flat(), speakerMentions);
	const personOf = new Map<Mention, Person>();
	for (const person of people.list) for (const mention of person.mentions) personOf.set(mention, person);

	const quotes: DraftQuote[] = [];
	const lastSpeakers: Array<{person: Person; block: number}> = [];
	const seen: Array<{person: Person; block: number; at: number}> = [];
	const rememberMentions = (block: number, until: number) => {
		for (const mention of mentions[block]!) {
			const person = personOf.get(mention);
			if (person && !mention.insideQuote && mention.start < until && !seen.some((entry) => entry.block === block && entry.at === mention.start)) {
				seen.push({person, block, at: mention.start});
			}
		}
	};

	let remembered = 0;
	spans.forEach((span) => {
		const text = texts[span.block]!;
		const own = byBlock[span.block]!;
		const quote: DraftQuote = {span, text: text.slice(span.start, span.end), kind: 'full'};
		// Everyone named so far, paragraphs without quotations included: pronouns may point back to them.
		for (; remembered < span.block; remembered++) rememberMentions(remembered, Infinity);
		rememberMentions(span.block, span.start);
		const found = findSubject(text, span, own, mentions[span.block]!);
		if (found !== undefined) {
			quote.cue = found.cue.word;
			const {subject} = found;
			if (subject.kind === 'name') {
				quote.speaker = personOf.get(subject.mention!) ?? people.resolve(subject.mention!);
			} else if (subject.kind === 'pronoun') {
				quote.speaker = pronounTarget(subject.gender, span.block, lastSpeakers, seen);
				if (quote.speaker) quote.check = `speaker from “${text.slice(subject.start, subject.end)} ${found.cue.word}”: the last ${subject.gender === 'female' ? 'woman' : 'man'} quoted or named`;
			} else {
				quote.speaker = roleTarget(people, subject, seen);
				if (quote.speaker) quote.check = `speaker from “${subject.phrase}”`;
			}
			if (quote.speaker && found.distance > 14) quote.check ??= `the cue “${found.cue.word}” is ${found.distance} words from the quotation`;
		}
		if (quote.speaker === undefined) continueSpeaker(quote, texts, byBlock, lastSpeakers, quotes, seen);
		if (quote.speaker !== undefined) {
			lastSpeakers.unshift({person: quote.speaker, block: span.block});
			quote.kind = isPartial(text, span, own) ? 'partial' : 'full';
		} else if (quote.text.split(/\s+/).length <= 5) {
			quote.kind = 'scare';
			delete quote.cue;
		} else {
			quote.leftOut = 'no speaker found';
		}
		quotes.push(quote);
	});
	return {quotes, people, mentions};
}

function findSpans(texts: string[], continuous: boolean[]): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let run: number[] = [];
	const flush = () => {
		if (run.length === 0) return;
		const found = findQuotes(run.map((block) => texts[block]!));
		for (const span of found) spans.push({...span, block: run[span.block]!});
		run = [];
	};
	texts.forEach((_, block) => {
		if (!continuous[block]) flush();
		run.push(block);
		if (!continuous[block]) flush();
	});
	flush();
	return spans;
}

function wordsBetween(text: string, from: number, to: number): number {
	const between = text.slice(Math.min(from, to), Math.max(from, to)).trim();
	return between === '' ? 0 : between.split(/\s+/).length;
}

/** The cue and its subject for a quotation: after it first when it ends a clause, else before. */
function findSubject(text: string, span: QuoteSpan, own: QuoteSpan[], mentions: Mention[]): {subject: Subject; cue: Cue; distance: number} | undefined {
	const index = own.indexOf(span);
	const previous = own[index - 1];
	const next = own[index + 1];
	const ends = sentenceEnds(text);
	const afterStart = span.runsOn ? text.length : span.end + 1;
	let afterEnd = next ? next.start - 1 : text.length;
	const sentenceEnd = ends.find((end) => end > afterStart);
	if (sentenceEnd !== undefined) afterEnd = Math.min(afterEnd, sentenceEnd);
	const beforeEnd = span.start - 1;
	let beforeStart = previous ? previous.end + 1 : 0;
	const sentenceStart = [...ends].reverse().find((end) => end <= beforeEnd);
	if (sentenceStart !== undefined) beforeStart = Math.max(beforeStart, sentenceStart);

	const afterText = text.slice(afterStart, afterEnd);
	// "… Mr Lavrov said: “…”": a clause ending in a colon before the next quotation introduces it.
	const introducesNext = next !== undefined && /:\s*$/.test(afterText);
	const after = () => (introducesNext ? undefined : subjectAfter(text, afterStart, afterEnd, mentions));
	const before = () => subjectBefore(text, beforeStart, beforeEnd, mentions);
	const endsClause = /[,?!\u2014\u2013-]$/.test(text.slice(span.start, span.end)) || span.runsOn;
	return endsClause ? after() ?? before() : before() ?? after();
}

function cuesIn(text: string, from: number, to: number): Cue[] {
	const found: Cue[] = [];
	for (const word of tokens(text.slice(from, to))) {
		const lower = word.text.toLowerCase();
		if (cueWords.has(lower)) found.push({start: from + word.start, end: from + word.end, word: lower});
	}
	for (const match of text.slice(from, to).matchAll(/\baccording to\b/gi)) {
		found.push({start: from + match.index, end: from + match.index + match[0].length, word: 'according to'});
	}
	return found.sort((a, b) => a.start - b.start);
}

function subjectsIn(text: string, from: number, to: number, mentions: Mention[]): Subject[] {
	const subjects: Subject[] = [];
	for (const mention of mentions) {
		if (!mention.insideQuote && mention.start >= from && mention.end <= to) subjects.push({start: mention.start, end: mention.end, kind: 'name', mention});
	}
	const region = text.slice(from, to);
	for (const match of region.matchAll(/\b(he|she|He|She)\b/g)) {
		subjects.push({start: from + match.index, end: from + match.index + match[0].length, kind: 'pronoun', gender: pronouns[match[0].toLowerCase()]!});
	}
	for (const match of region.matchAll(rolePattern)) {
		const noun = match[1]!.toLowerCase();
		if (!roleNouns.has(noun) && !unnamedSources.has(noun)) continue;
		const start = from + match.index;
		const end = start + match[0].length;
		if (subjects.some((subject) => subject.start < end && start < subject.end)) continue;
		subjects.push({start, end, kind: 'role', phrase: match[0], noun});
	}
	for (const match of region.matchAll(barePlural)) {
		const start = from + match.index;
		if (subjects.some((subject) => subject.start <= start && start < subject.end)) continue;
		subjects.push({start, end: start + match[0].length, kind: 'role', phrase: match[0], noun: match[0].toLowerCase()});
	}
	return subjects.sort((a, b) => a.start - b.start);
}

/** "“…,” Mr Lavrov said." / "“…,” said Josh Earnest, …" / "“…,” according to the ministry." */
function subjectAfter(text: string, from: number, to: number, mentions: Mention[]) {
	// A finite cue near the quotation: "are insisting …" or "was described as" say nothing of who spoke.
	const cue = cuesIn(text, from, to).find((candidate) => wordsBetween(text, from, candidate.start) <= 8 && !participleCues.has(candidate.word) && !isPassive(text, candidate));
	if (cue === undefined) return undefined;
	const subjects = subjectsIn(text, from, to, mentions);
	const beforeCue = subjects.filter((subject) => subject.end <= cue.start).at(-1);
	if (beforeCue !== undefined && cue.word !== 'according to' && wordsBetween(text, beforeCue.end, cue.start) <= 3) {
		return {subject: beforeCue, cue, distance: wordsBetween(text, from, beforeCue.start)};
	}
	const afterCue = subjects.find((subject) => subject.start >= cue.end && wordsBetween(text, cue.end, subject.start) <= 5);
	return afterCue === undefined ? undefined : {subject: afterCue, cue, distance: wordsBetween(text, from, cue.start)};
}

/** "Mr Johnson replied: “…”" / "X said on Friday that Russia had “…”" / "according to X, “…”". */
function subjectBefore(text: string, from: number, to: number, mentions: Mention[]) {
	const cues = cuesIn(text, from, to);
	const subjects = subjectsIn(text, from, to, mentions);
	for (const cue of [...cues].reverse()) {
		const distance = wordsBetween(text, cue.end, to);
		if (distance > 25) return undefined;
		if (cue.word === 'according to') {
			const named = subjects.find((subject) => subject.start >= cue.end);
			if (named) return {subject: named, cue, distance};
			continue;
		}
		if (isPassive(text, cue)) {
			// "described as “…” by the department": the agent, if named, follows the quotation.
			continue;
		}
		const beforeCue = subjects.filter((subject) => subject.end <= cue.start);
		// "…, adding: “…”": the sentence's subject speaks; "X's party, which …, saying" the party.
		const subject = participleCues.has(cue.word) ? clauseSubject(text, beforeCue, cue) : beforeCue.at(-1);
		if (subject !== undefined) return {subject, cue, distance};
		const afterCue = subjects.find((candidate) => candidate.start >= cue.end && wordsBetween(text, cue.end, candidate.start) <= 3);
		if (afterCue !== undefined) return {subject: afterCue, cue, distance};
	}
	return undefined;
}

function isPassive(text: string, cue: Cue): boolean {
	return /\b(was|were|been|being|be|is|are)\s+(\w+ly\s+)?$/i.test(text.slice(Math.max(0, cue.start - 30), cue.start));
}

/** The subject of the clause a participle cue hangs on: after a relative "which"/"who", or a full name first. */
function clauseSubject(text: string, subjects: Subject[], cue: Cue): Subject | undefined {
	const relative = [...text.slice(0, cue.start).matchAll(/,\s+(which|who)\b/g)].at(-1);
	if (relative !== undefined) {
		const before = subjects.filter((subject) => subject.end <= relative.index);
		if (before.length > 0) return before.at(-1);
	}
	const full = subjects.find((subject) => subject.kind !== 'name' || subject.mention!.titled || subject.mention!.name.includes(' '));
	return full ?? subjects[0];
}

function fits(person: Person, gender: 'female' | 'male' | undefined): boolean {
	return !person.body && (gender === undefined || person.gender === undefined || person.gender === gender);
}

function pronounTarget(
	gender: 'female' | 'male' | undefined,
	block: number,
	lastSpeakers: Array<{person: Person; block: number}>,
	seen: Array<{person: Person; block: number; at: number}>,
): Person | undefined {
	// The most recent fitting person, quoted or named; a speaker wins a tie within a paragraph.
	const speaker = lastSpeakers.find((entry) => block - entry.block <= 6 && fits(entry.person, gender));
	const named = [...seen].reverse().find((entry) => block - entry.block <= 6 && fits(entry.person, gender));
	if (speaker === undefined) return named?.person;
	if (named === undefined || named.block <= speaker.block) return speaker.person;
	return named.person;
}

function roleTarget(people: People, subject: Subject, seen: Array<{person: Person; block: number; at: number}>): Person | undefined {
	const noun = subject.noun!;
	const named = [...seen].reverse().find((entry) => entry.person.roleWords.has(noun))?.person ?? people.list.find((person) => person.roleWords.has(noun));
	const phrase = subject.phrase!.toLowerCase();
	if (named !== undefined) {
		if (/^the /.test(phrase) && !named.aliases.includes(phrase)) named.aliases.push(phrase);
		return named;
	}
	if (!unnamedSources.has(noun)) return undefined;
	const name = noun.charAt(0).toUpperCase() + noun.slice(1);
	return people.list.find((person) => person.name === name) ?? people.add(name, true);
}

/**
 * No cue: a quotation re-opened after running on, or a paragraph that only quotes, continues the
 * previous speaker; a second quotation in a paragraph goes with the first.
 */
function continueSpeaker(
	quote: DraftQuote,
	texts: string[],
	byBlock: QuoteSpan[][],
	lastSpeakers: Array<{person: Person; block: number}>,
	quotes: DraftQuote[],
	seen: Array<{person: Person; block: number; at: number}>,
) {
	const {span} = quote;
	const text = texts[span.block]!;
	const own = byBlock[span.block]!;
	const sameBlock = quotes.filter((other) => other.span.block === span.block && other.speaker !== undefined).at(-1);
	// Only within one sentence, or for a quotation that opens a sentence of its own ("“…,” he
	// said. “…”"): a word quoted in the next sentence may be someone else's.
	const ends = sentenceEnds(text);
	const lastEnd = [...ends].reverse().find((end) => end <= span.start - 1) ?? 0;
	const opensSentence = text.slice(lastEnd, span.start - 1).trim() === '';
	const sameSentence = sameBlock !== undefined && !ends.some((end) => end > sameBlock.span.end && end < span.start);
	if (sameBlock !== undefined && (sameSentence || opensSentence)) {
		quote.speaker = sameBlock.speaker;
		quote.check = 'speaker taken from the other quotation in this paragraph';
		return;
	}
	const previous = quotes.filter((other) => other.span.block === span.block - 1).at(-1);
	let outside = text;
	for (const other of [...own].reverse()) outside = outside.slice(0, other.start - 1) + outside.slice(other.runsOn ? other.end : other.end + 1);
	const onlyQuotes = /^[\s.,;:!?…\u2014\u2013-]*$/.test(outside);
	if (span.continued && previous?.speaker !== undefined) {
		quote.speaker = previous.speaker;
		return;
	}
	if (onlyQuotes && previous?.speaker !== undefined && lastSpeakers[0]?.person === previous.speaker) {
		quote.speaker = previous.speaker;
		quote.check = `a paragraph of quotation only: taken to continue ${previous.speaker.name}`;
		return;
	}
	// A paragraph of quotation after one that speaks of someone ("The president also admitted…").
	const named = [...seen].reverse().find((entry) => entry.block === span.block - 1 && !entry.person.body);
	if (onlyQuotes && previous === undefined && named !== undefined) {
		quote.speaker = named.person;
		quote.check = `a paragraph of quotation only: taken to be ${named.person.name}, named just before`;
	}
}

/** A partial quotation sits inside a sentence; a full one is a sentence, after a colon or comma. */
function isPartial(text: string, span: QuoteSpan, own: QuoteSpan[]): boolean {
	const words = text.slice(span.start, span.end);
	if (span.continued) return false;
	if (!/^[\p{Lu}\p{N}…‘“'"]/u.test(words)) return true;
	const index = own.indexOf(span);
	const from = index > 0 ? own[index - 1]!.end + 1 : 0;
	const before = text.slice(from, span.start - 1).trim();
	return !(before === '' || /[:,\u2014\u2013.!?]$/.test(before));
}
