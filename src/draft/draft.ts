// From extracted blocks to a content file's fields: people, quotes, sections, exchanges, facts
// and a quiz. Everything drafted is then put through the same checks `validate` runs, and what
// fails them is left out and counted: a draft is sound as it is, never written unchecked.
import {checkArticle} from '../content/check.js';
import type {ArticleSource} from '../content/schema.js';
import {findAll} from '../content/text.js';
import {placeWords} from './words.js';
import {attribute, type DraftQuote} from './attribute.js';
import {findExchanges} from './exchanges.js';
import type {Extracted} from './extracted.js';
import {nameHasBodyWord, slug, type Person} from './people.js';
import {draftTitles, divide, type SectionBlock} from './sections.js';
import {draftQuiz, type NameInText} from './questions.js';

type Source = ArticleSource;
type Quote = Source['quotes'][number];

export interface DraftSummary {
	paragraphs: number;
	sections: number;
	people: number;
	quotes: number;
	/** Quotes attributed with confidence (a name and a cue next to the quotation). */
	confident: number;
	/** Quotes marked `# check:`. */
	toCheck: number;
	/** Quotations found but left out: no speaker, or not groundable. */
	leftOut: number;
	exchanges: number;
	questions: number;
	/** Facts and questions drafted but left out because a check failed. */
	questionsLeftOut: number;
}

export interface Draft {
	article: Source;
	/** `# check:` comments, keyed by list and id ("quotes/q-afraid"). */
	checks: Map<string, string>;
	/** Quotations that could not be grounded, as lines for the author. */
	notDrafted: string[];
	summary: DraftSummary;
}

const reserved = new Set(['headline', 'standfirst']);

/** Per set of ids, the number to try next for each base: ids are only ever added, so the ones below were taken. */
const nextNumber = new WeakMap<Set<string>, Map<string, number>>();

export function uniqueId(base: string, used: Set<string>): string {
	let id = reserved.has(base) ? `${base}-1` : base;
	// Counting from 2 each time was quadratic when many share a base: a phrase quoted 10,000 times
	// took 7 s of a 12 s draft.
	const numbers = nextNumber.get(used) ?? new Map<string, number>();
	nextNumber.set(used, numbers);
	for (let counter = numbers.get(base) ?? 2; used.has(id); counter++) {
		id = `${base}-${counter}`;
		numbers.set(base, counter + 1);
	}
	used.add(id);
	return id;
}

function wordBoundary(text: string, phrase: string): boolean {
	return findAll(text, phrase).some((at) => !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? ''));
}

