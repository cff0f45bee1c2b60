// Who the article names: capitalised sequences outside quotations, split into title and name
// ("White House press secretary Josh Earnest", "Mr Earnest"), grouped into one person per name
// with every form the text uses as aliases, and a role where the text gives one.
import {genderOfFirstName, isFirstName} from './firstNames.js';
import {cueWords, femaleWords, functionWords, honorifics, maleWords, notNames, officeTitles, placeOrBodyWords, roleNouns} from './words.js';

export interface Mention {
	block: number;
	/** Offsets of the name as written, titles included: "Mr Johnson", "President Barack Obama". */
	start: number;
	end: number;
	/** The name without its title: "Johnson", "Barack Obama". */
	name: string;
	/** The surface form, title included when it is a single word ("Mr Johnson", "President Obama"). */
	surface: string;
	titled: boolean;
	/** Written after "the", "a" or "an": "the Republican about-face", "an Oklahoma Republican". */
	afterArticle: boolean;
	/** Followed by a lower-case noun it describes: "Fed rate hikes", "former Treasury official Mark Sobel". */
	modifier: boolean;
	/** A role the text gives beside the name: "British foreign secretary", "a former KGB officer". */
	role?: string;
	gender?: 'female' | 'male';
	insideQuote: boolean;
}

export interface Person {
	id: string;
	name: string;
	role?: string;
	aliases: string[];
	gender?: 'female' | 'male';
	/** A body or an unnamed source ("a spokesman") rather than a named person. */
	body: boolean;
	/** Lower-case nouns the text may use for them later: "president", "minister". */
	roleWords: Set<string>;
	mentions: Mention[];
}

const particles = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'el', 'del', 'dos', 'das', 'ter', 'ten', 'st']);
const functionLower = new Set([...functionWords].map((word) => word.toLowerCase()));
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;
const capital = /^\p{Lu}/u;

interface Token {
	start: number;
	end: number;
	text: string;
	possessive: boolean;
}

