// Sections for reading and presenting: at the article's own subheadings, or else 3–6 runs of
// paragraphs of similar length, never cut where a quotation runs on into the next paragraph.
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

function byLength(blocks: SectionBlock[]): DraftSection[] {
	const total = blocks.reduce((sum, block) => sum + words(block.text), 0);
	const count = Math.min(blocks.length, Math.max(3, Math.min(6, Math.round(total / 250))));
	if (count <= 1) return [{blocks}];
	const sections: DraftSection[] = [];
	let current: SectionBlock[] = [];
	let done = 0;
	blocks.forEach((block, index) => {
		const target = (total * (sections.length + 1)) / count;
		const remainingBlocks = blocks.length - index;
		const remainingSections = count - sections.length - 1;
		const overTarget = done >= target - words(block.text) / 2;
		const mustCut = remainingBlocks <= remainingSections;
		if (current.length > 0 && remainingSections > 0 && (overTarget || mustCut) && (!block.continues || mustCut)) {
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

function keywords(text: string): Map<string, {count: number; form: string}> {
	const found = new Map<string, {count: number; form: string}>();
	for (const match of text.matchAll(/[\p{L}][\p{L}\p{N}’'-]*/gu)) {
		const form = match[0].replace(/[’']s$/, '');
		const key = form.toLowerCase();
		if (key.length < 4 || stop.has(key)) continue;
		const entry = found.get(key) ?? {count: 0, form};
		entry.count++;
		// Keep the capitalised form of a name, else the lower-case one.
		if (/^\p{Ll}/u.test(form)) entry.form = form;
		found.set(key, entry);
	}
	return found;
}

/** "Bentleys and Kettle Chips": the two words this section uses most, against the others. */
export function draftTitles(sections: DraftSection[]): string[] {
	const perSection = sections.map((section) => keywords(section.blocks.map((block) => block.text).join(' ')));
	const used = new Set<string>();
	return perSection.map((counts, index) => {
		const scored = [...counts].map(([key, {count, form}]) => {
			const elsewhere = perSection.filter((other, otherIndex) => otherIndex !== index && other.has(key)).length;
			return {key, form, score: count * Math.log(1 + sections.length / (1 + elsewhere)) + (used.has(key) ? -10 : 0)};
		});
		scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		const chosen = scored.slice(0, 2).map((entry) => entry.form);
		for (const entry of scored.slice(0, 2)) used.add(entry.key);
		if (chosen.length === 0) return `Part ${index + 1}`;
		const title = chosen.join(' and ');
		return title.charAt(0).toUpperCase() + title.slice(1);
	});
}
