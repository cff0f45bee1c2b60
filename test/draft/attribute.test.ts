// Quotations and their speakers, pattern by pattern, as an author would want them drafted.
import {describe, expect, it} from 'vitest';
import {attribute} from '../../src/draft/attribute.js';
import {findQuotes} from '../../src/draft/quotes.js';

/** Quote texts found in consecutive paragraphs. */
const quotesIn = (...paragraphs: string[]) => findQuotes(paragraphs).map((span) => paragraphs[span.block]!.slice(span.start, span.end));

/** [quote, speaker name or null, kind] for each quotation in consecutive body paragraphs. */
function attributed(...paragraphs: string[]) {
	const result = attribute(paragraphs, paragraphs.map(() => true));
	return result.quotes.map((quote) => [quote.text, quote.leftOut ? 'left out' : quote.speaker?.name ?? null, quote.kind] as const);
}

describe('finding quotations', () => {
	it('takes curly and straight double quotes, keeping the words between the marks verbatim', () => {
		expect(quotesIn('“Not now,” he said, and "later" too.')).toEqual(['Not now,', 'later']);
	});

	it('does not take apostrophes for quote marks: don’t, Boris’s, ’91, the Joneses’', () => {
		expect(quotesIn('He didn’t visit Boris’s home in ’91 or the Joneses’ farm.')).toEqual([]);
		expect(quotesIn('“It didn’t hurt the way it did with Shamir in ’91.”')).toEqual(['It didn’t hurt the way it did with Shamir in ’91.']);
	});

	it('takes single quotes used for speech, as headlines do', () => {
		expect(quotesIn('Johnson says Russia didn’t ‘successfully’ interfere')).toEqual(['successfully']);
		expect(quotesIn("Obama admits gun laws are his 'biggest frustration'")).toEqual(['biggest frustration']);
	});

	it('follows a quotation over paragraphs: one left open, the next re-opening it', () => {
		const spans = findQuotes(['He replied: “First part.', '“Second part,” he added.']);
		expect(spans.map((span) => [span.runsOn, span.continued])).toEqual([
			[true, false],
			[false, true],
		]);
	});

	it('closes a quotation at an opening mark typed for a closing one: “… And that“—taking …', () => {
		expect(quotesIn('“Let me tell you something. And that“—taking a lineman—“was right down the middle.”')).toEqual(['Let me tell you something. And that', 'was right down the middle.']);
	});

	it('leaves quote marks nested in a quotation inside it', () => {
		expect(quotesIn('“It’s ‘Showtime at the Apollo.’” he said.')).toEqual(['It’s ‘Showtime at the Apollo.’']);
	});
});

describe('attributing quotations', () => {
	it('finds the speaker after the quotation, in either order', () => {
		expect(attributed('“We are ready,” Mr Lavrov said.', '“We are not,” said Boris Johnson, the foreign secretary.')).toEqual([
			['We are ready,', 'Lavrov', 'full'],
			['We are not,', 'Boris Johnson', 'full'],
		]);
	});

	it('finds the speaker before it: "X said:", "X told reporters", "according to X"', () => {
		expect(attributed('British foreign secretary Boris Johnson said: “We are ready.”', 'Mr Johnson told reporters “nothing has changed”.', 'Prices will rise “by a lot”, according to Jane Smith, an economist.')).toEqual([
			['We are ready.', 'Boris Johnson', 'full'],
			['nothing has changed', 'Boris Johnson', 'partial'],
			['by a lot', 'Jane Smith', 'partial'],
		]);
	});

	it('gives one person every name the text uses, with the role it gives', () => {
		const result = attribute(['White House press secretary Josh Earnest said: “We are concerned.”', '“It undermines our values,” Mr Earnest said.', '“It will pass,” Earnest added.'], [true, true, true]);
		const speakers = new Set(result.quotes.map((quote) => quote.speaker));
		expect(speakers.size).toBe(1);
		const [earnest] = speakers;
		expect(earnest).toMatchObject({name: 'Josh Earnest', role: 'White House press secretary'});
		expect(earnest!.aliases).toEqual(expect.arrayContaining(['Mr Earnest', 'Earnest']));
	});

	it('resolves "the president" to the person the text calls president', () => {
		expect(attributed('President Barack Obama spoke on Friday.', '“We will keep trying,” the president said.')).toEqual([['We will keep trying,', 'Barack Obama', 'full']]);
	});

	it('gives "he added" to the last man quoted, and a paragraph of quotation only to the previous speaker', () => {
		expect(attributed('“It is hard,” said Martin Indyk, a former ambassador.', 'Talks resume in May.', '“It can be repaired,” he added.', '“But not soon.”')).toEqual([
			['It is hard,', 'Martin Indyk', 'full'],
			['It can be repaired,', 'Martin Indyk', 'full'],
			['But not soon.', 'Martin Indyk', 'full'],
		]);
	});

	it('does not take the subject of a quoted sentence for its speaker', () => {
		expect(attributed('“Netanyahu broke a lot of crockery,” said Martin Indyk.')).toEqual([['Netanyahu broke a lot of crockery,', 'Martin Indyk', 'full']]);
	});

	it('makes a short quotation with no speaker a scare quote, and leaves out a long one', () => {
		expect(attributed('The so-called “metadata” is kept.', '“This is a long quotation that nobody in the text is said to have said at all.”')).toEqual([
			['metadata', null, 'scare'],
			['This is a long quotation that nobody in the text is said to have said at all.', 'left out', 'full'],
		]);
	});

	it('does not take a place before a passive "was described as" for a speaker', () => {
		expect(attributed('In South Taranaki, a stranding that was described as “unprecedented” left the tribe scrambling.')).toEqual([['unprecedented', null, 'scare']]);
	});
});

