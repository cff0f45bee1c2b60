// Checks beyond the schema: references resolve, annotations match the text verbatim, and every
// quiz answer is grounded in the article. Each problem carries the path of the field at fault.
import type {ArticleSource} from './schema.js';
import {
	contentWords,
	findAll,
	normaliseText,
	normaliseWords,
	openingQuoteMarks,
	quotedSpans,
	trimQuotePunctuation,
} from './text.js';

export type Path = Array<string | number>;

export interface Problem {
	path: Path;
	message: string;
	/** 'quiz' when only the quiz is affected (facts, questions, quiz coverage). */
	scope?: 'quiz' | 'article';
}

const pseudoParagraphs = ['headline', 'standfirst'] as const;

type Source = ArticleSource;
type QuoteSource = Source['quotes'][number];
type PersonSource = Source['people'][number];

export function checkArticle(source: Source): Problem[] {
	const problems: Problem[] = [];
	const report = (path: Path, message: string) => problems.push({path, message, scope: 'article'});
	const reportQuiz = (path: Path, message: string) => problems.push({path, message, scope: 'quiz'});
	const context = new Context(source);

	checkUniqueIds(source, report);
	checkSections(source, context, report);
	checkQuotes(source, context, report);
	checkExchanges(source, context, report);
	checkFacts(source, context, reportQuiz);
	checkQuiz(source, context, reportQuiz);
	return problems;
}

type Report = (path: Path, message: string) => void;

/** Look-ups shared by the rules. */
class Context {
	readonly paragraphText = new Map<string, string>();
	readonly paragraphOrder = new Map<string, number>();
	readonly blockIds = new Set<string>();
	readonly people = new Map<string, PersonSource>();
	readonly quotes = new Map<string, QuoteSource>();
	readonly sectionOfBlock = new Map<string, string>();

	constructor(readonly source: Source) {
		this.paragraphText.set('headline', source.headline);
		if (source.standfirst !== undefined) this.paragraphText.set('standfirst', source.standfirst);
		source.body.forEach((block, index) => {
			this.blockIds.add(block.id);
			this.paragraphOrder.set(block.id, index);
			if (block.text !== undefined) this.paragraphText.set(block.id, block.text);
		});
		for (const person of source.people) this.people.set(person.id, person);
		for (const quote of source.quotes) this.quotes.set(quote.id, quote);
		for (const section of source.sections) {
			for (const blockId of section.blocks) {
				if (!this.sectionOfBlock.has(blockId)) this.sectionOfBlock.set(blockId, section.id);
			}
		}
	}

	/** The text of a paragraph reference, or a problem saying why there is none. */
	paragraph(id: string, path: Path, report: Report, allowPseudo = false): string | undefined {
		if (!allowPseudo && (pseudoParagraphs as readonly string[]).includes(id)) {
			report(path, `"${id}" is not a body paragraph`);
			return undefined;
		}
		const text = this.paragraphText.get(id);
		if (text === undefined) {
			report(path, this.blockIds.has(id) ? `${id} is a subheading, not a paragraph` : `no paragraph has id "${id}"`);
		}
		return text;
	}

	person(id: string, path: Path, report: Report): PersonSource | undefined {
		const person = this.people.get(id);
		if (person === undefined) report(path, `no person has id "${id}"`);
		return person;
	}

	namesOf(person: PersonSource): string[] {
		return [person.name, ...person.aliases];
	}

	/** True when the paragraph names the person outside any quotation in it. */
	names(paragraphId: string, person: PersonSource): boolean {
		let text = this.paragraphText.get(paragraphId) ?? '';
		for (const quote of this.source.quotes) {
			if (quote.paragraph === paragraphId) text = text.split(quote.text).join(' ');
		}
		return this.namesOf(person).some((name) => wordBoundaryMatch(text, name));
	}
}