export function draftArticle(extracted: Extracted, fallbackName: string): Draft {
	const checks = new Map<string, string>();
	const notDrafted: string[] = [];

	// Body: paragraphs p1…, subheadings by their words.
	const blockIds = new Set<string>();
	let paragraphCount = 0;
	const body: Source['body'] = extracted.blocks.map((block) =>
		block.kind === 'paragraph'
			? {id: uniqueId(`p${++paragraphCount}`, blockIds), text: block.text}
			: {id: uniqueId(/^p\d+$/.test(slug(block.text)) ? `h-${slug(block.text)}` : slug(block.text), blockIds), subhead: block.text},
	);
	const paragraphs = body.filter((block): block is {id: string; text: string} => block.text !== undefined);
	const headline = extracted.title ?? headlineFrom(paragraphs[0]?.text ?? fallbackName);
	if (extracted.title === undefined) checks.set('headline', 'no title in the source: drafted from the first paragraph');

	// Attribution runs over the headline, the standfirst and the body, in reading order; the names
	// in subheadings count ("Fiona Parry issued a plea …" before "she said"), their quote marks not.
	const units: Array<{id: string; text: string; continuous: boolean; paragraph: boolean}> = [{id: 'headline', text: headline, continuous: false, paragraph: true}];
	if (extracted.standfirst !== undefined) units.push({id: 'standfirst', text: extracted.standfirst, continuous: false, paragraph: true});
	let afterParagraph = false;
	for (const block of body) {
		units.push({id: block.id, text: block.text ?? block.subhead!, continuous: afterParagraph && block.text !== undefined, paragraph: block.text !== undefined});
		afterParagraph = block.text !== undefined;
	}
	const attribution = attribute(
		units.map((unit) => unit.text),
		units.map((unit) => unit.continuous),
		units.map((unit) => unit.paragraph),
	);
	const people = attribution.people;
	const text = (unit: number) => units[unit]!.text;

	// Quotes, with attributedIn where the speaker is named only in an earlier paragraph.
	const quoteIds = new Set<string>();
	const drafted: Array<{quote: Quote; draft: DraftQuote}> = [];
	const quotesIn = (unit: number) => attribution.quotes.filter((quote) => quote.span.block === unit && quote.leftOut === undefined).map((quote) => quote.text);
	const names = (unit: number, person: Person) => {
		let text = units[unit]!.text;
		for (const quoted of quotesIn(unit)) text = text.split(quoted).join(' ');
		return [person.name, ...person.aliases].some((name) => wordBoundary(text, name));
	};
	for (const draft of attribution.quotes) {
		const unit = draft.span.block;
		const where = units[unit]!;
		if (draft.leftOut === undefined && draft.speaker !== undefined && !names(unit, draft.speaker)) {
			let earlier: number | undefined;
			// The nearest paragraph before that names them, however far: a subheading may have named them in between.
			for (let back = unit - 1; back >= 0; back--) {
				if (!reserved.has(units[back]!.id) && units[back]!.paragraph && names(back, draft.speaker)) {
					earlier = back;
					break;
				}
			}
			if (earlier === undefined) draft.leftOut = `${draft.speaker.name} is not named in ${where.id} or just before it`;
			else draft.attributedIn = earlier;
		}
		if (draft.leftOut !== undefined) {
			notDrafted.push(`${where.id}: “${shorten(draft.text)}” (${draft.leftOut})`);
			continue;
		}
		const words = draft.text.split(/\s+/).slice(0, 3).join(' ');
		const spoken = draft.kind !== 'scare';
		// Fields in the bundled article's order.
		const quote: Quote = {
			id: uniqueId(`q-${slug(words)}`, quoteIds),
			paragraph: where.id,
			text: draft.text,
			...(spoken && draft.speaker !== undefined ? {speaker: draft.speaker.id} : {}),
			...(spoken && draft.cue !== undefined ? {cue: draft.cue} : {}),
			kind: draft.kind,
			...(draft.attributedIn !== undefined ? {attributedIn: units[draft.attributedIn]!.id} : {}),
		};
		if (draft.check !== undefined) checks.set(`quotes/${quote.id}`, draft.check);
		drafted.push({quote, draft});
	}

	// People: the speakers, and others the text names with a title or a role.
	const speakers = new Set(drafted.map(({quote}) => quote.speaker).filter((id) => id !== undefined));
	const cast = people.list.filter((person) => speakers.has(person.id) || (!person.body && person.mentions.some((mention) => !mention.insideQuote)));
	const peopleSource: Source['people'] = cast.map((person) => {
		const aliases = person.aliases.filter((alias, index, all) => alias.toLowerCase() !== person.name.toLowerCase() && all.findIndex((other) => other.toLowerCase() === alias.toLowerCase()) === index);
		const entry: Source['people'][number] = {id: reserved.has(person.id) ? `${person.id}-1` : person.id, name: person.name, aliases};
		if (person.role !== undefined) entry.role = person.role;
		if (person.body) checks.set(`people/${entry.id}`, person.mentions.length === 0 ? 'an unnamed source: say who, or leave the quotes as reported' : 'a body or place rather than a person?');
		return entry;
	});

	// Exchanges first, so that no section cuts one.
	const quotes = drafted.map(({quote}) => quote);
	const found = findExchanges({blocks: body.map((block) => (block.text !== undefined ? {id: block.id, text: block.text} : null)), quotes, people: peopleSource});
	const inExchange = new Set(found.flatMap((exchange) => exchange.turns.slice(1).map((turn) => quotes.find((quote) => quote.id === turn.quote)!.paragraph)));

	// Sections.
	const continues = new Set([...drafted.filter(({draft}) => draft.attributedIn !== undefined || draft.span.continued).map(({quote}) => quote.paragraph), ...inExchange]);
	const sectionBlocks: SectionBlock[] = body.map((block) =>
		block.text !== undefined ? {id: block.id, kind: 'paragraph', text: block.text, continues: continues.has(block.id)} : {id: block.id, kind: 'subhead', text: block.subhead ?? '', continues: false},
	);
	const divided = divide(sectionBlocks);
	const titles = draftTitles(divided, headline);
	const sectionIds = new Set<string>();
	const sections: Source['sections'] = divided.map((section, index) => {
		const title = section.subhead ?? titles[index]!;
		const id = uniqueId(slug(title), sectionIds);
		if (section.subhead === undefined) checks.set(`sections/${id}`, 'title drafted from the words this section uses most');
		return {id, title, notes: '', blocks: section.blocks.map((block) => block.id)};
	});

	// An exchange the division still had to cut (a run longer than a section may be) is left out.
	const sectionOf = new Map(divided.flatMap((section, index) => section.blocks.map((block) => [block.id, index] as const)));
	const paragraphOf = new Map(quotes.map((quote) => [quote.id, quote.paragraph]));
	const exchanges = found.filter((exchange) => new Set(exchange.turns.map((turn) => sectionOf.get(paragraphOf.get(turn.quote!)!))).size === 1);
	for (const exchange of exchanges) checks.set(`exchanges/${exchange.id}`, 'title drafted from the speakers');

	const article: Source = {
		id: slug(headline).slice(0, 40).replace(/-+$/, '') || slug(fallbackName),
		headline,
		language: extracted.language ?? 'en',
		people: peopleSource,
		body,
		sections,
		quotes,
		exchanges,
		facts: [],
		quiz: [],
	};
	if (extracted.standfirst !== undefined) article.standfirst = extracted.standfirst;
	if (extracted.byline !== undefined) article.byline = extracted.byline;
	if (extracted.siteName !== undefined) article.publisher = extracted.siteName;
	if (extracted.publishedTime !== undefined) article.datePublished = extracted.publishedTime;
	if (extracted.rights !== undefined) article.rights = extracted.rights;

	ground(article, checks, notDrafted);
	// Names outside quotations that are not people (places, bodies, titles), for name questions.
	const personNames = new Set(article.people.flatMap((person) => [person.name, ...person.aliases]));
	const otherNames: NameInText[] = attribution.mentions.flatMap((mentions, unit) =>
		reserved.has(units[unit]!.id) || !units[unit]!.paragraph
			? []
			: mentions
					.filter((mention) => !mention.insideQuote && !personNames.has(mention.name) && isQuizName(mention.name, text(unit).slice(0, mention.start)) && !isPartOfPhrase(text(unit), mention.end))
					.map((mention) => {
						const start = text(unit).indexOf(mention.name, mention.start);
						return {paragraph: units[unit]!.id, start, end: start + mention.name.length, text: mention.name, place: isPlace(mention.name, text(unit).slice(0, start))};
					}),
	);
	const questionsLeftOut = draftQuiz(article, checks, drafted, otherNames);
	for (const section of article.sections) section.notes = notesFor(article, section, checks);

	const kept = new Set(article.quotes.map((quote) => quote.id));
	const attributed = article.quotes.filter((quote) => quote.speaker !== undefined);
	return {
		article,
		checks,
		notDrafted,
		summary: {
			paragraphs: paragraphs.length,
			sections: article.sections.length,
			people: article.people.length,
			quotes: article.quotes.length,
			confident: attributed.filter((quote) => !checks.has(`quotes/${quote.id}`)).length,
			toCheck: article.quotes.filter((quote) => kept.has(quote.id) && checks.has(`quotes/${quote.id}`)).length,
			leftOut: notDrafted.length,
			exchanges: article.exchanges.length,
			questions: article.quiz.length,
			questionsLeftOut,
		},
	};
}