describe('attributing quotations: pronouns, roles and bodies', () => {
	it('gives "it said" to the body named as the subject before it, not to "a statement" or a chemical', () => {
		expect(attributed('The Food Standards Agency warned people off pills that contained DNP.', '“Do not take any tablets containing DNP,” it said in a statement.')).toEqual([['Do not take any tablets containing DNP,', 'Food Standards Agency', 'full']]);
	});

	it('gives "she said" to the woman quoted before rather than a man named in passing, as a possessive or in a fronted phrase', () => {
		expect(attributed('“Rates will rise,” said Fed Chair Janet Yellen.', 'Though Donald Trump’s inauguration is a month away, she said “some of the participants” had moved.')).toEqual([
			['Rates will rise,', 'Janet Yellen', 'full'],
			['some of the participants', 'Janet Yellen', 'partial'],
		]);
		expect(attributed('“We had hope,” said Michelle Obama.', 'Without mentioning Trump by name, the first lady spoke of loss.', '“They look up at you,” she said.')).toEqual([
			['We had hope,', 'Michelle Obama', 'full'],
			['They look up at you,', 'Michelle Obama', 'full'],
		]);
	});

	it('tells a woman from a man by a common first name', () => {
		expect(attributed('“It is late,” said Janet Moss.', '“It is early,” said Peter Hale.', '“Not for me,” she said.')).toEqual([
			['It is late,', 'Janet Moss', 'full'],
			['It is early,', 'Peter Hale', 'full'],
			['Not for me,', 'Janet Moss', 'full'],
		]);
	});

	it('gives "he" to the subject of the sentence, a full name the text then calls by surname', () => {
		expect(attributed('“It was devastating,” said Jim Cantrell, a founding member.', 'It was a bad year for billionaire Elon Musk.', 'On Twitter, Musk appealed for help with the failure, which he called “the most difficult failure we’ve had.”')).toEqual([
			['It was devastating,', 'Jim Cantrell', 'full'],
			['the most difficult failure we’ve had.', 'Elon Musk', 'partial'],
		]);
	});

	it('takes the person for the subject, not a place after "of", a description in apposition or a name used as a modifier', () => {
		expect(attributed('Senator Mitch McConnell of Kentucky called the debt “the transcendent issue of our era.”')).toEqual([['the transcendent issue of our era.', 'Mitch McConnell', 'partial']]);
		expect(attributed('Senator Mark Warner spoke.', 'Mr Warner, the Virginia Democrat, called the bill “the worst piece of legislation”.')).toEqual([['the worst piece of legislation', 'Mark Warner', 'partial']]);
		expect(attributed('A Trump spokesman, Sean Spicer, said the plan was “a disaster for everyone”.')).toEqual([['a disaster for everyone', 'Sean Spicer', 'partial']]);
	});

	it('takes the name in apposition to a role: "The leader of Ennahda, Rachid Ghannouchi, …, saying"', () => {
		expect(attributed('The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it “will not break our will.”')).toEqual([['will not break our will.', 'Rachid Ghannouchi', 'partial']]);
	});

	it('resolves "the foreign secretary" to the person the text gave that role', () => {
		expect(attributed('Boris Johnson, the foreign secretary, arrived in Moscow.', '“We are ready,” the foreign secretary said.')).toEqual([['We are ready,', 'Boris Johnson', 'full']]);
	});

	it('gives a quotation to the agent of a passive cue: described as “…” by the department', () => {
		expect(attributed('The strandings have been described as “heartbreaking” by the conservation department.')).toEqual([['heartbreaking', 'Department', 'partial']]);
	});

	it('takes an attribution tag set off by commas later in the sentence', () => {
		expect(attributed('Risks remain “roughly balanced” between factors that could slow the economy, the Fed said, no change from last month.')).toEqual([['roughly balanced', 'Fed', 'partial']]);
	});

	it('takes "In X’s words" and "reads" as cues', () => {
		expect(attributed('Dr Michael Shadlen led the study.', 'In Dr Shadlen’s words, “Could that moment be the decision?”')).toEqual([['Could that moment be the decision?', 'Michael Shadlen', 'full']]);
		expect(attributed('The tweet from Vulture magazine reads, “Show interrupted by angry supporter.”')).toEqual([['Show interrupted by angry supporter.', 'Vulture', 'full']]);
	});

	it('joins "of" inside the name of a body: the Department of Conservation', () => {
		expect(attributed('“The causes are many,” the New Zealand Department of Conservation said.')).toEqual([['The causes are many,', 'New Zealand Department of Conservation', 'full']]);
	});
});