function wordBoundaryMatch(text: string, phrase: string): boolean {
	return findAll(text, phrase).some((at) => {
		const before = text[at - 1];
		const after = text[at + phrase.length];
		return !isLetter(before) && !isLetter(after);
	});
}

function isLetter(character: string | undefined): boolean {
	return character !== undefined && /[\p{L}\p{N}]/u.test(character);
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
			if ((pseudoParagraphs as readonly string[]).includes(item.id)) {
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
				report(path, `no body block has id "${blockId}"`);
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
		if (!starts.some((start) => openingQuoteMarks.includes(text[start - 1] ?? ''))) {
			report(at('text'), `quote ${quote.id}: the text in ${quote.paragraph} is not preceded by a quote mark`);
		}
		if (speaker === undefined) return;
		if (quote.attributedIn !== undefined) {
			context.paragraph(quote.attributedIn, at('attributedIn'), report);
			const earlier = (context.paragraphOrder.get(quote.attributedIn) ?? Infinity) < (context.paragraphOrder.get(quote.paragraph) ?? -1);
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
	source.exchanges.forEach((exchange, exchangeIndex) => {
		const paragraphs: string[] = [];
		exchange.turns.forEach((turn, turnIndex) => {
			const at = (field: string): Path => ['exchanges', exchangeIndex, 'turns', turnIndex, field];
			const speaker = turn.speaker === undefined ? undefined : context.person(turn.speaker, at('speaker'), report);
			if (turn.quote !== undefined) {
				const quote = context.quotes.get(turn.quote);
				if (quote === undefined) {
					report(at('quote'), `no quote has id "${turn.quote}"`);
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
				report(at(field), `a ${field} turn needs "paragraph", the paragraph it comes from`);
				return;
			}
			const text = context.paragraph(turn.paragraph, at('paragraph'), report);
			if (text === undefined) return;
			paragraphs.push(turn.paragraph);
			if (!text.includes(line)) report(at(field), `${quoted(line)} is not verbatim in ${turn.paragraph}`);
		});
		checkExchangeSpan(source, context, exchangeIndex, paragraphs, report);
	});
}

/** Dialogue view stands in for the exchange's paragraphs, so they must be one unbroken run. */
function checkExchangeSpan(source: Source, context: Context, exchangeIndex: number, paragraphs: string[], report: Report) {
	const exchange = source.exchanges[exchangeIndex]!;
	const orders = paragraphs.map((id) => context.paragraphOrder.get(id)).filter((order) => order !== undefined);
	if (orders.length !== paragraphs.length || orders.length === 0) return;
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
	const used = new Set(paragraphs);
	for (let order = orders[0]!; order <= orders.at(-1)!; order++) {
		const block = source.body[order]!;
		if (block.subhead !== undefined) {
			report(['exchanges', exchangeIndex, 'id'], `exchange ${exchange.id} runs across subheading ${block.id}, which dialogue view would hide`);
		} else if (!used.has(block.id)) {
			report(
				['exchanges', exchangeIndex, 'id'],
				`exchange ${exchange.id} skips ${block.id}, which dialogue view would hide: add a turn from it`,
			);
		}
	}
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
	const sectionsAsked = new Set<string>();

	source.quiz.forEach((question, index) => {
		const at = (...rest: Array<string | number>): Path => ['quiz', index, ...rest];
		const name = `question ${question.id}`;

		const evidenceTexts: string[] = [];
		question.evidence.forEach((evidence, evidenceIndex) => {
			const text = context.paragraph(evidence.paragraph, at('evidence', evidenceIndex, 'paragraph'), report);
			if (text === undefined) return;
			const section = context.sectionOfBlock.get(evidence.paragraph);
			if (section !== undefined) sectionsAsked.add(section);
			if (!text.includes(evidence.text)) {
				report(at('evidence', evidenceIndex, 'text'), `${name}: evidence ${quoted(evidence.text)} is not in ${evidence.paragraph}`);
				return;
			}
			evidenceTexts.push(evidence.text);
		});

		const normalisedOptions = question.options.map(normaliseWords);
		normalisedOptions.forEach((option, optionIndex) => {
			if (normalisedOptions.indexOf(option) !== optionIndex) {
				report(at('options', optionIndex), `${name}: option ${optionIndex + 1} repeats option ${normalisedOptions.indexOf(option) + 1}`);
			}
			if (/\b(all|none|both|neither) of the above\b/.test(option)) {
				report(at('options', optionIndex), `${name}: "all/none of the above" options are not allowed`);
			}
		});

		for (const [field, value] of [['question', question.question], ...question.options.map((option, optionIndex) => [optionIndex, option] as const)] as const) {
			for (const span of quotedSpans(value)) {
				const cited = normaliseText(trimQuotePunctuation(span.text));
				const matches = source.quotes.some((quote) => normaliseText(quote.text).includes(cited));
				if (!matches) {
					const path = field === 'question' ? at('question') : at('options', field);
					report(path, `${name}: ${quoted(span.text)} is in quote marks but matches no quote in the article`);
				}
			}
		}

		if (question.answer >= question.options.length) {
			report(at('answer'), `${name}: answer ${question.answer} is not an option index (0-${question.options.length - 1})`);
			return;
		}
		const key = question.options[question.answer]!;
		const keyWords = normaliseWords(key);
		if (keyWords !== '' && ` ${normaliseWords(question.question)} `.includes(` ${keyWords} `)) {
			report(at('question'), `${name}: the question gives away its answer ${quoted(key)}`);
		}
		if (evidenceTexts.length !== question.evidence.length) return;

		checkSupport(source, context, question, key, evidenceTexts, facts, at, report);
	});

	if (source.quiz.length > 0) {
		source.sections.forEach((section, index) => {
			if (!sectionsAsked.has(section.id)) {
				report(['sections', index, 'id'], `section ${section.id} has no quiz question (evidence from its paragraphs)`);
			}
		});
	}
}

function checkSupport(
	source: Source,
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
			report(at('fact'), `no fact has id "${question.fact}"`);
			return;
		}
		const cited = question.evidence.some(
			(evidence) => evidence.paragraph === fact.paragraph && evidence.text.includes(fact.text),
		);
		if (!cited) report(at('evidence'), `${name}: no evidence from ${fact.paragraph} contains fact ${fact.id} ${quoted(fact.text)}`);
		const stated = [fact.value, fact.text].filter((value) => value !== undefined).map((value) => contentWords(value!).join(' '));
		if (!stated.includes(contentWords(key).join(' '))) {
			report(at('answer'), `${name}: the answer ${quoted(key)} does not state fact ${fact.id} (${quoted(fact.value ?? fact.text)})`);
		}
		return;
	}

	const speaker = source.people.find((person) => context.namesOf(person).some((alias) => normaliseWords(alias) === normaliseWords(key)));
	const citedInStem = quotedSpans(question.question);
	if (speaker !== undefined && citedInStem.length > 0) {
		const evidenceParagraphs = new Set(question.evidence.map((evidence) => evidence.paragraph));
		for (const span of citedInStem) {
			const cited = normaliseText(trimQuotePunctuation(span.text));
			const owners = source.quotes.filter((quote) => normaliseText(quote.text).includes(cited));
			const own = owners.find((quote) => quote.speaker === speaker.id);
			if (own === undefined) {
				const actual = owners.map((quote) => quote.speaker ?? 'nobody').join(', ');
				report(at('answer'), `${name}: ${quoted(span.text)} is not a quote by ${speaker.name}${actual ? ` (it is by ${actual})` : ''}`);
			} else if (!evidenceParagraphs.has(own.paragraph)) {
				report(at('evidence'), `${name}: the evidence must cite ${own.paragraph}, where ${speaker.name} says it`);
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
