// From extracted blocks to a content file's fields: people, quotes, sections, exchanges, facts
// and a quiz. Everything drafted is then put through the same checks `validate` runs, and what
// fails them is left out and counted: a draft is sound as it is, never written unchecked.
import {checkArticle, type Problem} from '../content/check.js';
import type {ArticleSource} from '../content/schema.js';
import {findAll} from '../content/text.js';
import {attribute, type DraftQuote} from './attribute.js';
import {findExchanges} from './exchanges.js';
import type {Extracted} from './extracted.js';
import {slug, type Person} from './people.js';
import {draftTitles, divide, type SectionBlock} from './sections.js';
import {factQuestion, findFacts, nameQuestion, whoSaidQuestion, type FactCandidate, type Paragraph} from './quiz.js';

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

	// Attribution runs over the headline, the standfirst and the paragraphs, in reading order.
	const units: Array<{id: string; text: string; continuous: boolean}> = [{id: 'headline', text: headline, continuous: false}];
	if (extracted.standfirst !== undefined) units.push({id: 'standfirst', text: extracted.standfirst, continuous: false});
	let afterParagraph = false;
	for (const block of body) {
		if (block.text !== undefined) units.push({id: block.id, text: block.text, continuous: afterParagraph});
		afterParagraph = block.text !== undefined;
	}
	const attribution = attribute(
		units.map((unit) => unit.text),
		units.map((unit) => unit.continuous),
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
			for (let back = unit - 1; back >= 0 && unit - back <= 8; back--) {
				if (!reserved.has(units[back]!.id) && names(back, draft.speaker)) {
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

	// Sections.
	const continues = new Set(drafted.filter(({draft}) => draft.attributedIn !== undefined || draft.span.continued).map(({quote}) => quote.paragraph));
	const sectionBlocks: SectionBlock[] = body.map((block) =>
		block.text !== undefined ? {id: block.id, kind: 'paragraph', text: block.text, continues: continues.has(block.id)} : {id: block.id, kind: 'subhead', text: block.subhead ?? '', continues: false},
	);
	const divided = divide(sectionBlocks);
	const titles = draftTitles(divided);
	const sectionIds = new Set<string>();
	const sections: Source['sections'] = divided.map((section, index) => {
		const title = section.subhead ?? titles[index]!;
		const id = uniqueId(slug(title), sectionIds);
		if (section.subhead === undefined) checks.set(`sections/${id}`, 'title drafted from the words this section uses most');
		return {id, title, notes: '', blocks: section.blocks.map((block) => block.id)};
	});

	const quotes = drafted.map(({quote}) => quote);
	const nameOf = (id: string) => peopleSource.find((person) => person.id === id)?.name ?? id;
	const exchanges = findExchanges({sections: divided.map((section) => section.blocks.map((block) => (block.kind === 'paragraph' ? block.id : null))), quotes, nameOf});
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
		reserved.has(units[unit]!.id) ? [] : mentions.filter((mention) => !mention.insideQuote && !personNames.has(mention.name) && isQuizName(mention.name, text(unit).slice(0, mention.start))).map((mention) => ({paragraph: units[unit]!.id, start: text(unit).indexOf(mention.name, mention.start), end: text(unit).indexOf(mention.name, mention.start) + mention.name.length, text: mention.name})),
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

/** One to three questions per section; a section with none joins the one before it. */
interface NameInText {
	paragraph: string;
	start: number;
	end: number;
	text: string;
}

function draftQuiz(article: Source, checks: Map<string, string>, drafted: Array<{quote: Quote; draft: DraftQuote}>, names: NameInText[]): number {
	let leftOut = 0;
	const paragraphs = new Map<string, Paragraph>();
	article.body.forEach((block) => {
		if (block.text !== undefined) paragraphs.set(block.id, {id: block.id, text: block.text, number: paragraphs.size + 1});
	});
	const facts = findFacts([...paragraphs.values()]);
	const people = article.people;
	const keptQuotes = new Set(article.quotes.map((quote) => quote.id));

	for (let attempt = 0; attempt < article.sections.length + 1; attempt++) {
		article.facts = [];
		article.quiz = [];
		for (const section of article.sections) {
			const candidates = sectionQuestions(section, article, paragraphs, facts, people, drafted.filter(({quote}) => keptQuotes.has(quote.id)), checks, names);
			// At most two who-said, two fact and one name question a section, four in all.
			const limits: Record<string, number> = {who: 2, fact: 2, name: 1};
			let asked = 0;
			for (const {question, fact} of candidates) {
				const kind = question.id.startsWith('q-who-') ? 'who' : fact ? 'fact' : 'name';
				if (asked >= 4 || limits[kind]! <= 0) continue;
				if (article.quiz.some((other) => other.id === question.id)) continue;
				if (fact) article.facts.push(fact.fact);
				article.quiz.push(question);
				// Only the question (and its fact) against the article: the rest was checked already.
				const alone = {...article, exchanges: [], facts: fact ? [fact.fact] : [], quiz: [question]};
				const problems = checkArticle(alone).filter((problem) => isAbout(problem, alone, question.id, fact?.fact.id));
				if (problems.length > 0) {
					article.quiz.pop();
					if (fact) article.facts.pop();
					leftOut++;
					continue;
				}
				limits[kind]!--;
				asked++;
			}
		}
		const bare = article.sections.findIndex((section) => !article.quiz.some((question) => question.evidence.some((evidence) => section.blocks.includes(evidence.paragraph))));
		if (bare === -1) return leftOut;
		// No question can be grounded in this section: it joins a neighbour, and the quiz is redrafted.
		const into = bare > 0 ? bare - 1 : 1;
		if (article.sections.length < 2) break;
		const [gone] = article.sections.splice(bare, 1);
		const target = article.sections[bare > 0 ? into : 0]!;
		target.blocks = bare > 0 ? [...target.blocks, ...gone!.blocks] : [...gone!.blocks, ...target.blocks];
		checks.delete(`sections/${gone!.id}`);
	}
	// A one-section article with nothing to ask: no quiz rather than an unsound one.
	leftOut += article.quiz.length;
	article.quiz = [];
	article.facts = [];
	return leftOut;
}

function isAbout(problem: Problem, article: Source, questionId: string, factId: string | undefined): boolean {
	const [list, index] = problem.path;
	if (list === 'quiz') return article.quiz[index as number]?.id === questionId;
	if (list === 'facts') return factId !== undefined && article.facts[index as number]?.id === factId;
	return false;
}

function sectionQuestions(
	section: Source['sections'][number],
	article: Source,
	paragraphs: Map<string, Paragraph>,
	facts: FactCandidate[],
	people: Source['people'],
	drafted: Array<{quote: Quote; draft: DraftQuote}>,
	checks: Map<string, string>,
	names: NameInText[],
): Array<{question: Source['quiz'][number]; fact?: FactCandidate}> {
	const inSection = new Set(section.blocks);
	const candidates: Array<{question: Source['quiz'][number]; fact?: FactCandidate}> = [];
	const named = people.filter((person) => !checks.get(`people/${person.id}`));
	// Who said it: confident, full quotations of a fair length first.
	const quotes = drafted
		.filter(({quote}) => inSection.has(quote.paragraph) && quote.speaker !== undefined && quote.kind !== 'scare' && quote.text.split(/\s+/).length >= 4)
		.sort((a, b) => score(b.quote, checks) - score(a.quote, checks));
	for (const {quote} of quotes.slice(0, 3)) {
		const speaker = people.find((person) => person.id === quote.speaker)!;
		const others = [...named.filter((person) => person.id !== speaker.id && article.quotes.some((other) => other.speaker === person.id)), ...named.filter((person) => person.id !== speaker.id)];
		const question = whoSaidQuestion(quote, speaker, others, paragraphs);
		if (question === undefined) continue;
		const why = checks.get(`quotes/${quote.id}`);
		if (why !== undefined) checks.set(`quiz/${question.id}`, `asks about ${quote.id}, whose attribution is to check`);
		candidates.push({question});
	}
	const rank = ['year', 'money', 'percent', 'number', 'number-word', 'month', 'weekday'];
	const sectionFacts = facts.filter((fact) => inSection.has(fact.fact.paragraph)).sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind));
	for (const candidate of sectionFacts) {
		const question = factQuestion(candidate, facts, paragraphs.get(candidate.fact.paragraph)!);
		if (question !== undefined) candidates.push({question, fact: candidate});
	}
	// A name that completes a sentence: a person's, the other people as distractors; else any
	// name the article uses (a place, a body, a title), the other such names as distractors.
	for (const person of named) {
		for (const blockId of section.blocks) {
			const paragraph = paragraphs.get(blockId);
			if (paragraph === undefined) continue;
			const at = paragraph.text.indexOf(person.name);
			if (at === -1) continue;
			const question = nameQuestion(person.id, named.filter((other) => other.id !== person.id).map((other) => other.name), paragraph, at, at + person.name.length);
			if (question !== undefined) candidates.push({question});
			break;
		}
	}
	const otherNames = [...new Set(names.map((name) => name.text))];
	for (const name of names.filter((entry) => inSection.has(entry.paragraph)).slice(0, 6)) {
		const paragraph = paragraphs.get(name.paragraph)!;
		const question = nameQuestion(slug(name.text), otherNames.filter((other) => other !== name.text), paragraph, name.start, name.end);
		if (question !== undefined) candidates.push({question});
	}
	// Interleave kinds so that a section's questions are not all of one sort.
	return candidates.sort((a, b) => kindRank(a) - kindRank(b)).filter((candidate, index, all) => all.indexOf(candidate) === index);
}

function kindRank(candidate: {question: {id: string}; fact?: FactCandidate}): number {
	if (candidate.question.id.startsWith('q-who-')) return 0;
	if (candidate.fact !== undefined) return 1;
	return 2;
}

function score(quote: Quote, checks: Map<string, string>): number {
	const words = quote.text.split(/\s+/).length;
	return (checks.has(`quotes/${quote.id}`) ? 0 : 100) + (quote.kind === 'full' ? 50 : 0) + (words >= 5 && words <= 30 ? 20 : 0) - Math.abs(words - 15) / 10;
}

function notesFor(article: Source, section: Source['sections'][number], checks: Map<string, string>): string {
	const inSection = new Set(section.blocks);
	const speakers = [...new Set(article.quotes.filter((quote) => inSection.has(quote.paragraph) && quote.speaker !== undefined).map((quote) => quote.speaker!))];
	const names = speakers.map((id) => article.people.find((person) => person.id === id)?.name ?? id);
	const toCheck = article.quotes.filter((quote) => inSection.has(quote.paragraph) && checks.has(`quotes/${quote.id}`)).length;
	const lines: string[] = [];
	lines.push(names.length > 0 ? `Who speaks: ${names.join(', ')}.` : 'No one is quoted here.');
	const factTexts = article.facts.filter((fact) => inSection.has(fact.paragraph)).map((fact) => fact.text);
	if (factTexts.length > 0) lines.push(`Figures asked about: ${factTexts.join(', ')}.`);
	if (toCheck > 0) lines.push(`${toCheck} quote${toCheck === 1 ? '' : 's'} to check.`);
	lines.push('Drafted by press-reader draft: say what to point out here.');
	return `${lines.join('\n')}\n`;
}