describe('attributing quotations with no cue', () => {
	it('continues the previous speaker in a paragraph that opens with a quotation', () => {
		expect(attributed('“If the time was valid, we could predict it,” explains Dr Michael Shadlen.', '“We used a mathematical trick.” This trick was the model.')).toEqual([
			['If the time was valid, we could predict it,', 'Michael Shadlen', 'full'],
			['We used a mathematical trick.', 'Michael Shadlen', 'full'],
		]);
	});

	it('skips a photo caption between a speaker and the paragraph of quotation that continues them', () => {
		expect(attributed('“We are here for the whales,” said Te Kaurinui, an elder.', 'Whangārei Harbour seen from Tamaterau', '“We are not foreigners in this land. We did not take it from anyone.”')).toEqual([
			['We are here for the whales,', 'Te Kaurinui', 'full'],
			['We are not foreigners in this land. We did not take it from anyone.', 'Te Kaurinui', 'full'],
		]);
	});

	it('gives a quotation opening a sentence to the person the paragraph named before it', () => {
		expect(attributed('Charles Schultze, a former adviser, once summed up the danger. “It’s not the wolf at the door, but termites in the woodwork.”')).toEqual([
			['It’s not the wolf at the door, but termites in the woodwork.', 'Charles Schultze', 'full'],
		]);
	});

	it('gives a longer quotation later in a paragraph to the speaker of its first one', () => {
		expect(attributed('“Israeli and Palestinian leaders took risks,” Obama said in his speech. President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace.”')).toEqual([
			['Israeli and Palestinian leaders took risks,', 'Obama', 'full'],
			['has put aside efforts to shortcut the pursuit of peace.', 'Obama', 'partial'],
		]);
	});

	it('counts the names in a subheading, but not its quote marks', () => {
		const result = attribute(['“It was lethal,” her mother, Fiona, said.', 'Police said the pills were toxic.', 'Fiona Parry issued a “plea”', '“She never understood,” she said.'], [true, true, false, false], [true, true, false, true]);
		expect(result.quotes.map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([
			['It was lethal,', 'Fiona Parry'],
			['She never understood,', 'Fiona Parry'],
		]);
	});
});

describe('quotations that nobody says', () => {
	it('makes a word mentioned a scare quote: the word “hope”, a so-called “deal”', () => {
		expect(attributed('Michelle Obama said the poster bore the word “hope” in red.')).toEqual([['hope', null, 'scare']]);
	});

	it('makes a name or title in quote marks a scare quote: Mugabe’s “Blue House”', () => {
		expect(attributed('They are held at Mugabe’s “Blue House” compound, a source said.')).toEqual([['Blue House', null, 'scare']]);
	});

	it('does not give a word or two in quote marks to a cue far before them', () => {
		expect(attributed('Neuroscience tells us that most of the work done by our brains happens unconsciously, but when does that “a-ha!” moment occur?')).toEqual([['a-ha!', null, 'scare']]);
	});
});

describe('attributing quotations to people the text has only reported', () => {
	it('gives "she said" to someone named as the subject of reported speech, over a clause about them', () => {
		expect(attributed('“Planes may not get cleaned,” said Joseph Schwieterman, an expert.', 'Kisha Rivera, who works as a cabin cleaner at O’Hare, said she has coworkers who sleep in the airport.', '“We work so hard,” she said.')).toEqual([
			['Planes may not get cleaned,', 'Joseph Schwieterman', 'full'],
			['We work so hard,', 'Kisha Rivera', 'full'],
		]);
	});

	it('gives "he said" to the subject of a tag after the sentence, not to an earlier speaker', () => {
		expect(attributed('“We are making progress,” spokesman Phil Larson said.', 'It can be a setback for a company, Jim Cantrell, a founding member of SpaceX, told reporters.', '“This one was devastating,” he said.')).toEqual([
			['We are making progress,', 'Phil Larson', 'full'],
			['This one was devastating,', 'Jim Cantrell', 'full'],
		]);
	});

	it('does not take a description in apposition for the subject a pronoun points to', () => {
		expect(attributed('Senator James Lankford, an Oklahoma Republican who warned of the deficit, played down the threat.', '“It is an appropriate risk,” he said.')).toEqual([['It is an appropriate risk,', 'James Lankford', 'full']]);
	});

	it('gives "she said" to an unnamed spokeswoman just before, when no woman is named', () => {
		expect(attributed('The workers are not aiming to disrupt travel, a spokeswoman for the union said.', '“They do want public support,” she said.')).toEqual([['They do want public support,', 'Spokeswoman', 'full']]);
	});
});

describe('attributing quotations in features and newsletters', () => {
	it('gives a quotation after a colon to the source a newsletter names there, or to the subject of the clause', () => {
		expect(attributed('PATIENCE IS A VIRTUE — WSJ’s Nick Timiraos: “A senior official cautioned it would take time.”', 'BERNANKE WINS — AP: “Ben Bernanke won the Nobel Prize in economic sciences.”')).toEqual([
			['A senior official cautioned it would take time.', 'Nick Timiraos', 'full'],
			['Ben Bernanke won the Nobel Prize in economic sciences.', 'AP', 'full'],
		]);
		expect(attributed('Here, Jerry Jones picks up the story: “He got Jim around the neck and would not let go.”')).toEqual([['He got Jim around the neck and would not let go.', 'Jerry Jones', 'full']]);
	});

	it('gives "came the reply" to the one who spoke before the last speaker', () => {
		expect(attributed('“So no one here wants to take him?” Jerry Jones asked.', '“Dad, we need to take Zack,” Stephen Jones said.', '“All right,” came the reply. “Turn it in.”')).toEqual([
			['So no one here wants to take him?', 'Jerry Jones', 'full'],
			['Dad, we need to take Zack,', 'Stephen Jones', 'full'],
			['All right,', 'Jerry Jones', 'full'],
			['Turn it in.', 'Jerry Jones', 'full'],
		]);
	});

	it('does not take a cue opening the sentence, a participle or an adjective set off by a comma for part of a name', () => {
		expect(attributed('Replied Stephen Jones, with some delicacy, “Well, I don’t think we would.”')).toEqual([['Well, I don’t think we would.', 'Stephen Jones', 'full']]);
		expect(attributed('Bill Parcells ran the team.', 'Pointing at the pocket square, Parcells would say, in an accusing tone, “See that hankie?”')).toEqual([['See that hankie?', 'Bill Parcells', 'full']]);
		expect(attributed('Jerry Jones went round the table.', 'Exasperated, Jerry finally asked, “So no one in this room wants him?”')).toEqual([['So no one in this room wants him?', 'Jerry Jones', 'full']]);
	});

	it('takes the person, not the body a role is written with: "former Treasury official Mark Sobel"', () => {
		expect(attributed('“It is an unusual time,” said former Treasury official Mark Sobel.', '“Jerry sees around corners,” says former NFL general manager Bill Polian.')).toEqual([
			['It is an unusual time,', 'Mark Sobel', 'full'],
			['Jerry sees around corners,', 'Bill Polian', 'full'],
		]);
	});

	it('gives "one Cowboys executive joked" to an unnamed executive, and nobody’s words to the speaker before', () => {
		expect(attributed('“If you’re scared,” one Cowboys executive joked to Stephen Jones.')).toEqual([['If you’re scared,', 'Executive', 'full']]);
		expect(attributed('“I’ll never forget that morning, we all sat down to talk it over,” recalls Stephen Jones. If he was still there, the patriarch added, “I assume we’d take him—wouldn’t we?”')).toEqual([
			['I’ll never forget that morning, we all sat down to talk it over,', 'Stephen Jones', 'full'],
			['I assume we’d take him—wouldn’t we?', 'left out', 'full'],
		]);
	});

	it('does not take speech opening with "And" for a title', () => {
		expect(attributed('“And Zack,” Stephen Jones reminded his father.')).toEqual([['And Zack,', 'Stephen Jones', 'full']]);
	});
});
