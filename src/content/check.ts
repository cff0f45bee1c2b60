// Checks beyond the schema: references resolve, annotations match the text verbatim, and every
// quiz answer is grounded in the article. Each problem carries the path of the field at fault.
// Every rule looks things up in maps built once, so checking grows with the article, not faster.
import type {ArticleSource} from './schema.js';
import {nameMatcher} from './names.js';
import {citation, QuoteIndex} from './quoteIndex.js';
import {contentWords, normaliseWords, openingQuoteMarks, quotedSpans} from './text.js';
import {answerRange} from './wording.js';

export type Path = Array<string | number>;

export interface Problem {
	path: Path;
	message: string;
	/** 'quiz' when only the quiz is affected (facts, questions, quiz coverage). */
	scope?: 'quiz' | 'article';
}

/** What the schema check set aside: references to these ids are not reported again. */
export interface CheckScope {
	unchecked: ReadonlySet<string>;
	/** Lists that lost items, so coverage ("in no section", "no quiz question") cannot be judged. */
	partial: ReadonlySet<string>;
}

const fullScope: CheckScope = {unchecked: new Set(), partial: new Set()};
const pseudoParagraphs: readonly string[] = ['headline', 'standfirst'];

type Source = ArticleSource;
type QuoteSource = Source['quotes'][number];
type PersonSource = Source['people'][number];

export function checkArticle(source: Source, scope: CheckScope = fullScope): Problem[] {
	const problems: Problem[] = [];
	const report = (path: Path, message: string) => problems.push({path, message, scope: 'article'});
	const reportQuiz = (path: Path, message: string) => problems.push({path, message, scope: 'quiz'});
	const context = new Context(source, scope);

	checkUniqueIds(source, report);
	checkSections(source, context, report);
	checkQuotes(source, context, report);
	checkExchanges(source, context, report);
	checkFacts(source, context, reportQuiz);
	checkQuiz(source, context, reportQuiz);
	return problems;
}

type Report = (path: Path, message: string) => void;

/** Look-ups shared by the rules, each built once. */
class Context {
	/** Paragraph text by id (undefined for a subheading or a missing standfirst). */
	readonly paragraphText = new Map<string, string | undefined>();
	readonly paragraphOrder = new Map<string, number>();
	readonly blockIds = new Set<string>();
	readonly people = new Map<string, PersonSource>();
	readonly quotes = new Map<string, QuoteSource>();
	readonly quotesIn = new Map<string, QuoteSource[]>();
	readonly sectionOfBlock = new Map<string, string>();
	/** People by any of their names, normalised as an option would say them. */
	readonly personByName = new Map<string, PersonSource>();
	readonly quoteIndex: QuoteIndex<QuoteSource>;
	private readonly outside = new Map<string, string>();
	private readonly matchers = new Map<PersonSource, Array<(text: string) => boolean>>();

	constructor(
		readonly source: Source,
		readonly scope: CheckScope,
	) {
		this.paragraphText.set('headline', source.headline);
		this.paragraphText.set('standfirst', source.standfirst);
		source.body.forEach((block, index) => {
			this.blockIds.add(block.id);
			this.paragraphOrder.set(block.id, index);
			this.paragraphText.set(block.id, block.text);
		});
		for (const person of source.people) {
			this.people.set(person.id, person);
			for (const name of this.namesOf(person)) {
				const key = normaliseWords(name);
				if (!this.personByName.has(key)) this.personByName.set(key, person);
			}
		}
		for (const quote of source.quotes) {
			this.quotes.set(quote.id, quote);
			const list = this.quotesIn.get(quote.paragraph);
			if (list === undefined) this.quotesIn.set(quote.paragraph, [quote]);
			else list.push(quote);
		}
		this.quoteIndex = new QuoteIndex(source.quotes);
		for (const section of source.sections) {
			for (const blockId of section.blocks) {
				if (!this.sectionOfBlock.has(blockId)) this.sectionOfBlock.set(blockId, section.id);
			}
		}
	}

	/** The text of a paragraph reference, or a problem saying why there is none. */
	paragraph(id: string, path: Path, report: Report, allowPseudo = false): string | undefined {
		if (!allowPseudo && pseudoParagraphs.includes(id)) {
			report(path, `"${id}" is not a body paragraph`);
			return undefined;
		}
		const text = this.paragraphText.get(id);
		if (text === undefined && !this.scope.unchecked.has(id)) {
			report(path, this.blockIds.has(id) ? `${id} is a subheading, not a paragraph` : `no paragraph has id "${id}"`);
		}
		return text;
	}

