// A sound article of any size, for the scaling test and `npm run bench` (bench/validateBig.ts).
// It is built like a real report: sections of paragraphs under subheadings, speakers quoted by
// name or alias, reported speech, exchanges across consecutive paragraphs, facts and every kind
// of quiz question, so that each check has its share of work. The same arguments give the same
// text.

const surnames = ['Abara', 'Bellweather', 'Castellano', 'Dunmore', 'Eriksen', 'Fontaine', 'Garibaldi', 'Halvorsen', 'Iwobi', 'Jablonski', 'Kowalczyk', 'Lindqvist', 'Marchetti', 'Nakashima', 'Okonkwo', 'Petrakis', 'Quintero', 'Rasmussen', 'Szabo', 'Tremblay', 'Umarov', 'Vasquez', 'Whitlock', 'Xenakis'];
const given = ['Ada', 'Bruno', 'Clara', 'Dmitri', 'Elena', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca'];
const words = (
	'council budget bridge harbour minister railway contract hospital election ministry treaty ' +
	'border tariff pension reform inquiry report witness committee museum library festival ' +
	'factory pipeline vaccine airport tunnel reservoir highway stadium orchestra archive'
).split(' ');
const verbs = ['approved', 'delayed', 'questioned', 'defended', 'criticised', 'welcomed', 'postponed', 'announced', 'reviewed', 'rejected'];
const units = ['widgets', 'tonnes', 'visitors', 'kilometres', 'contracts', 'volunteers'];

/** A small deterministic generator (mulberry32), so the article is the same on every run. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

const json = (value: string) => JSON.stringify(value);

export interface BigArticleOptions {
	/** Paragraphs in the body (subheadings come on top). */
	paragraphs: number;
	seed?: number;
}