export function tokens(text: string): Token[] {
	const found: Token[] = [];
	for (const match of text.matchAll(wordPattern)) {
		let value = match[0];
		let possessive = false;
		const possessiveMatch = /(?:[’']s|s[’'])$/.exec(value);
		if (possessiveMatch && value.length > 2) {
			value = value.endsWith('s’') || value.endsWith("s'") ? value.slice(0, -1) : value.slice(0, -2);
			possessive = true;
		}
		value = value.replace(/[’']+$/, '');
		// A full stop ends the word unless it is an initial ("J."), a title ("Gen.") or inside ("U.S.").
		if (value.endsWith('.') && !/^\p{Lu}\.$/u.test(value) && !honorifics.has(value) && !officeTitles.has(value) && !/\.\p{L}+\.$/u.test(value)) {
			value = value.replace(/\.+$/, '');
		}
		value = value.replace(/[-]+$/, '');
		if (value === '') continue;
		found.push({start: match.index, end: match.index + value.length, text: value, possessive});
	}
	return found;
}

/** Capitalised runs of words ("President Barack Obama", "Mr Lavrov") outside the spans given. */
export function findMentions(text: string, block: number, insideQuote: (at: number) => boolean): Mention[] {
	const words = tokens(text);
	const mentions: Mention[] = [];
	let run: Token[] = [];
	const flush = () => {
		if (run.length > 0) {
			const mention = toMention(text, block, run, insideQuote(run[0]!.start));
			if (mention !== undefined) mentions.push(mention);
		}
		run = [];
	};
	words.forEach((word, index) => {
		const previous = run.at(-1);
		const joined = previous !== undefined && !previous.possessive && text.slice(previous.end, word.start) === ' ' && insideQuote(previous.start) === insideQuote(word.start);
		const isCapital = capital.test(word.text);
		// "Department of Conservation", "Bank of England": "of" inside the name of a body.
		const joins = particles.has(word.text) || (word.text === 'of' && previous !== undefined && placeOrBodyWords.has(previous.text));
		const isParticle = joins && joined && capital.test(words[index + 1]?.text ?? '') && text.slice(word.end, words[index + 1]?.start ?? 0) === ' ';
		if ((isCapital || isParticle) && (joined || run.length === 0)) {
			run.push(word);
		} else {
			flush();
			if (isCapital) run.push(word);
		}
		if (word.possessive) flush();
	});
	flush();
	return mentions;
}

function toMention(text: string, block: number, run: Token[], insideQuote: boolean): Mention | undefined {
	const words = [...run];
	// "Replied Stephen, …": a cue opening the sentence is no part of the name.
	while (words.length > 0 && (functionLower.has(words[0]!.text.toLowerCase()) || particles.has(words[0]!.text) || cueWords.has(words[0]!.text.toLowerCase()))) words.shift();
	// "Pointing at the pocket square, Parcells …": a participle opening the sentence, not a name.
	if (words.length === 1 && /ing$/.test(words[0]!.text) && /^\s+(?:at|to|on|in|the|a|an|his|her|their|its|from|with|about|over|into|through|for)\b/.test(text.slice(words[0]!.end, words[0]!.end + 12))) return undefined;
	// "Exasperated, Jerry finally asked": an adjective or adverb set off at the head of a sentence.
	if (words.length === 1 && /(?:ed|ing|ly)$/.test(words[0]!.text) && text[words[0]!.end] === ',') return undefined;
	while (words.length > 0 && particles.has(words.at(-1)!.text)) words.pop();
	if (words.length === 0) return undefined;
	let lastTitle = -1;
	words.forEach((word, index) => {
		if ((honorifics.has(word.text) || officeTitles.has(word.text)) && index < words.length - 1) lastTitle = index;
	});
	// "Engineer Sam Patel" opening a sentence: a role noun capitalised, then a name of two words or more.
	if (lastTitle === -1 && words.length >= 3 && roleNouns.has(words[0]!.text.toLowerCase())) lastTitle = 0;
	const nameWords = words.slice(lastTitle + 1);
	if (nameWords.every((word) => notNames.has(word.text) || /^\d/.test(word.text))) return undefined;
	const titleWord = lastTitle >= 0 ? words[lastTitle]!.text : undefined;
	const titles = words.slice(0, lastTitle + 1).map((word) => word.text);
	const name = text.slice(nameWords[0]!.start, nameWords.at(-1)!.end);
	// "Mr Johnson", "President Obama": the title is part of how the text names them.
	const surfaceStart = lastTitle >= 0 && (honorifics.has(titleWord!) || lastTitle === 0) ? words[lastTitle]!.start : nameWords[0]!.start;
	const surface = text.slice(surfaceStart, nameWords.at(-1)!.end);
	const afterArticle = /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, words[0]!.start - 5), words[0]!.start));
	const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(nameWords.at(-1)!.end, nameWords.at(-1)!.end + 30))?.[1];
	const modifier = next !== undefined && !cueWords.has(next) && !/(?:ed|s|ly)$/.test(next) && !followsName.has(next);
	const mention: Mention = {block, start: words[0]!.start, end: nameWords.at(-1)!.end, name, surface, titled: lastTitle >= 0, afterArticle, modifier, insideQuote};
	const officeRole = titles.filter((title) => !honorifics.has(title)).length > 0 ? text.slice(words[0]!.start, words[lastTitle]!.end) : undefined;
	const role = roleBefore(text, words[0]!.start) ?? roleAfter(text, mention.end) ?? officeRole;
	if (role !== undefined) mention.role = role;
	const gender =
		titles.map(genderOf).find((value) => value !== undefined) ??
		(role === undefined ? undefined : genderOfPhrase(role)) ??
		(nameWords.length >= 2 ? genderOfFirstName(nameWords[0]!.text) : undefined);
	if (gender !== undefined) mention.gender = gender;
	return mention;
}

/** Lower-case words that may follow a name standing alone: verbs (the irregular past too), prepositions, conjunctions. */
const followsName = new Set(
	[
		'and or but in on at to for of from by with as is was were are has had have will would could should may might can did does do said says told also then who which that where when while after before since until into over under through about against between during without within near across',
		'ran went came took made gave won lost met led left held kept got put set saw spoke began became brought bought built chose drove fell felt found flew grew heard hit knew meant paid quit rose sat sent shot sold stood struck swore taught thought threw understood broke fought caught cut drew fled forgave hung let read rode sang shook shut sought spent split spread stuck swept tore withdrew wore',
	]
		.join(' ')
		.split(' '),
);

function genderOf(word: string): 'female' | 'male' | undefined {
	if (femaleWords.has(word)) return 'female';
	if (maleWords.has(word)) return 'male';
	return undefined;
}