	person(id: string, path: Path, report: Report): PersonSource | undefined {
		const person = this.people.get(id);
		if (person === undefined && !this.scope.unchecked.has(id)) report(path, `no person has id "${id}"`);
		return person;
	}

	namesOf(person: PersonSource): string[] {
		return [person.name, ...person.aliases];
	}

	/** True when the paragraph names the person outside every quotation in it. */
	names(paragraphId: string, person: PersonSource): boolean {
		const text = this.outside.get(paragraphId) ?? this.textOutsideQuotes(paragraphId);
		const matchers = this.matchers.get(person) ?? this.matchersOf(person);
		return matchers.some((matches) => matches(text));
	}

	/**
	 * Quotes containing the citation: those in the given paragraphs when there are any (a question
	 * usually cites the paragraph it quotes; looking there first keeps checking in proportion to
	 * the article when quotes share their words), else every one.
	 */
	quotesCiting(cited: string, paragraphs: readonly string[]): QuoteSource[] {
		const near = paragraphs.flatMap((id) => this.quotesIn.get(id) ?? []).filter((quote) => citation(quote.text).includes(cited));
		return near.length > 0 ? near : this.quoteIndex.containing(cited);
	}

	private textOutsideQuotes(paragraphId: string): string {
		let text = this.paragraphText.get(paragraphId)!;
		for (const quote of this.quotesIn.get(paragraphId) ?? []) text = text.split(quote.text).join(' ');
		this.outside.set(paragraphId, text);
		return text;
	}

	private matchersOf(person: PersonSource): Array<(text: string) => boolean> {
		const matchers = this.namesOf(person).map(nameMatcher);
		this.matchers.set(person, matchers);
		return matchers;
	}

}

function quoted(value: string): string {
	return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
}

function checkUniqueIds(source: Source, report: Report) {
	// References are always to one kind (a paragraph, a person, a quote...), so ids need only be
	// unique within their own list.
	const collections = [
		['people', source.people],
		['body', source.body],
		['sections', source.sections],
		['quotes', source.quotes],
		['exchanges', source.exchanges],
		['facts', source.facts],
		['quiz', source.quiz],
	] as const;
	for (const [name, items] of collections) {
		const seen = new Map<string, string>();
		items.forEach((item, index) => {
			const path = [name, index, 'id'];
			if (pseudoParagraphs.includes(item.id)) {
				report(path, `"${item.id}" is reserved for the article's ${item.id}`);
			}
			const earlier = seen.get(item.id);
			if (earlier === undefined) seen.set(item.id, `${name}[${index}]`);
			else report(path, `id "${item.id}" is already used by ${earlier}`);
		});
	}
}

function checkSections(source: Source, context: Context, report: Report) {
	const placed = new Map<string, string>();
	let lastOrder = -1;
	source.sections.forEach((section, sectionIndex) => {
		section.blocks.forEach((blockId, blockIndex) => {
			const path = ['sections', sectionIndex, 'blocks', blockIndex];
			const order = context.paragraphOrder.get(blockId);
			if (order === undefined) {
				if (!context.scope.unchecked.has(blockId)) report(path, `no body block has id "${blockId}"`);
				return;
			}
			const other = placed.get(blockId);
			if (other !== undefined) {
				report(path, `block ${blockId} is already in section ${other}`);
				return;
			}
			placed.set(blockId, section.id);
			if (order < lastOrder) report(path, `block ${blockId} is out of the body's order`);
			lastOrder = Math.max(lastOrder, order);
		});
	});
	// A section set aside by the schema check may hold the blocks that seem unplaced.
	if (context.scope.partial.has('sections')) return;
	source.body.forEach((block, index) => {
		if (!placed.has(block.id)) report(['body', index, 'id'], `block ${block.id} is in no section`);
	});
}

