// Who said each quotation. PARC's terms: a quotation has content (between the marks), a cue
// ("said", "replied") and a source. The cue is looked for after the quotation ("“…,” Mr Lavrov
// said") and before it ("Mr Johnson replied: “…”", "according to X"), never inside it: the
// subject of a quoted sentence is not its speaker. Pronouns ("he added") go to the last fitting
// speaker ("it said" to the last body named); a paragraph that only quotes, or opens with a
// quotation, continues the previous speaker.
import {findMentions, buildPeople, nameHasBodyWord, type Mention, type People, type Person, tokens} from './people.js';
import {findQuotes, type QuoteSpan} from './quotes.js';
import {sentenceEnds} from './sentences.js';
import {cueWords, femaleWords, groupNouns, maleWords, mentionWords, officeTitles, participleCues, roleNouns, unnamedSources} from './words.js';

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
	/** For a pronoun: "it" points to a body ("the agency … it said"). */
	gender?: Gender;
	/** For a role: the phrase as written ("the president") and its noun. */
	phrase?: string;
	noun?: string;
}

interface Cue {
	start: number;
	end: number;
	word: string;
}

type Gender = 'female' | 'male' | 'body';
/** A person named in a block, at an offset; `subject` when the name opens its sentence or its main clause. */
interface Seen {
	person: Person;
	block: number;
	at: number;
	subject: boolean;
}
const titleWords = new Set([...roleNouns, ...[...officeTitles].map((word) => word.toLowerCase()), 'first', 'lady', 'prime', 'vice', 'former', 'chief', 'senior']);
const pronouns: Record<string, Gender> = {he: 'male', she: 'female', it: 'body'};
const pronounWords: Record<Gender, string> = {female: 'woman', male: 'man', body: 'body'};
const determiner = /\b(?:the|a|an|one|another|your|our)\s+/giu;
const barePlural = /\b(police|officials|authorities|prosecutors|investigators|witnesses|residents|organisers|organizers|analysts|experts|critics|sources)\b/gu;

/**
 * Finds quotations in the blocks (`continuous` marks which follow each other as body paragraphs,
 * so that a quotation may run from one into the next) and attributes each. Blocks not `quotable`
 * (subheadings) are read for the names they give, which pronouns may point back to, and nothing else.
 */
