// Sections for reading and presenting: at the article’s own subheadings, or else up to six runs of
// paragraphs of similar length, never cut where a quotation runs on or an exchange goes on.
// Titles are drafted from the words a section uses more than the rest of the article.

export interface SectionBlock {
	id: string;
	kind: 'paragraph' | 'subhead';
	text: string;
	/** This paragraph continues the one before (a quotation running on, "he added"). */
	continues: boolean;
}

export interface DraftSection {
	blocks: SectionBlock[];
	/** The subheading the section starts with, which is its title. */
	subhead?: string;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function divide(blocks: SectionBlock[]): DraftSection[] {
	if (blocks.some((block) => block.kind === 'subhead')) return bySubheads(blocks);
	return byLength(blocks);
}

function bySubheads(blocks: SectionBlock[]): DraftSection[] {
	const sections: DraftSection[] = [];
	for (const block of blocks) {
		const current = sections.at(-1);
		if (block.kind === 'subhead' || current === undefined) {
			sections.push(block.kind === 'subhead' ? {blocks: [block], subhead: block.text} : {blocks: [block]});
		} else {
			current.blocks.push(block);
		}
	}
	// A subheading with no paragraph under it (or only another subheading) joins its neighbour.
	const merged: DraftSection[] = [];
	for (const section of sections) {
		const previous = merged.at(-1);
		if (previous !== undefined && (!previous.blocks.some((block) => block.kind === 'paragraph') || !section.blocks.some((block) => block.kind === 'paragraph'))) {
			// One by one: a section's blocks can be more than a call takes as arguments.
			for (const block of section.blocks) previous.blocks.push(block);
		} else {
			merged.push(section);
		}
	}
	return merged;
}

/**
 * Runs of similar length, one per ~200 words up to six (a short text is one section), cut only
 * before a paragraph that does not continue the one before: never inside an exchange or a
 * quotation running on. Fewer sections rather than a cut there.
 */
function byLength(blocks: SectionBlock[]): DraftSection[] {
	const total = blocks.reduce((sum, block) => sum + words(block.text), 0);
	const count = Math.min(blocks.length, 6, Math.max(1, Math.round(total / 200)));
	if (count <= 1) return [{blocks}];
	const sections: DraftSection[] = [];
	let current: SectionBlock[] = [];
	let done = 0;
	blocks.forEach((block) => {
		const target = (total * (sections.length + 1)) / count;
		const overTarget = done >= target - words(block.text) / 2;
		if (current.length > 0 && sections.length < count - 1 && overTarget && !block.continues) {
			sections.push({blocks: current});
			current = [];
		}
		current.push(block);
		done += words(block.text);
	});
	sections.push({blocks: current});
	return sections;
}

const stop = new Set(
	(
		'a an the and or but of to in on at by for with from as is are was were be been being it its that this these those he she they his her ' +
		'their him them you your i me my we our us not no do did does had has have what which who whom when where why how than then so if into ' +
		'about over after before said says say told also would could should will can may might must there here more most very just one two ' +
		'three mr mrs ms dr its it’s he’s she’s they’re we’re don’t didn’t doesn’t i’m said: says: other others out up down only even some ' +
		'any all such while during since until against between through under again further once both each few many much own same too well'
	).split(' '),
);

/** Words that end no title: verbs in -ed and -ing, adverbs, and words of saying. */
function weakEnd(word: string): boolean {
	return /(?:ed|ing|ly)$/.test(word) || /^(?:says|said|told|asked|added|made|took|gave|went|came|got|new|former|last|next|first|second)$/.test(word);
}

interface Phrase {
	key: string;
	form: string;
	words: number;
}

/** Runs of one to three words with no stop word at either end and no punctuation between them. */
function phrases(text: string): Phrase[] {
	const found: Phrase[] = [];
	for (const chunk of text.split(/[.,;:!?()“”"‘’\u2014\u2013]+|\s[-–]\s/)) {
		const words = [...chunk.matchAll(/[\p{L}][\p{L}\p{N}’'-]*/gu)].map((match) => match[0].replace(/[’']s$/, ''));
		for (let start = 0; start < words.length; start++) {
			for (let length = 1; length <= 3 && start + length <= words.length; length++) {
				const run = words.slice(start, start + length);
				const first = run[0]!.toLowerCase();
				const last = run.at(-1)!.toLowerCase();
				if (stop.has(first) || stop.has(last) || first.length < 3 || last.length < 4 || weakEnd(last) || /^\d/.test(first)) continue;
				if (run.some((word) => /^\d/.test(word)) || run.slice(1, -1).some((word) => stop.has(word.toLowerCase()) && word !== 'of')) continue;
				found.push({key: run.map((word) => word.toLowerCase()).join(' '), form: run.join(' '), words: length});
			}
		}
	}
	return found;
}

/**
 * "Bike lanes", "Coat pockets": for each section the phrase it uses most against the others,
 * two- and three-word phrases and the section's opening paragraph weighing more; a one-section
 * article takes its headline when that is short.
 */
export function draftTitles(sections: DraftSection[], headline?: string): string[] {
	if (sections.length === 1 && headline !== undefined && headline.split(/\s+/).length <= 12) return [headline];
	const perSection = sections.map((section) => {
		const counts = new Map<string, {count: number; form: string; words: number; lead: boolean}>();
		const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph');
		paragraphs.forEach((block, index) => {
			for (const phrase of phrases(block.text)) {
				const entry = counts.get(phrase.key) ?? {count: 0, form: phrase.form, words: phrase.words, lead: false};
				entry.count++;
				entry.lead ||= index === 0;
				// Keep the lower-case form of a common noun, the capitalised one of a name.
				if (/^\p{Ll}/u.test(phrase.form)) entry.form = phrase.form;
				counts.set(phrase.key, entry);
			}
		});
		return counts;
	});
	const used = new Set<string>();
	return perSection.map((counts, index) => {
		const scored = [...counts].map(([key, entry]) => {
			const elsewhere = perSection.filter((other, otherIndex) => otherIndex !== index && other.has(key)).length;
			const weight = entry.words === 1 ? 1 : entry.words === 2 ? 2.2 : 2.6;
			const repeated = entry.words > 1 && entry.count < 2 ? 0.6 : 1;
			return {key, form: entry.form, score: entry.count * weight * repeated * (entry.lead ? 1.3 : 1) * Math.log(1 + sections.length / (1 + elsewhere)) - ([...used].some((taken) => taken.includes(key) || key.includes(taken)) ? 100 : 0)};
		});
		scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		const best = scored[0];
		if (best === undefined) return `Part ${index + 1}`;
		used.add(best.key);
		return best.form.charAt(0).toUpperCase() + best.form.slice(1);
	});
}