function checkQuotes(source: Source, context: Context, report: Report) {
	source.quotes.forEach((quote, index) => {
		const at = (field: string): Path => ['quotes', index, field];
		const text = context.paragraph(quote.paragraph, at('paragraph'), report, true);
		if (quote.kind === 'scare' && quote.speaker !== undefined) {
			report(at('speaker'), `quote ${quote.id} is a scare quote, which has no speaker`);
		}
		if (quote.kind !== 'scare' && quote.speaker === undefined) {
			report(at('speaker'), `quote ${quote.id} needs a speaker (or kind: scare)`);
		}
		const speaker = quote.speaker === undefined ? undefined : context.person(quote.speaker, at('speaker'), report);
		if (text === undefined) return;

		const starts = allExact(text, quote.text);
		if (starts.length === 0) {
			report(at('text'), `quote ${quote.id}: ${quoted(quote.text)} is not verbatim in ${quote.paragraph}`);
			return;
		}
		if (!starts.some((start) => openingQuoteMarks.includes(text.charAt(start - 1)))) {
			report(at('text'), `quote ${quote.id}: the text in ${quote.paragraph} is not preceded by a quote mark`);
		}
		if (speaker === undefined) return;
		if (quote.attributedIn !== undefined) {
			if (context.paragraph(quote.attributedIn, at('attributedIn'), report) === undefined) return;
			const earlier = context.paragraphOrder.get(quote.attributedIn)! < (context.paragraphOrder.get(quote.paragraph) ?? -1);
			if (!earlier) {
				report(at('attributedIn'), `quote ${quote.id}: ${quote.attributedIn} must come before ${quote.paragraph}`);
			} else if (!context.names(quote.attributedIn, speaker)) {
				report(at('attributedIn'), `quote ${quote.id}: ${quote.attributedIn} does not name ${speaker.name}`);
			}
		} else if (!context.names(quote.paragraph, speaker)) {
			report(
				at('speaker'),
				`quote ${quote.id}: ${quote.paragraph} does not name ${speaker.name} outside the quote ` +
					`(as ${context.namesOf(speaker).map((name) => `"${name}"`).join(', ')}); ` +
					'if attribution is carried from an earlier paragraph, set attributedIn',
			);
		}
	});
}

function allExact(haystack: string, needle: string): number[] {
	const starts: number[] = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) starts.push(at);
	return starts;
}

function checkExchanges(source: Source, context: Context, report: Report) {
	const spans = new BodySpans(source);
	source.exchanges.forEach((exchange, exchangeIndex) => {
		const paragraphs: string[] = [];
		let complete = true;
		exchange.turns.forEach((turn, turnIndex) => {
			const at = (field: string): Path => ['exchanges', exchangeIndex, 'turns', turnIndex, field];
			const speaker = turn.speaker === undefined ? undefined : context.person(turn.speaker, at('speaker'), report);
			if (turn.quote !== undefined) {
				const quote = context.quotes.get(turn.quote);
				if (quote === undefined) {
					complete = false;
					if (!context.scope.unchecked.has(turn.quote)) report(at('quote'), `no quote has id "${turn.quote}"`);
					return;
				}
				if (speaker !== undefined && quote.speaker !== speaker.id) {
					report(at('speaker'), `quote ${quote.id} is by ${quote.speaker ?? 'nobody'}, not ${speaker.id}`);
				}
				if (turn.paragraph !== undefined && turn.paragraph !== quote.paragraph) {
					report(at('paragraph'), `quote ${quote.id} is in ${quote.paragraph}, not ${turn.paragraph}`);
				}
				paragraphs.push(quote.paragraph);
				return;
			}
			const field = turn.reported !== undefined ? 'reported' : 'narration';
			const line = (turn.reported ?? turn.narration)!;
			if (field === 'reported' && turn.speaker === undefined) {
				report(at('speaker'), 'a reported turn needs the speaker whose words it reports');
			}
			if (field === 'narration' && turn.speaker !== undefined) {
				report(at('speaker'), 'a narration turn has no speaker; use "reported" for reported speech');
			}
			if (turn.paragraph === undefined) {
				complete = false;
				report(at(field), `a ${field} turn needs "paragraph", the paragraph it comes from`);
				return;
			}
			const text = context.paragraph(turn.paragraph, at('paragraph'), report);
			if (text === undefined) {
				complete = false;
				return;
			}
			paragraphs.push(turn.paragraph);
			if (!text.includes(line)) report(at(field), `${quoted(line)} is not verbatim in ${turn.paragraph}`);
		});
		if (complete) checkExchangeSpan(exchange, exchangeIndex, paragraphs, context, spans, report);
	});
}

/** Where the body's subheadings are, so that a span of it is checked without walking it. */
class BodySpans {
	/** For each block index, the index of the first subheading at or after it (body length if none). */
	private readonly nextSubhead: Int32Array;