export function attribute(texts: string[], continuous: boolean[], quotable: boolean[] = texts.map(() => true)): Attribution {
	const spans = findSpans(texts, continuous, quotable);
	const byBlock = texts.map((_, block) => spans.filter((span) => span.block === block));
	const insideQuote = (block: number) => (at: number) => byBlock[block]!.some((span) => at >= span.start - 1 && at <= span.end);
	const mentions = texts.map((text, block) => findMentions(text, block, insideQuote(block)));

	// First pass: the names next to cues mark people, before any later mention is resolved.
	const speakerMentions = new Set<Mention>();
	for (const span of spans) {
		const found = findSubject(texts[span.block]!, span, byBlock[span.block]!, mentions[span.block]!);
		if (found?.subject.mention !== undefined) speakerMentions.add(found.subject.mention);
	}
	// "Kisha Rivera, who works as a cabin cleaner, said she …": the subject of reported speech is someone too.
	texts.forEach((text, block) => {
		const ends = sentenceEnds(text);
		for (const mention of mentions[block]!) {
			if (mention.insideQuote || !(mention.name.includes(' ') || mention.titled) || !(opensClause(text, mention.start) || /,\s*$/.test(text.slice(0, mention.start)))) continue;
			const end = ends.find((value) => value > mention.end) ?? text.length;
			const cue = cuesIn(text, mention.end, end).find((candidate) => !participleCues.has(candidate.word) && !isPassive(text, candidate));
			if (cue === undefined) continue;
			// Straight to the cue, or over a clause about them: ", who works as a cabin cleaner at O’Hare, said".
			const between = text.slice(mention.end, cue.start);
			const direct = !mentions[block]!.some((other) => other !== mention && other.start > mention.end && other.end <= cue.start && !other.insideQuote);
			if (direct || /^,\s+[^,]*,\s*$/.test(between)) speakerMentions.add(mention);
		}
	});
	const people = buildPeople(mentions.flat(), speakerMentions);
	const personOf = new Map<Mention, Person>();
	for (const person of people.list) for (const mention of person.mentions) personOf.set(mention, person);

	const quotes: DraftQuote[] = [];
	const lastSpeakers: Array<{person: Person; block: number}> = [];
	const seen: Seen[] = [];
	const rememberMentions = (block: number, until: number) => {
		for (const mention of mentions[block]!) {
			const person = personOf.get(mention);
			if (person && !mention.insideQuote && mention.start < until && !seen.some((entry) => entry.block === block && entry.at === mention.start)) {
				seen.push({person, block, at: mention.start, subject: opensClause(texts[block]!, mention.start) || speakerMentions.has(mention)});
			}
		}
		// "The president also admitted…": a role the text has given someone names them too.
		for (const match of texts[block]!.slice(0, until).matchAll(/\b[Tt]he\s+([\p{Ll}-]+)\b/gu)) {
			const person = people.list.find((candidate) => !candidate.body && candidate.roleWords.has(match[1]!));
			if (person && !byBlock[block]!.some((span) => match.index >= span.start - 1 && match.index <= span.end) && !seen.some((entry) => entry.block === block && entry.at === match.index)) {
				seen.push({person, block, at: match.index, subject: opensClause(texts[block]!, match.index)});
			}
		}
		seen.sort((a, b) => a.block - b.block || a.at - b.at);
	};

	let remembered = 0;
	spans.forEach((span) => {
		const text = texts[span.block]!;
		const own = byBlock[span.block]!;
		const quote: DraftQuote = {span, text: text.slice(span.start, span.end), kind: 'full'};
		// Everyone named so far, paragraphs without quotations included: pronouns may point back to them.
		for (; remembered < span.block; remembered++) rememberMentions(remembered, Infinity);
		rememberMentions(span.block, span.start);
		// "the word “hope”", "a so-called “deal”": a short quotation mentioned, not said by anyone.
		if (isMentioned(text, span, quote.text) || isTitle(quote.text)) {
			quote.kind = 'scare';
			quotes.push(quote);
			return;
		}
		const found = findSubject(text, span, own, mentions[span.block]!);
		if (found !== undefined) {
			quote.cue = found.cue.word;
			const {subject} = found;
			if (subject.kind === 'name') {
				quote.speaker = personOf.get(subject.mention!) ?? people.resolve(subject.mention!);
			} else if (subject.kind === 'pronoun') {
				quote.speaker =
					subject.gender === 'body'
						? bodyTarget(span.block, texts, mentions, people, personOf)
						: (pronounTarget(subject.gender, span.block, lastSpeakers, seen) ?? unnamedTarget(subject.gender, span.block, texts, people));
				if (quote.speaker) quote.check = `speaker from “${text.slice(subject.start, subject.end)} ${found.cue.word}”: the last ${pronounWords[subject.gender ?? 'male']} ${subject.gender === 'body' ? 'named' : 'quoted or named'}`;
			} else {
				quote.speaker = roleTarget(people, subject, seen);
				if (quote.speaker) quote.check = `speaker from “${subject.phrase}”`;
			}
			if (quote.speaker && found.distance > 14) quote.check ??= `the cue “${found.cue.word}” is ${found.distance} words from the quotation`;
		}
		if (quote.speaker === undefined) introducedBy(quote, text, mentions[span.block]!, people, personOf);
		if (quote.speaker === undefined && !quotes.some((other) => other.span.block === span.block && other.speaker !== undefined)) answerSpeaker(quote, text, lastSpeakers);
		// A cue whose subject is no one the text names ("the patriarch added") says someone else
		// spoke: the speaker before is no guess for it.
		if (quote.speaker === undefined && found === undefined) continueSpeaker(quote, texts, byBlock, quotable, lastSpeakers, quotes, seen);
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

function findSpans(texts: string[], continuous: boolean[], quotable: boolean[]): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let run: number[] = [];
	const flush = () => {
		if (run.length === 0) return;
		const found = findQuotes(run.map((block) => texts[block]!));
		for (const span of found) spans.push({...span, block: run[span.block]!});
		run = [];
	};
	texts.forEach((_, block) => {
		if (!quotable[block]) {
			flush();
			return;
		}
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
	// A word or three in quote marks belongs to a cue near it: "Neuroscience tells us that … when
	// does that “a-ha!” moment occur" is no one's.
	const short = text.slice(span.start, span.end).split(/\s+/).length <= 3;
	const before = () => {
		const found = subjectBefore(text, beforeStart, beforeEnd, mentions);
		return found !== undefined && short && found.distance > 12 ? undefined : found;
	};
	const endsClause = /[,?!\u2014\u2013-]$/.test(text.slice(span.start, span.end)) || span.runsOn;
	return (endsClause ? after() ?? before() : before() ?? after()) ?? passiveAgent(text, span, beforeStart, afterStart, afterEnd, mentions) ?? sentenceTag(text, span, own, ends, mentions);
}

/** "has been described as “heartbreaking” by the conservation department": the agent after it. */
function passiveAgent(text: string, span: QuoteSpan, beforeStart: number, afterStart: number, afterEnd: number, mentions: Mention[]) {
	const cue = cuesIn(text, beforeStart, span.start).filter((candidate) => isPassive(text, candidate)).at(-1);
	const by = /^[\s,.]*by\s+/.exec(text.slice(afterStart, afterEnd));
	if (cue === undefined || by === null || wordsBetween(text, cue.end, span.start) > 3) return undefined;
	const subject = subjectsIn(text, afterStart + by[0].length, afterEnd, mentions).find((candidate) => candidate.start === afterStart + by[0].length);
	return subject === undefined ? undefined : {subject, cue, distance: 0};
}

/**
 * "Risks remain “roughly balanced” between …, the Fed said, no change …": an attribution tag
 * set off by commas later in the sentence holds for the quotations before it however far they are.
 */
function sentenceTag(text: string, span: QuoteSpan, own: QuoteSpan[], ends: number[], mentions: Mention[]) {
	if (span.runsOn) return undefined;
	const end = ends.find((value) => value > span.end + 1);
	if (end === undefined || own.some((other) => other.start > span.end && other.start < end)) return undefined;
	for (let comma = text.indexOf(',', span.end + 1); comma !== -1 && comma < end; comma = text.indexOf(',', comma + 1)) {
		const next = text.indexOf(',', comma + 1);
		const stop = next === -1 || next > end ? end : next;
		const segment = text.slice(comma + 1, stop).replace(/[.!?…"”’']+$/, '');
		if (segment.trim().split(/\s+/).length > 6) continue;
		const found = subjectAfter(text, comma + 1, comma + 1 + segment.length, mentions);
		if (found !== undefined) return {...found, distance: wordsBetween(text, span.end, found.cue.start)};
	}
	return undefined;
}

/** "Blue House", "Super Mario Run": a few capitalised words, no sentence: a name or a title in quote marks. */
function isTitle(words: string): boolean {
	const list = words.replace(/[,;:]$/, '').split(/\s+/);
	// Not "And Zack,": speech opening with a conjunction or an interjection.
	if (/^(?:And|But|Or|So|Yes|No|Well|Oh|Hey|Okay|OK|Now|Then)$/.test(list[0]!)) return false;
	return list.length >= 2 && list.length <= 5 && list.every((word) => /^[\p{Lu}\p{N}#]/u.test(word)) && !/[.!?…]$/.test(words);
}

/** A short quotation after "the word", "the phrase", "so-called", "dubbed": a mention, not speech. */
function isMentioned(text: string, span: QuoteSpan, words: string): boolean {
	if (span.continued || words.split(/\s+/).length > 5) return false;
	const before = text.slice(Math.max(0, span.start - 40), span.start - 1).trimEnd();
	const last = /([\p{L}-]+)$/u.exec(before)?.[1]?.toLowerCase();
	return last !== undefined && (mentionWords.has(last) || /\bknown as$/i.test(before));
}

function cuesIn(text: string, from: number, to: number): Cue[] {
	const found: Cue[] = [];
	const words = tokens(text.slice(from, to));
	words.forEach((word, index) => {
		const lower = word.text.toLowerCase();
		if (cueWords.has(lower)) found.push({start: from + word.start, end: from + word.end, word: lower});
		// "In Dr Shadlen’s words, “…”": the words of the person named just before.
		if (lower === 'words' && words[index - 1]?.possessive) found.push({start: from + word.start, end: from + word.end, word: lower});
	});
	for (const match of text.slice(from, to).matchAll(/\baccording to\b/gi)) {
		found.push({start: from + match.index, end: from + match.index + match[0].length, word: 'according to'});
	}
	return found.sort((a, b) => a.start - b.start);
}

function subjectsIn(text: string, from: number, to: number, mentions: Mention[]): Subject[] {
	const subjects: Subject[] = [];
	for (const mention of mentions) {
		if (!mention.insideQuote && mention.start >= from && mention.end <= to && !notSubject(text, mention)) subjects.push({start: mention.start, end: mention.end, kind: 'name', mention});
	}
	const region = text.slice(from, to);
	for (const match of region.matchAll(/\b(he|she|He|She|it|It)\b/g)) {
		subjects.push({start: from + match.index, end: from + match.index + match[0].length, kind: 'pronoun', gender: pronouns[match[0].toLowerCase()]!});
	}
	for (const role of rolePhrases(region)) {
		const start = from + role.start;
		const end = from + role.end;
		// "said in a statement", "told a reporter": the object of a preposition is not who spoke.
		if (/\b(?:in|from|with|to|on|at|of|for|into|about)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
		if (subjects.some((subject) => subject.start < end && start < subject.end)) continue;
		// "The leader of Ennahda, Rachid Ghannouchi, …": the name in apposition is the subject.
		const apposition = /^(?:\s+(?:of|at|for|in)\s+[^,.;]{1,60})?,\s+/.exec(text.slice(end, end + 80));
		if (apposition !== null && subjects.some((subject) => subject.kind === 'name' && subject.start === end + apposition[0].length)) continue;
		subjects.push({start, end, kind: 'role', phrase: text.slice(start, end), noun: role.noun});
	}
	for (const match of region.matchAll(barePlural)) {
		const start = from + match.index;
		if (subjects.some((subject) => subject.start <= start && start < subject.end)) continue;
		subjects.push({start, end: start + match[0].length, kind: 'role', phrase: match[0], noun: match[0].toLowerCase()});
	}
	return subjects.sort((a, b) => a.start - b.start);
}

/**
 * "the foreign secretary", "a White House spokesman", "the President": a determiner and, within
 * four words and no punctuation, a noun for a role or an unnamed source.
 */
export function rolePhrases(text: string): Array<{start: number; end: number; noun: string}> {
	const found: Array<{start: number; end: number; noun: string}> = [];
	for (const match of text.matchAll(determiner)) {
		const rest = /^(?:[\p{L}][\p{L}’'-]*(?:\s+|(?=[,.;:!?)]|$))){1,4}/u.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
		let offset = match.index + match[0].length;
		for (const word of rest.split(/(\s+)/)) {
			const noun = word.toLowerCase().replace(/[’']s$/, '');
			if (roleNouns.has(noun) || unnamedSources.has(noun)) {
				found.push({start: match.index, end: offset + word.length, noun});
				break;
			}
			offset += word.length;
		}
	}
	return found;
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
	// "Without mentioning Trump by name, the First Lady …, insinuating": not in the fronted phrase.
	const start = [...sentenceEnds(text)].reverse().find((end) => end <= cue.start) ?? 0;
	const phrase = new RegExp(`^\\s*${fronted.source}[^,]*,`).exec(text.slice(start, cue.start));
	if (phrase !== null) subjects = subjects.filter((subject) => subject.start >= start + phrase[0].length);
	const relative = [...text.slice(0, cue.start).matchAll(/,\s+(which|who)\b/g)].at(-1);
	if (relative !== undefined) {
		const before = subjects.filter((subject) => subject.end <= relative.index);
		if (before.length > 0) return before.at(-1);
	}
	const full = subjects.find((subject) => subject.kind !== 'name' || subject.mention!.titled || subject.mention!.name.includes(' '));
	return full ?? subjects[0];
}

/**
 * A name that is not the subject of its clause: "Senator Mitch McConnell of Kentucky", "Mr
 * Warner, the Virginia Democrat, called", "the Obama administration said".
 */
function notSubject(text: string, mention: Mention): boolean {
	// "former Treasury official Mark Sobel", "the Obama administration": a name describing a noun;
	// but "Netanyahu’s Likud party, which …" speaks for the party.
	const head = /^\s+([\p{Ll}]+)/u.exec(text.slice(mention.end, mention.end + 20))?.[1];
	if (mention.modifier && !(head !== undefined && organisations.has(head) && !mention.afterArticle)) return true;
	const before = text.slice(Math.max(0, mention.start - 12), mention.start);
	const after = text.slice(mention.end, mention.end + 30);
	if (/\bof\s+$/.test(before)) return true;
	// "the First Lady", "the Prime Minister": a title written as a name.
	if (mention.afterArticle && mention.name.split(/\s+/).every((word) => titleWords.has(word.toLowerCase()))) return true;
	if (/,\s+(?:the|a|an)\s+$/i.test(before) && /^\s*,/.test(after)) return true;
	// After an article and before a lower-case word that is no verb: "the Republican businessman".
	const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(after)?.[1];
	return mention.afterArticle && next !== undefined && (groupNouns.has(next) || (!cueWords.has(next) && !clauseWords.has(next)));
}

/** Words that open a phrase put before the subject: "On Twitter, Musk …", "Without mentioning Trump, the first lady …". */
const fronted = /(?:Without|With|After|Before|Despite|Although|Though|While|When|If|Because|Since|Unlike|In|On|At|During|Following|Asked|Speaking|As|Like|Earlier|Later|Last|Next|This|Then|Now|Today|Yesterday|However|Meanwhile|Still|Instead|Here|There)\b/;

/** Nouns for an organisation a name may stand for: "the Likud party said". */
const organisations = new Set('party group movement union company firm agency ministry organisation organization coalition alliance network magazine newspaper paper channel station website'.split(' '));

/** Lower-case words that may follow a subject: auxiliaries, adverbs, conjunctions, prepositions. */
const clauseWords = new Set(
	'also has had have is was were are will would could should may might must can did does do then later earlier once still now already previously recently repeatedly quickly often never in on at to for of and or but who which that as by with from'.split(' '),
);

/** "it said": the body (an agency, a company) named last, within a few paragraphs. */
function bodyTarget(block: number, texts: string[], mentions: Mention[][], people: People, personOf: Map<Mention, Person>): Person | undefined {
	for (let back = block; back >= 0 && block - back <= 3; back--) {
		const bodies = mentions[back]!.filter((mention) => !mention.insideQuote && (personOf.get(mention)?.body ?? (nameHasBodyWord(mention.name) || /^\p{Lu}{2,}$/u.test(mention.name))));
		// The subject of its sentence first: "The Food Standards Agency warned … that contained DNP."
		const last = bodies.filter((mention) => opensClause(texts[back]!, mention.start)).at(-1) ?? bodies.at(-1);
		if (last === undefined) continue;
		const known = personOf.get(last) ?? people.list.find((person) => person.name === last.name);
		if (known !== undefined) return known;
		const person = people.add(last.name, true);
		people.attach(person, last);
		personOf.set(last, person);
		return person;
	}
	return undefined;
}

/** "A spokeswoman for the union said … / “…,” she said": an unnamed source of that gender just before. */
function unnamedTarget(gender: Gender | undefined, block: number, texts: string[], people: People): Person | undefined {
	for (let back = block; back >= 0 && block - back <= 1; back--) {
		const role = rolePhrases(texts[back]!).filter((phrase) => unnamedSources.has(phrase.noun) && (gender === undefined || !(gender === 'female' ? maleWords : femaleWords).has(phrase.noun))).at(-1);
		if (role === undefined || !/^(?:spokes|aide|official|source|witness|resident)/.test(role.noun)) continue;
		const name = role.noun.charAt(0).toUpperCase() + role.noun.slice(1);
		return people.list.find((person) => person.name === name) ?? people.add(name, true);
	}
	return undefined;
}

function fits(person: Person, gender: Gender | undefined): boolean {
	return !person.body && (gender === undefined || person.gender === undefined || person.gender === gender);
}

function pronounTarget(
	gender: Gender | undefined,
	block: number,
	lastSpeakers: Array<{person: Person; block: number}>,
	seen: Seen[],
): Person | undefined {
	// The most recent fitting person, quoted or named as the subject of a sentence (not "Though
	// Trump’s inauguration is a month away, she said"); a speaker wins a tie within a paragraph.
	const speaker = lastSpeakers.find((entry) => block - entry.block <= 6 && fits(entry.person, gender));
	const named = [...seen].reverse().find((entry) => block - entry.block <= 6 && entry.subject && fits(entry.person, gender));
	if (speaker === undefined) return named?.person;
	if (named === undefined || named.block <= speaker.block) return speaker.person;
	return named.person;
}

function roleTarget(people: People, subject: Subject, seen: Seen[]): Person | undefined {
	const noun = subject.noun!;
	const named = [...seen].reverse().find((entry) => entry.person.roleWords.has(noun))?.person ?? people.list.find((person) => person.roleWords.has(noun));
	const phrase = subject.phrase!.toLowerCase();
	if (named !== undefined) {
		if (/^the /.test(phrase) && !named.aliases.includes(phrase)) named.aliases.push(phrase);
		return named;
	}
	// "a spokesman", "one Cowboys executive": someone the text does not name.
	if (!unnamedSources.has(noun) && !/^(?:a|an|one|another)\s/.test(phrase)) return undefined;
	const name = noun.charAt(0).toUpperCase() + noun.slice(1);
	return people.list.find((person) => person.name === name) ?? people.add(name, true);
}

/**
 * No cue: a quotation re-opened after running on, or a paragraph that only quotes or opens with a
 * quotation, continues the previous speaker (a caption between them is skipped); a second
 * quotation in a paragraph goes with the first; a quotation opening a sentence after one that
 * names someone is theirs.
 */
function continueSpeaker(
	quote: DraftQuote,
	texts: string[],
	byBlock: QuoteSpan[][],
	quotable: boolean[],
	lastSpeakers: Array<{person: Person; block: number}>,
	quotes: DraftQuote[],
	seen: Seen[],
) {
	const {span} = quote;
	const text = texts[span.block]!;
	const own = byBlock[span.block]!;
	const sameBlock = quotes.filter((other) => other.span.block === span.block && other.speaker !== undefined).at(-1);
	// Within one sentence, for a quotation that opens a sentence of its own ("“…,” he said. “…”"),
	// or for one of five words or more: a word quoted in the next sentence may be someone else's.
	const ends = sentenceEnds(text);
	const lastEnd = [...ends].reverse().find((end) => end <= span.start - 1) ?? 0;
	const opensSentence = text.slice(lastEnd, span.start - 1).trim() === '';
	const sameSentence = sameBlock !== undefined && !ends.some((end) => end > sameBlock.span.end && end < span.start);
	if (sameBlock !== undefined && (sameSentence || opensSentence || quote.text.split(/\s+/).length >= 5)) {
		quote.speaker = sameBlock.speaker;
		quote.check = 'speaker taken from the other quotation in this paragraph';
		return;
	}
	// The paragraph before, or the one before a caption ("Whangārei Harbour seen from…").
	let back = span.block - 1;
	while (back > 0 && quotable[back] && byBlock[back]!.length === 0 && isCaption(texts[back]!)) back--;
	const previous = quotes.filter((other) => other.span.block === back && other.speaker !== undefined).at(-1) ?? quotes.filter((other) => other.span.block === back).at(-1);
	let outside = text;
	for (const other of [...own].reverse()) outside = outside.slice(0, other.start - 1) + outside.slice(other.runsOn ? other.end : other.end + 1);
	const onlyQuotes = /^[\s.,;:!?…\u2014\u2013-]*$/.test(outside);
	const opensParagraph = own[0] === span && text.slice(0, span.start - 1).trim() === '';
	if (span.continued && previous?.speaker !== undefined) {
		quote.speaker = previous.speaker;
		return;
	}
	if ((onlyQuotes || opensParagraph) && previous?.speaker !== undefined && lastSpeakers[0]?.person === previous.speaker) {
		quote.speaker = previous.speaker;
		quote.check = `${onlyQuotes ? 'a paragraph of quotation only' : 'a paragraph opening with a quotation'}: taken to continue ${previous.speaker.name}`;
		return;
	}
	// A paragraph of quotation after one that speaks of someone ("The president also admitted…").
	const named = [...seen].reverse().find((entry) => entry.block === back && !entry.person.body);
	if (onlyQuotes && previous === undefined && named !== undefined) {
		quote.speaker = named.person;
		quote.check = `a paragraph of quotation only: taken to be ${named.person.name}, named just before`;
		return;
	}
	// "Charles Schultze … once summed up the danger with a metaphor. “It’s not so much …”"
	const subject = seen.find((entry) => entry.block === span.block && entry.at < lastEnd && entry.subject && !entry.person.body);
	if (opensSentence && sameBlock === undefined && lastEnd > 0 && subject !== undefined) {
		quote.speaker = subject.person;
		quote.check = `no cue: taken to be ${subject.person.name}, named before it in this paragraph`;
	}
}

/** "Mr Lavrov said …", "On Twitter, Musk appealed …": a name at the start of its sentence or just after its first comma. */
function opensClause(text: string, at: number): boolean {
	const start = [...sentenceEnds(text)].reverse().find((end) => end <= at) ?? 0;
	const before = text.slice(start, at);
	return /^[\s"“‘']*(?:(?:But|And|Yet|So|Still)\s+)?(?:the\s+|a\s+|an\s+)?$/i.test(before) || new RegExp(`^\\s*${fronted.source}[^,]*,\\s*(?:the\\s+|a\\s+|an\\s+)?$`).test(before);
}

/**
 * "Here, Jerry picks up the story: “…”", "WSJ’s Nick Timiraos: “…”", "— AP: “…”": a quotation
 * opening after a colon belongs to the subject of the clause before it, or to the source a
 * newsletter names there.
 */
function introducedBy(quote: DraftQuote, text: string, mentions: Mention[], people: People, personOf: Map<Mention, Person>): void {
	const {span} = quote;
	if (span.continued || !/:\s*$/.test(text.slice(Math.max(0, span.start - 4), span.start - 1))) return;
	const ends = sentenceEnds(text);
	const start = Math.max([...ends].reverse().find((end) => end < span.start - 1) ?? 0, text.lastIndexOf(' — ', span.start) + 3, text.lastIndexOf(' – ', span.start) + 3);
	const clause = text.slice(start, span.start - 1).replace(/:\s*$/, '');
	const words = clause.trim().split(/\s+/);
	if (clause.trim() === '' || words.length > 14) return;
	const inClause = mentions.filter((mention) => !mention.insideQuote && mention.start >= start && mention.end <= start + clause.length && !mention.modifier);
	// A label of a few words and no verb names the source last ("WSJ’s Nick Timiraos"); a clause, first.
	const label = words.length <= 10 && !words.some((word) => /^(?:is|was|are|were|has|had|have|did|does|do|will|would)$/.test(word) || /(?:ed|es|s)$/.test(word) && /^\p{Ll}/u.test(word) && !roleNouns.has(word));
	const chosen = label ? inClause.at(-1) : inClause.find((mention) => opensClause(text, mention.start));
	if (chosen !== undefined) {
		quote.speaker = personOf.get(chosen) ?? people.resolve(chosen) ?? addPerson(people, personOf, chosen);
		quote.check = `introduced by “${clause.trim()}:”`;
		return;
	}
	// "AP: “…”", "Bloomberg: “…”": a source in capitals alone before the colon, whatever the name lists say.
	const source = /(?:^|\s)((?:\p{Lu}[\p{L}&.’'-]*)(?:\s+\p{Lu}[\p{L}&.’'-]*){0,3})$/u.exec(clause)?.[1];
	if (label && source !== undefined && words.length <= 3) {
		quote.speaker = people.list.find((person) => person.name === source) ?? people.add(source, true);
		quote.check = `introduced by “${clause.trim()}:”`;
		return;
	}
	// "More from your MM host: “…”": an unnamed source.
	const role = label ? rolePhrases(clause).at(-1) : undefined;
	if (role !== undefined) {
		const name = role.noun.charAt(0).toUpperCase() + role.noun.slice(1);
		quote.speaker = people.list.find((person) => person.name === name) ?? people.add(name, true);
		quote.check = `introduced by “${clause.trim()}:”`;
	}
}

function addPerson(people: People, personOf: Map<Mention, Person>, mention: Mention): Person {
	const person = people.add(mention.name, nameHasBodyWord(mention.name) || /^\p{Lu}{2,}$/u.test(mention.name));
	people.attach(person, mention);
	personOf.set(mention, person);
	return person;
}

/** "“All right,” came the reply.": in a dialogue, the one who spoke before the last speaker answers. */
function answerSpeaker(quote: DraftQuote, text: string, lastSpeakers: Array<{person: Person; block: number}>): void {
	if (!/\bcame (?:the|his|her) (?:reply|answer|response)\b/i.test(text)) return;
	const last = lastSpeakers[0];
	const other = lastSpeakers.find((entry) => entry.person !== last?.person && quote.span.block - entry.block <= 4);
	if (last === undefined || other === undefined) return;
	quote.speaker = other.person;
	quote.check = `“came the reply”: taken to be ${other.person.name}, who spoke before ${last.person.name}`;
}

/** A photo caption left in the text: short, and not ended as a sentence is. */
function isCaption(text: string): boolean {
	return text.split(/\s+/).length <= 30 && !/[.!?…"”’)]$/.test(text.trim());
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