function genderOfPhrase(phrase: string): 'female' | 'male' | undefined {
	for (const word of phrase.split(/\s+/)) {
		const gender = genderOf(word);
		if (gender !== undefined) return gender;
	}
	return undefined;
}

const stopBefore = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'said', 'says', 'told', 'by', 'with', 'to', 'from', 'for', 'of', 'that', 'as', 'his', 'her', 'their', 'its', 'our', 'my', 'on', 'in', 'at', 'after', 'before', 'when', 'while', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'who', 'which', 'including', 'like']);

/** "British foreign secretary Boris Johnson": the words before a name that end in a role noun. */
function roleBefore(text: string, start: number): string | undefined {
	const before = text.slice(Math.max(0, start - 120), start);
	const appositive = /,\s*$/.test(before);
	const words = before.replace(/,\s*$/, ' ').split(' ');
	if (words.at(-1) === '') words.pop();
	const last = words.at(-1);
	if (last === undefined || !roleNouns.has(last.toLowerCase().replace(/[’']s$/, ''))) return undefined;
	if (!appositive && /^\p{Lu}/u.test(last)) return undefined;
	const role: string[] = [];
	for (let index = words.length - 1; index >= 0; index--) {
		const word = words[index]!;
		if (word === '' || stopBefore.has(word.toLowerCase()) || /[.;:!?"“”]$/.test(word) || /,$/.test(word) || role.length >= 7) break;
		role.unshift(word);
	}
	return role.length > 0 ? role.join(' ') : undefined;
}

/** "Alexander Litvinenko, a former KGB officer turned critic of the Kremlin,": an apposition. */
function roleAfter(text: string, end: number): string | undefined {
	const match = /^, ((?:(?:a|an|the|his|her|their) )?[^,.;:"“”(]{2,120}?)(?=[,.;]|$)/u.exec(text.slice(end));
	if (!match) return undefined;
	const phrase = match[1]!;
	const words = phrase.split(' ');
	if (words.length > 16 || !words.some((word) => roleNouns.has(word.toLowerCase().replace(/[’']s$/, '')))) return undefined;
	// A verb right after the comma starts a clause, not an apposition: "Obama, who said…", "Obama, said".
	if (/^(who|which|that|said|says|and|but|he|she|it|they|we|I|in|on|at|as|when|while|if)\b/.test(phrase)) return undefined;
	return phrase.replace(/^(a|an|the) /, '');
}

/** Lower-case id from a name: "Sergei Lavrov" → "sergei-lavrov". */
export function slug(value: string): string {
	const base = value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return base === '' ? 'x' : base.slice(0, 40).replace(/-+$/, '');
}

/** Whether a mention is evidence of a person on its own: a title, or a role beside it. */
export function isPersonLike(mention: Mention): boolean {
	if (nameHasBodyWord(mention.name)) return false;
	return mention.titled || mention.role !== undefined;
}

export function nameHasBodyWord(name: string): boolean {
	const words = name.split(/\s+/);
	// "Bill Parcells", "Chase Young": a first name that is also a body word opens a person's name.
	const from = words.length >= 2 && isFirstName(words[0]!) ? 1 : 0;
	return words.slice(from).some((word) => placeOrBodyWords.has(word));
}

function lastWord(name: string): string {
	return name.split(/\s+/).at(-1)!;
}

function firstWord(name: string): string {
	return name.split(/\s+/)[0]!;
}

export class People {
	readonly list: Person[] = [];
	private readonly ids = new Set<string>();

	/** The person a mention names, when one is known: by full name, surname or first name. */
	resolve(mention: {name: string; gender?: 'female' | 'male' | undefined}): Person | undefined {
		const exact = this.list.find((person) => person.name === mention.name || person.aliases.includes(mention.name));
		if (exact) return exact;
		const words = mention.name.split(/\s+/);
		if (words.length > 2) return undefined;
		const candidates = this.list.filter((person) => {
			if (person.body) return false;
			// "Te Kaurinui" or "Te Parata" for "Te Kaurinui Robert Parata"; "Barack Obama" for "President Barack Hussein Obama".
			if (words.length === 2) {
				const parts = person.name.split(/\s+/);
				return parts.length > 2 && (person.name.endsWith(` ${mention.name}`) || person.name.startsWith(`${mention.name} `) || (parts[0] === words[0] && parts.at(-1) === words[1]));
			}
			const parts = person.name.split(/\s+/);
			// "Stephen" for "John Stephen Jones" too: a middle name used alone.
			return parts.length > 1 && (lastWord(person.name) === mention.name || firstWord(person.name) === mention.name || (parts.length > 2 && parts.includes(mention.name)));
		});
		const fitting = candidates.filter((person) => mention.gender === undefined || person.gender === undefined || person.gender === mention.gender);
		if (fitting.length === 0) return undefined;
		// The person named most often is the likelier one for a bare surname.
		return fitting.sort((a, b) => b.mentions.length - a.mentions.length)[0];
	}

	add(name: string, body: boolean): Person {
		let id = slug(lastWord(name).length > 2 && !body ? lastWord(name) : name);
		if (this.ids.has(id)) id = slug(name);
		for (let counter = 2; this.ids.has(id); counter++) id = `${slug(name)}-${counter}`;
		this.ids.add(id);
		const person: Person = {id, name, aliases: [], body, roleWords: new Set(), mentions: []};
		this.list.push(person);
		return person;
	}

	/** Adds a mention to a person: its surface form becomes an alias, its role the role if none yet. */
	attach(person: Person, mention: Mention): void {
		person.mentions.push(mention);
		for (const form of [mention.surface, mention.name]) {
			if (form !== person.name && !person.aliases.includes(form)) person.aliases.push(form);
		}
		if (mention.role !== undefined) {
			person.role ??= capitalise(mention.role);
			for (const word of mention.role.toLowerCase().split(/\s+/)) if (roleNouns.has(word)) person.roleWords.add(word);
		}
		person.gender ??= mention.gender;
	}
}

function capitalise(value: string): string {
	return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * One person per name: first the names the text marks as people (a title, a role, or a speech
 * cue next to them), longest names first so that "Mr Obama" joins "Barack Obama"; then every
 * other mention that names one of them.
 */
export function buildPeople(mentions: Mention[], speakerMentions: Set<Mention>): People {
	const people = new People();
	// "Elon Musk" … "Musk": a full name the text goes on to use by its last word alone is a person's.
	// (Not "the Republican about-face": after an article, a capitalised word is seldom a surname.)
	// (Nor "Fed rate hikes": a word before a noun modifies it.)
	const alone = new Set(mentions.filter((mention) => !mention.insideQuote && !mention.name.includes(' ') && !mention.afterArticle && !mention.modifier).map((mention) => mention.name));
	const surnamed = (mention: Mention) => {
		const words = mention.name.split(/\s+/);
		return words.length >= 2 && words.length <= 4 && !mention.afterArticle && /^\p{Lu}\p{Ll}/u.test(words[0]!) && alone.has(words.at(-1)!) && words.every((word) => /^\p{Lu}/u.test(word) || particles.has(word)) && !nameHasBodyWord(mention.name);
	};
	// "her mother, Fiona, said" … "Fiona Parry issued a plea": the full name of someone quoted by first name.
	const firstNamed = new Set([...speakerMentions].filter((mention) => !mention.name.includes(' ') && !mention.titled).map((mention) => mention.name));
	const fullName = (mention: Mention) => {
		const words = mention.name.split(/\s+/);
		return words.length >= 2 && words.length <= 3 && firstNamed.has(words[0]!) && !nameHasBodyWord(mention.name);
	};
	// "Kisha Rivera, who works as a cabin cleaner, said …": a common first name and a surname.
	const firstAndLast = (mention: Mention) => {
		const words = mention.name.split(/\s+/);
		return words.length >= 2 && words.length <= 3 && !mention.afterArticle && isFirstName(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words.at(-1)!) && !nameHasBodyWord(mention.name);
	};
	const strong = mentions.filter((mention) => !mention.insideQuote && (isPersonLike(mention) || speakerMentions.has(mention) || surnamed(mention) || fullName(mention) || firstAndLast(mention)));
	const byLength = [...strong].sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length || a.block - b.block || a.start - b.start);
	for (const mention of byLength) {
		const known = people.resolve(mention);
		if (known !== undefined) continue;
		if (mention.name.split(/\s+/).length === 1 && !mention.titled && !speakerMentions.has(mention)) continue;
		people.add(mention.name, nameHasBodyWord(mention.name) || (!mention.titled && mention.role === undefined && mention.name.split(/\s+/).length === 1 && /^[\p{Lu}\d]+$/u.test(mention.name)));
	}
	for (const mention of mentions) {
		const person = people.resolve(mention);
		if (person !== undefined) people.attach(person, mention);
	}
	return people;
}