/** "Main Street", "in Moscow", "from Kenya": a place by its own words or the preposition before it. */
function isPlace(name: string, before: string): boolean {
	if (name.split(/\s+/).some((word) => placeWords.has(word))) return true;
	return !nameHasBodyWord(name) && /\b(?:in|at|from|near|across|outside|inside|into|throughout|to|toward|towards)\s+(?:the\s+)?$/.test(before) && !/^\p{Lu}{2,}$/u.test(name);
}

/**
 * A name that is a part of something longer: "the Carter administration", "the Committee for a
 * Responsible Federal Budget" cut at "for". A question blanking it would read oddly.
 */
function isPartOfPhrase(text: string, end: number): boolean {
	const after = text.slice(end, end + 30);
	if (/^\s+(?:for|of|on|and)\s+(?:a\s+|the\s+)?\p{Lu}/u.test(after)) return true;
	// "a mostly Muslim nation", "the North African country": a name before a noun describes it.
	const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(after)?.[1];
	return next !== undefined && (modifiedNouns.has(next) || (!followsName.has(next) && !/(?:ed|s)$/.test(next)));
}

/** Lower-case words that may follow a name standing alone: verbs, prepositions, conjunctions. */
const followsName = new Set(
	'and or but in on at to for of from by with as is was were are has had have will would could should may might can did does do said says told also then who which that where when while after before since until into over under through about against between during without within near across'.split(
		' ',
	),
);