/** The YAML text of a sound article with `paragraphs` paragraphs. */
export function bigArticle({paragraphs, seed = 1}: BigArticleOptions): string {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const sentence = () => {
		const subject = pick(words);
		return `The ${subject} ${pick(verbs)} by the ${pick(words)} was discussed again, and the ${pick(words)} committee said more would follow on the ${subject}.`;
	};

	const people = surnames.map((surname, index) => ({
		id: `p-${surname.toLowerCase()}`,
		name: `${given[index % given.length]} ${surname}`,
		alias: `Dr ${surname}`,
	}));

	const body: string[] = [];
	const sections: string[] = [];
	const quotes: string[] = [];
	const exchanges: string[] = [];
	const facts: string[] = [];
	const quiz: string[] = [];

	const paragraphsPerSection = 50;
	let paragraph = 0;
	for (let section = 0; paragraph < paragraphs; section++) {
		const blocks: string[] = [];
		const subhead = `h${section}`;
		body.push(`  - {id: ${subhead}, subhead: ${json(`Part ${section + 1}`)}}`);
		blocks.push(subhead);
		const inSection: Array<{id: string; kind: 'quote' | 'fact' | 'plain'; quote?: string; speaker?: number; fact?: string; value?: number; unit?: string}> = [];
		const count = Math.min(paragraphsPerSection, paragraphs - paragraph);
		for (let index = 0; index < count; index++, paragraph++) {
			const id = `p${paragraph}`;
			blocks.push(id);
			const kind = index % 3;
			if (kind === 0 && index + 1 < count && index % 12 === 0) {
				// An exchange: a quote answered by reported speech in the next paragraph.
				const first = paragraph % people.length;
				const second = (first + 1) % people.length;
				const said = `We will finish the ${pick(words)} before the ${pick(words)} season,`;
				body.push(`  - {id: ${id}, text: ${json(`“${said}” ${people[first]!.alias} said. ${sentence()}`)}}`);
				quotes.push(`  - {id: q${paragraph}, paragraph: ${id}, text: ${json(said)}, speaker: ${people[first]!.id}, cue: said}`);
				const reported = `${people[second]!.name} replied that the ${pick(words)} had heard such promises before`;
				index++;
				paragraph++;
				const replyId = `p${paragraph}`;
				blocks.push(replyId);
				body.push(`  - {id: ${replyId}, text: ${json(`${reported}. ${sentence()}`)}}`);
				exchanges.push(
					`  - id: x${paragraph}\n    title: ${json(`Promises ${paragraph}`)}\n    turns:\n      - quote: q${paragraph - 1}\n` +
						`      - {speaker: ${people[second]!.id}, paragraph: ${replyId}, reported: ${json(reported)}}`,
				);
				inSection.push({id, kind: 'quote', quote: said, speaker: first});
			} else if (kind === 0) {
				const speaker = paragraph % people.length;
				const said = `The ${pick(words)} is ${pick(verbs)} and the ${pick(words)} will ${paragraph % 2 ? 'wait' : 'not wait'}`;
				const name = paragraph % 2 ? people[speaker]!.alias : people[speaker]!.name;
				body.push(`  - {id: ${id}, text: ${json(`${sentence()} “${said},” ${name} told reporters on day ${paragraph}.`)}}`);
				quotes.push(`  - {id: q${paragraph}, paragraph: ${id}, text: ${json(`${said},`)}, speaker: ${people[speaker]!.id}, cue: told reporters}`);
				inSection.push({id, kind: 'quote', quote: said, speaker});
			} else if (kind === 1) {
				const value = 100 + Math.floor(next() * 9000);
				const unit = pick(units);
				const fact = `${value} ${unit}`;
				body.push(`  - {id: ${id}, text: ${json(`${sentence()} The ${pick(words)} counted ${fact} in the year to March. ${sentence()}`)}}`);
				facts.push(`  - {id: f${paragraph}, paragraph: ${id}, text: ${json(fact)}, value: ${json(String(value))}, label: ${json(`${unit} counted`)}}`);
				inSection.push({id, kind: 'fact', fact, value, unit});
			} else {
				body.push(`  - {id: ${id}, text: ${json(`${sentence()} ${sentence()} ${sentence()}`)}}`);
				inSection.push({id, kind: 'plain'});
			}
		}
		sections.push(`  - id: s${section}\n    title: ${json(`Part ${section + 1}`)}\n    notes: ${json(`Notes for part ${section + 1}.`)}\n    blocks: [${blocks.join(', ')}]`);

		// Every section gets questions: who said a quote, a fact, and one answered in the words of the text.
		const quoted = inSection.find((entry) => entry.kind === 'quote');
		if (quoted !== undefined) {
			const speaker = people[quoted.speaker!]!;
			const others = [people[(quoted.speaker! + 5) % people.length]!, people[(quoted.speaker! + 11) % people.length]!];
			quiz.push(
				`  - id: qs${section}\n    question: ${json(`Who said “${quoted.quote}”?`)}\n    options: ${JSON.stringify([others[0]!.name, speaker.name, others[1]!.name])}\n    answer: 1\n` +
					`    evidence:\n      - {paragraph: ${quoted.id}, text: ${json(quoted.quote!)}}\n    explanation: ${json(`${speaker.name} said it.`)}`,
			);
		}
		const counted = inSection.find((entry) => entry.kind === 'fact');
		if (counted !== undefined) {
			const value = counted.value!;
			quiz.push(
				`  - id: qf${section}\n    question: ${json(`How many ${counted.unit} were counted in part ${section + 1}?`)}\n    options: ${JSON.stringify([String(value + 7), String(value), String(value * 2 + 1)])}\n    answer: 1\n    fact: f${counted.id.slice(1)}\n` +
					`    evidence:\n      - {paragraph: ${counted.id}, text: ${json(`counted ${counted.fact}`)}}\n    explanation: ${json(`The text gives ${counted.fact}.`)}`,
			);
		}
		if (quoted === undefined && counted === undefined) {
			const first = inSection[0]!;
			quiz.push(
				`  - id: qp${section}\n    question: ${json(`What happened in part ${section + 1}?`)}\n    options: ["It was discussed again", "It was sold", "It was forgotten"]\n    answer: 0\n` +
					`    evidence:\n      - {paragraph: ${first.id}, text: "was discussed again"}\n    explanation: "The text says so."`,
			);
		}
	}

	return [
		'# Generated by test/helpers/bigArticle.ts',
		'id: big-article',
		`headline: ${json(`A long report in ${paragraphs} paragraphs`)}`,
		'standfirst: Generated to measure how checking grows with the article',
		'publisher: The Test Gazette',
		'people:',
		...people.map((person) => `  - {id: ${person.id}, name: ${json(person.name)}, aliases: [${json(person.alias)}]}`),
		'body:',
		...body,
		'sections:',
		...sections,
		'quotes:',
		...quotes,
		'exchanges:',
		...exchanges,
		'facts:',
		...facts,
		'quiz:',
		...quiz,
		'',
	].join('\n');
}
