// Exchanges as an author would stage them: speakers answering each other in consecutive
// paragraphs, and not a row of reactions by people who never address one another.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {draftArticle} from '../../src/draft/draft.js';
import {findExchanges} from '../../src/draft/exchanges.js';
import {extractPlainText} from '../../src/draft/plain.js';

const people = [
	{id: 'ruiz', name: 'Ana Ruiz', aliases: ['Ms Ruiz', 'Ruiz']},
	{id: 'briggs', name: 'Tom Briggs', aliases: ['Mr Briggs', 'Briggs']},
	{id: 'okafor', name: 'Grace Okafor', aliases: ['Ms Okafor', 'Okafor']},
];

/** Exchanges in paragraphs given as [text, speaker id, quotation] each, as turn lists of speakers. */
function exchanges(...paragraphs: Array<[string, string, string]>) {
	const blocks = paragraphs.map(([text], index) => ({id: `p${index + 1}`, text}));
	const quotes = paragraphs.map(([, speaker, quoted], index) => ({id: `q${index + 1}`, paragraph: `p${index + 1}`, text: quoted, speaker, kind: 'full' as const}));
	return findExchanges({blocks, quotes, people}).map((exchange) => ({title: exchange.title, turns: exchange.turns.map((turn) => quotes.find((quote) => quote.id === turn.quote)!.speaker)}));
}

describe('finding exchanges', () => {
	it('finds one where a speaker replies, with the turn replied to and the one before it', () => {
		expect(
			exchanges(
				['“This is the safest plan in a decade,” said Mayor Ana Ruiz.', 'ruiz', 'This is the safest plan in a decade,'],
				['Councillor Tom Briggs disagreed. “Our shops cannot survive more building work,” he told reporters.', 'briggs', 'Our shops cannot survive more building work,'],
				['Ms Ruiz replied that the city would pay. “Nobody will be left behind,” she said.', 'ruiz', 'Nobody will be left behind,'],
			),
		).toEqual([{title: 'Ana Ruiz and Tom Briggs', turns: ['ruiz', 'briggs', 'ruiz']}]);
	});

	it('does not take reactions in a row for an exchange', () => {
		expect(
			exchanges(
				['“I am alarmed by the questionnaire sent to the department,” said Ana Ruiz, a councillor.', 'ruiz', 'I am alarmed by the questionnaire sent to the department,'],
				['“This looks like a scare tactic to intimidate employees who do their jobs,” added Tom Briggs.', 'briggs', 'This looks like a scare tactic to intimidate employees who do their jobs,'],
				['“I cannot recall ever seeing anything like it in twenty years,” said Grace Okafor.', 'okafor', 'I cannot recall ever seeing anything like it in twenty years,'],
			),
		).toEqual([]);
	});

	it('finds one where a question is answered, and goes on while the same speakers answer', () => {
		expect(
			exchanges(
				['“So nobody in this room wants to take the quarterback?” Ruiz asked the table at last.', 'ruiz', 'So nobody in this room wants to take the quarterback?'],
				['“We should take the guard instead, it is the right pick for the team,” said Briggs.', 'briggs', 'We should take the guard instead, it is the right pick for the team,'],
				['“All right, then it is the guard and we hand the card in now,” Ruiz said.', 'ruiz', 'All right, then it is the guard and we hand the card in now,'],
			),
		).toEqual([{title: 'Ana Ruiz and Tom Briggs', turns: ['ruiz', 'briggs', 'ruiz']}]);
	});

	it('finds one where the narration names the other speaker, or a speaker addresses them, and not where a quotation only mentions them', () => {
		expect(
			exchanges(
				['“I handed my coat and gloves to the minister when I came in today,” said Ana Ruiz.', 'ruiz', 'I handed my coat and gloves to the minister when I came in today,'],
				['Mr Briggs turned to Ms Ruiz: “There was nothing in the coat pockets when I looked in them.”', 'briggs', 'There was nothing in the coat pockets when I looked in them.'],
			),
		).toHaveLength(1);
		expect(
			exchanges(
				['“I was so deep in the business that I never looked back at all,” Ruiz says.', 'ruiz', 'I was so deep in the business that I never looked back at all,'],
				['“We were in high grass, and Ruiz was right in the middle of it all,” says Briggs.', 'briggs', 'We were in high grass, and Ruiz was right in the middle of it all,'],
			),
		).toEqual([]);
		expect(
			exchanges(
				['“It went too far and I am sorry about what happened there,” Briggs said.', 'briggs', 'It went too far and I am sorry about what happened there,'],
				['“Son, you have never done that to me in all these years,” said Okafor.', 'okafor', 'Son, you have never done that to me in all these years,'],
			),
		).toHaveLength(1);
	});

	it('finds one in short lines of dialogue', () => {
		expect(
			exchanges(['“Don’t get nervous,” instructed Ana Ruiz, the supervisor.', 'ruiz', 'Don’t get nervous,'], ['“I’m not,” Mr Briggs said as he secured the clamp.', 'briggs', 'I’m not,']),
		).toEqual([{title: 'Ana Ruiz and Tom Briggs', turns: ['ruiz', 'briggs']}]);
	});

	it('stages three speakers when a third answers', () => {
		expect(
			exchanges(
				['“Is the bridge safe to cross?” asked Grace Okafor.', 'okafor', 'Is the bridge safe to cross?'],
				['“It is safe, the engineers checked it twice this week,” Ruiz replied.', 'ruiz', 'It is safe, the engineers checked it twice this week,'],
				['Briggs countered that the report was late. “Nobody has seen it yet,” he said.', 'briggs', 'Nobody has seen it yet,'],
			),
		).toEqual([{title: 'Grace Okafor and Ana Ruiz and Tom Briggs', turns: ['okafor', 'ruiz', 'briggs']}]);
	});
});

describe('an exchange in a draft', () => {
	it('is drafted from a short text, in one section that no division cuts', () => {
		const {article} = draftArticle(extractPlainText(readFileSync('test/fixtures/draft/texts/bike-lanes.txt', 'utf8')), 'bike-lanes');
		expect(article.exchanges).toHaveLength(1);
		const paragraphs = article.exchanges[0]!.turns.map((turn) => article.quotes.find((quote) => quote.id === turn.quote)!.paragraph);
		expect(paragraphs).toEqual(['p2', 'p3', 'p4']);
		expect(article.sections.filter((section) => paragraphs.some((paragraph) => section.blocks.includes(paragraph)))).toHaveLength(1);
	});
});