/** Nouns a name often modifies: "the Obama administration", "the Trump campaign". */
const modifiedNouns = new Set('administration campaign team camp government family office aides allies supporters era years policy policies plan deal program programme agenda party movement case trial strategy spokesman spokeswoman official officials'.split(' '));

/** A name worth asking about: not a capitalised word opening a sentence ("Virtual reality…"), nor "I’ve". */
function isQuizName(name: string, before: string): boolean {
	if (name.length < 3 || /^\d/.test(name) || /[’']/.test(name)) return false;
	const opensSentence = /(^|[.!?:"“”‘’]\s*)$/.test(before.trimEnd());
	return name.includes(' ') || !opensSentence;
}

function headlineFrom(text: string): string {
	const words = text.split(' ');
	return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : text;
}

function shorten(text: string): string {
	return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/**
 * Runs the checks and removes what fails them (a quote, the exchange turns and questions that
 * used it), until none fails.
 */
function ground(article: Source, checks: Map<string, string>, notDrafted: string[]): void {
	for (let round = 0; round < 20; round++) {
		const problems = checkArticle(article).filter((problem) => problem.path[0] === 'quotes' || problem.path[0] === 'exchanges');
		if (problems.length === 0) return;
		const badQuotes = new Set(problems.filter((problem) => problem.path[0] === 'quotes').map((problem) => article.quotes[problem.path[1] as number]!.id));
		const badExchanges = new Set(problems.filter((problem) => problem.path[0] === 'exchanges').map((problem) => article.exchanges[problem.path[1] as number]!.id));
		for (const problem of problems.filter((entry) => entry.path[0] === 'quotes')) {
			const quote = article.quotes[problem.path[1] as number]!;
			notDrafted.push(`${quote.paragraph}: “${shorten(quote.text)}” (${problem.message})`);
		}
		article.quotes = article.quotes.filter((quote) => !badQuotes.has(quote.id));
		for (const id of badQuotes) checks.delete(`quotes/${id}`);
		article.exchanges = article.exchanges.filter((exchange) => !badExchanges.has(exchange.id) && exchange.turns.every((turn) => turn.quote === undefined || !badQuotes.has(turn.quote)));
	}
	throw new Error('the draft did not settle: its quotes kept failing the checks');
}

function notesFor(article: Source, section: Source['sections'][number], checks: Map<string, string>): string {
	const inSection = new Set(section.blocks);
	const speakers = [...new Set(article.quotes.filter((quote) => inSection.has(quote.paragraph) && quote.speaker !== undefined).map((quote) => quote.speaker!))];
	const names = speakers.map((id) => article.people.find((person) => person.id === id)?.name ?? id);
	const toCheck = article.quotes.filter((quote) => inSection.has(quote.paragraph) && checks.has(`quotes/${quote.id}`)).length;
	const lines: string[] = [];
	lines.push(names.length > 0 ? `Who speaks: ${names.join(', ')}.` : 'No one is quoted here.');
	const factTexts = article.facts.filter((fact) => inSection.has(fact.paragraph)).map((fact) => (fact.label === undefined ? fact.text : `${fact.label.charAt(0).toLowerCase()}${fact.label.slice(1)} (${fact.text})`));
	if (factTexts.length > 0) lines.push(`Figures asked about: ${factTexts.join('; ')}.`);
	if (toCheck > 0) lines.push(`${toCheck} quote${toCheck === 1 ? '' : 's'} to check.`);
	lines.push('Drafted by press-reader draft: say what to point out here.');
	return `${lines.join('\n')}\n`;
}