	constructor(readonly source: Source) {
		const body = source.body;
		this.nextSubhead = new Int32Array(body.length + 1);
		this.nextSubhead[body.length] = body.length;
		for (let index = body.length - 1; index >= 0; index--) {
			this.nextSubhead[index] = body[index]!.subhead !== undefined ? index : this.nextSubhead[index + 1]!;
		}
	}

	/** The first subheading from `first` to `last` (inclusive), if any. */
	subheadBetween(first: number, last: number): string | undefined {
		const at = this.nextSubhead[first]!;
		return at <= last ? this.source.body[at]!.id : undefined;
	}
}

/** Dialogue view stands in for the exchange's paragraphs, so they must be one unbroken run. */
function checkExchangeSpan(exchange: Source['exchanges'][number], exchangeIndex: number, paragraphs: string[], context: Context, spans: BodySpans, report: Report) {
	const orders = paragraphs.map((id) => context.paragraphOrder.get(id));
	// A quote in the headline or standfirst is in no run of the body.
	if (!orders.every((order) => order !== undefined)) return;
	for (let index = 1; index < orders.length; index++) {
		if (orders[index]! < orders[index - 1]!) {
			report(['exchanges', exchangeIndex, 'turns', index], `turns of ${exchange.id} must follow the text's order`);
			return;
		}
	}
	const sections = new Set(paragraphs.map((id) => context.sectionOfBlock.get(id)));
	if (sections.size > 1) {
		report(['exchanges', exchangeIndex, 'id'], `exchange ${exchange.id} spans more than one section`);
		return;
	}
	const first = orders[0]!;
	const last = orders.at(-1)!;
	const subhead = spans.subheadBetween(first, last);
	if (subhead !== undefined) {
		report(['exchanges', exchangeIndex, 'id'], `exchange ${exchange.id} runs across subheading ${subhead}, which dialogue view would hide`);
		return;
	}
	// The turns are in order, so the run is unbroken when it holds as many distinct paragraphs as it is long.
	const used = new Set(orders);
	if (used.size === last - first + 1) return;
	let skipped = first;
	while (used.has(skipped)) skipped++;
	const missing = last - first + 1 - used.size;
	report(
		['exchanges', exchangeIndex, 'id'],
		`exchange ${exchange.id} skips ${context.source.body[skipped]!.id}${missing > 1 ? ` and ${missing - 1} more` : ''}, which dialogue view would hide: add a turn from each`,
	);
}

function checkFacts(source: Source, context: Context, report: Report) {
	source.facts.forEach((fact, index) => {
		const text = context.paragraph(fact.paragraph, ['facts', index, 'paragraph'], report);
		if (text !== undefined && !text.includes(fact.text)) {
			report(['facts', index, 'text'], `fact ${fact.id}: ${quoted(fact.text)} is not in ${fact.paragraph}`);
		}
	});
}

