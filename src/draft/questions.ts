// The drafted quiz: for each section, up to four questions of as many kinds as it allows (who
// said a quotation, who holds a role, a figure or a date, a place, a name), each checked alone
// against the article. A section nothing can be asked about joins its neighbour.
import {checkArticle, type Problem} from '../content/check.js';
import type {ArticleSource} from '../content/schema.js';
import type {DraftQuote} from './attribute.js';
import {findFacts, type FactCandidate, type Paragraph} from './facts.js';
import {slug} from './people.js';
import {factQuestion, nameQuestion, roleQuestion, whoSaidQuestion} from './quiz.js';

type Source = ArticleSource;
type Quote = Source['quotes'][number];
type Question = Source['quiz'][number];

/** A name outside quotations that is no one's: a place, a body, a title. */
export interface NameInText {
	paragraph: string;
	start: number;
	end: number;
	text: string;
	place: boolean;
}

type Kind = 'who' | 'fact' | 'role' | 'place' | 'name';

interface Candidate {
	kind: Kind;
	question: Question;
	fact?: FactCandidate;
}

/** Kinds in the order a section's questions take them, round after round, four at most. */
const rounds: Kind[][] = [
	['who', 'fact', 'role', 'place', 'name'],
	['who', 'fact'],
	['fact'],
];

export function draftQuiz(article: Source, checks: Map<string, string>, drafted: Array<{quote: Quote; draft: DraftQuote}>, names: NameInText[]): number {
	let leftOut = 0;
	const paragraphs = new Map<string, Paragraph>();
	article.body.forEach((block) => {
		if (block.text !== undefined) paragraphs.set(block.id, {id: block.id, text: block.text, number: paragraphs.size + 1});
	});
	const facts = findFacts([...paragraphs.values()]);
	const keptQuotes = new Set(article.quotes.map((quote) => quote.id));
	const kept = drafted.filter(({quote}) => keptQuotes.has(quote.id));

	for (let attempt = 0; attempt < article.sections.length + 1; attempt++) {
		article.facts = [];
		article.quiz = [];
		for (const section of article.sections) {
			const candidates = sectionQuestions(section, article, paragraphs, facts, kept, checks, names);
			let asked = 0;
			for (const round of rounds) {
				for (const kind of round) {
					if (asked >= 4) break;
					for (const candidate of candidates.filter((entry) => entry.kind === kind)) {
						if (article.quiz.some((other) => other.id === candidate.question.id)) continue;
						if (accept(article, candidate)) {
							candidates.splice(candidates.indexOf(candidate), 1);
							asked++;
							break;
						}
						candidates.splice(candidates.indexOf(candidate), 1);
						leftOut++;
					}
				}
			}
		}
		const bare = article.sections.findIndex((section) => !article.quiz.some((question) => question.evidence.some((evidence) => section.blocks.includes(evidence.paragraph))));
		if (bare === -1) return leftOut;
		// No question can be grounded in this section: it joins a neighbour, and the quiz is redrafted.
		if (article.sections.length < 2) break;
		const [gone] = article.sections.splice(bare, 1);
		const target = article.sections[bare > 0 ? bare - 1 : 0]!;
		target.blocks = bare > 0 ? [...target.blocks, ...gone!.blocks] : [...gone!.blocks, ...target.blocks];
		checks.delete(`sections/${gone!.id}`);
	}
	// A one-section article with nothing to ask: no quiz rather than an unsound one.
	leftOut += article.quiz.length;
	article.quiz = [];
	article.facts = [];
	return leftOut;
}

/** Adds a question (and its fact) when the checks find nothing wrong with it alone. */
function accept(article: Source, {question, fact}: Candidate): boolean {
	if (fact) article.facts.push(fact.fact);
	article.quiz.push(question);
	// Only the quotations of the paragraphs it cites: checking every quote again for each candidate
	// was most of the drafting time. Citing a quotation from elsewhere then fails, which is safe.
	const cited = new Set(question.evidence.map((evidence) => evidence.paragraph));
	const alone = {...article, quotes: article.quotes.filter((quote) => cited.has(quote.paragraph)), exchanges: [], facts: fact ? [fact.fact] : [], quiz: [question]};
	const problems = checkArticle(alone).filter((problem) => isAbout(problem, alone, question.id, fact?.fact.id));
	if (problems.length === 0) return true;
	article.quiz.pop();
	if (fact) article.facts.pop();
	return false;
}

