// The documented JSON export. Later features may add fields; they never rename these.
import type {Article} from '../content/model.js';

export function articleToJson(article: Article) {
	return {
		id: article.id,
		headline: article.headline,
		standfirst: article.standfirst,
		dateline: article.dateline,
		datePublished: article.datePublished,
		byline: article.byline,
		publisher: article.publisher,
		rights: article.rights,
		language: article.language,
		sections: article.sections.map((section) => ({
			id: section.id,
			title: section.title,
			notes: section.notes,
			targetMinutes: section.targetMinutes,
			paragraphs: section.paragraphs.map((paragraph) => ({id: paragraph.id, number: paragraph.number, text: paragraph.text})),
			blocks: section.blocks.map((block) => ({type: block.kind, id: block.id, text: block.text})),
			exchangeIds: section.exchanges.map((exchange) => exchange.id),
		})),
		people: article.people.map((person) => ({id: person.id, name: person.name, role: person.role, aliases: person.aliases})),
		quotes: article.quotes.map((quote) => ({
			id: quote.id,
			paragraphId: quote.paragraphId,
			speakerId: quote.speakerId,
			text: quote.text,
			kind: quote.kind,
			cue: quote.cue,
			attributedIn: quote.attributedIn,
		})),
		exchanges: article.exchanges.map((exchange) => ({
			id: exchange.id,
			title: exchange.title,
			sectionId: exchange.sectionId,
			turns: exchange.turns.map((turn) => ({
				speakerId: turn.speakerId,
				text: turn.text,
				// Stable since the first version: true when the words are not the speaker's own (reported speech, narration); `kind` says which.
				reported: turn.kind !== 'quote',
				kind: turn.kind,
				quoteId: turn.quoteId,
				paragraphId: turn.paragraphId,
			})),
		})),
		facts: article.facts.map((fact) => ({id: fact.id, paragraphId: fact.paragraphId, text: fact.text, value: fact.value, label: fact.label})),
		quiz: article.quiz.map((question) => ({
			id: question.id,
			question: question.question,
			options: question.options,
			answer: question.answer,
			evidence: question.evidence,
			explanation: question.explanation,
			factId: question.factId,
			sectionId: question.sectionId,
		})),
	};
}