function checkQuiz(source: Source, context: Context, report: Report) {
	const facts = new Map(source.facts.map((fact) => [fact.id, fact]));
	const sectionsAsked = new Set<string | undefined>();

	source.quiz.forEach((question, index) => {
		const at = (...rest: Array<string | number>): Path => ['quiz', index, ...rest];
		const name = `question ${question.id}`;
		const evidenceParagraphs = question.evidence.map((evidence) => evidence.paragraph);

		const evidenceTexts: string[] = [];
		question.evidence.forEach((evidence, evidenceIndex) => {
			const text = context.paragraph(evidence.paragraph, at('evidence', evidenceIndex, 'paragraph'), report);
			if (text === undefined) return;
			sectionsAsked.add(context.sectionOfBlock.get(evidence.paragraph));
			if (!text.includes(evidence.text)) {
				report(at('evidence', evidenceIndex, 'text'), `${name}: evidence ${quoted(evidence.text)} is not in ${evidence.paragraph}`);
				return;
			}
			evidenceTexts.push(evidence.text);
		});

		const normalisedOptions = question.options.map(normaliseWords);
		const firstOf = new Map<string, number>();
		normalisedOptions.forEach((option, optionIndex) => {
			const earlier = firstOf.get(option);
			if (earlier !== undefined) report(at('options', optionIndex), `${name}: option ${optionIndex + 1} repeats option ${earlier + 1}`);
			else firstOf.set(option, optionIndex);
			if (/\b(all|none|both|neither) of the above\b/.test(option)) {
				report(at('options', optionIndex), `${name}: "all/none of the above" options are not allowed`);
			}
		});

		const fields: Array<readonly [Path, string]> = [[at('question'), question.question], ...question.options.map((option, optionIndex) => [at('options', optionIndex), option] as const)];
		for (const [path, value] of fields) {
			for (const span of quotedSpans(value)) {
				if (context.quotesCiting(citation(span.text), evidenceParagraphs).length === 0) {
					report(path, `${name}: ${quoted(span.text)} is in quote marks but matches no quote in the article`);
				}
			}
		}

		if (question.answer >= question.options.length) {
			report(at('answer'), `${name}: the answer must be ${answerRange(question.options.length)}; it is ${question.answer}`);
			return;
		}
		const key = question.options[question.answer]!;
		const keyWords = normaliseWords(key);
		// (An answer of punctuation alone normalises to nothing, which no stem contains between spaces.)
		if (` ${normaliseWords(question.question)} `.includes(` ${keyWords} `)) {
			report(at('question'), `${name}: the question gives away its answer ${quoted(key)}`);
		}
		if (evidenceTexts.length !== question.evidence.length) return;

		checkSupport(context, question, key, evidenceTexts, facts, at, report);
	});

	if (source.quiz.length > 0 && !context.scope.partial.has('quiz')) {
		source.sections.forEach((section, index) => {
			if (!sectionsAsked.has(section.id)) {
				report(['sections', index, 'id'], `section ${section.id} has no quiz question (evidence from its paragraphs)`);
			}
		});
	}
}

function checkSupport(
	context: Context,
	question: Source['quiz'][number],
	key: string,
	evidenceTexts: string[],
	facts: Map<string, Source['facts'][number]>,
	at: (...rest: Array<string | number>) => Path,
	report: Report,
) {
	const name = `question ${question.id}`;
	if (question.fact !== undefined) {
		const fact = facts.get(question.fact);
		if (fact === undefined) {
			if (!context.scope.unchecked.has(question.fact)) report(at('fact'), `no fact has id "${question.fact}"`);
			return;
		}
		const cited = question.evidence.some((evidence) => evidence.paragraph === fact.paragraph && evidence.text.includes(fact.text));
		if (!cited) report(at('evidence'), `${name}: no evidence from ${fact.paragraph} contains fact ${fact.id} ${quoted(fact.text)}`);
		const stated = [fact.value, fact.text].filter((value) => value !== undefined).map((value) => contentWords(value).join(' '));
		if (!stated.includes(contentWords(key).join(' '))) {
			report(at('answer'), `${name}: the answer ${quoted(key)} does not state fact ${fact.id} (${quoted(fact.value ?? fact.text)})`);
		}
		return;
	}

	const speaker = context.personByName.get(normaliseWords(key));
	const citedInStem = quotedSpans(question.question);
	// The answer may name someone the schema check set aside: there is nothing to compare with.
	if (speaker === undefined && citedInStem.length > 0 && context.scope.partial.has('people')) return;
	if (speaker !== undefined && citedInStem.length > 0) {
		const evidenceParagraphs = question.evidence.map((evidence) => evidence.paragraph);
		for (const span of citedInStem) {
			const cited = citation(span.text);
			// Said by the speaker in a cited paragraph: the same words said elsewhere do not count.
			if (context.quotesCiting(cited, evidenceParagraphs).some((quote) => quote.speaker === speaker.id && evidenceParagraphs.includes(quote.paragraph))) continue;
			const owners = context.quoteIndex.containing(cited);
			const own = owners.filter((quote) => quote.speaker === speaker.id);
			if (own.length === 0) {
				const actual = [...new Set(owners.map((quote) => quote.speaker ?? 'nobody'))].join(', ');
				report(at('answer'), `${name}: ${quoted(span.text)} is not a quote by ${speaker.name}${actual ? ` (it is by ${actual})` : ''}`);
			} else {
				report(at('evidence'), `${name}: the evidence must cite ${own[0]!.paragraph}, where ${speaker.name} says it`);
			}
		}
		return;
	}

	const available = new Set(contentWords(evidenceTexts.join(' ')));
	const missing = contentWords(key).filter((word) => !available.has(word));
	if (missing.length > 0) {
		report(at('answer'), `${name}: the answer ${quoted(key)} is not supported by the evidence (missing: ${missing.join(', ')})`);
	}
}