function isAbout(problem: Problem, article: Source, questionId: string, factId: string | undefined): boolean {
	const [list, index] = problem.path;
	if (list === 'quiz') return article.quiz[index as number]?.id === questionId;
	if (list === 'facts') return factId !== undefined && article.facts[index as number]?.id === factId;
	return false;
}

const factRank: Array<FactCandidate['kind']> = ['score', 'money', 'date', 'percent', 'year', 'number', 'number-word', 'weekday', 'month'];

function sectionQuestions(
	section: Source['sections'][number],
	article: Source,
	paragraphs: Map<string, Paragraph>,
	facts: FactCandidate[],
	drafted: Array<{quote: Quote; draft: DraftQuote}>,
	checks: Map<string, string>,
	names: NameInText[],
): Candidate[] {
	const inSection = new Set(section.blocks);
	const candidates: Candidate[] = [];
	const people = article.people;
	const named = people.filter((person) => !checks.get(`people/${person.id}`));
	// Who said it: confident, full quotations of a fair length first; the other speakers, then
	// the other people, as distractors.
	const quotes = drafted
		.filter(({quote}) => inSection.has(quote.paragraph) && quote.speaker !== undefined && quote.kind !== 'scare' && quote.text.split(/\s+/).length >= 4)
		.sort((a, b) => score(b.quote, checks) - score(a.quote, checks));
	for (const {quote} of quotes.slice(0, 3)) {
		const speaker = people.find((person) => person.id === quote.speaker)!;
		const others = [...named.filter((person) => person.id !== speaker.id && article.quotes.some((other) => other.speaker === person.id)), ...named.filter((person) => person.id !== speaker.id)];
		const question = whoSaidQuestion(quote, speaker, others, paragraphs);
		if (question === undefined) continue;
		if (checks.has(`quotes/${quote.id}`)) checks.set(`quiz/${question.id}`, `asks about ${quote.id}, whose attribution is to check`);
		candidates.push({kind: 'who', question});
	}
	// Who holds a role the section gives them.
	const sectionParagraphs = section.blocks.map((id) => paragraphs.get(id)).filter((paragraph) => paragraph !== undefined);
	for (const person of named) {
		const question = roleQuestion(
			person,
			named.filter((other) => other.id !== person.id),
			sectionParagraphs,
		);
		if (question !== undefined) candidates.push({kind: 'role', question});
	}
	// Figures and dates the article labels.
	const sectionFacts = facts.filter((fact) => inSection.has(fact.fact.paragraph)).sort((a, b) => factRank.indexOf(a.kind) - factRank.indexOf(b.kind));
	for (const candidate of sectionFacts) {
		const question = factQuestion(candidate, facts, paragraphs.get(candidate.fact.paragraph)!);
		if (question !== undefined) candidates.push({kind: 'fact', question, fact: candidate});
	}
	// A place, the article's other places as distractors; else a name of any other kind.
	for (const place of [true, false]) {
		const ofKind = names.filter((name) => name.place === place);
		const texts = [...new Set(ofKind.map((name) => name.text))];
		for (const name of ofKind.filter((entry) => inSection.has(entry.paragraph)).slice(0, 6)) {
			const question = nameQuestion(slug(name.text), texts.filter((other) => other !== name.text), paragraphs.get(name.paragraph)!, name.start, name.end, place ? 'place' : 'name');
			if (question !== undefined) candidates.push({kind: place ? 'place' : 'name', question});
		}
	}
	// A person's name completing a sentence, the other people as distractors, when nothing else is asked.
	for (const person of named) {
		for (const paragraph of sectionParagraphs) {
			const at = paragraph.text.indexOf(person.name);
			if (at === -1) continue;
			const question = nameQuestion(person.id, named.filter((other) => other.id !== person.id).map((other) => other.name), paragraph, at, at + person.name.length);
			if (question !== undefined) candidates.push({kind: 'name', question});
			break;
		}
	}
	return candidates;
}

function score(quote: Quote, checks: Map<string, string>): number {
	const words = quote.text.split(/\s+/).length;
	return (checks.has(`quotes/${quote.id}`) ? 0 : 100) + (quote.kind === 'full' ? 50 : 0) + (words >= 5 && words <= 30 ? 20 : 0) - Math.abs(words - 15) / 10;
}
