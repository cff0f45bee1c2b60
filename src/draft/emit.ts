// Writes a draft as YAML in the bundled article's style: the schema line, a blank line between
// parts, long paragraphs as folded blocks, short records on one line, and `# check:` comments
// above what an author should look at.
import {Document, isMap, isScalar, isSeq, parse, type Node, type Scalar, type YAMLMap, type YAMLSeq} from 'yaml';
import {printable} from '../content/locate.js';
import type {Draft} from './draft.js';

const lineWidth = 100;

/** The article's fields in the bundled article's order. */
function ordered(draft: Draft): Record<string, unknown> {
	const article = draft.article as Record<string, unknown>;
	return Object.fromEntries(
		['id', 'headline', 'standfirst', 'dateline', 'datePublished', 'byline', 'publisher', 'rights', 'language', 'people', 'body', 'sections', 'quotes', 'exchanges', 'facts', 'quiz']
			.filter((key) => article[key] !== undefined)
			.map((key) => [key, article[key]]),
	);
}

export function draftToYaml(draft: Draft, schemaPath: string, source: string): string {
	const {checks, notDrafted} = draft;
	const document = new Document(ordered(draft));
	document.commentBefore = [
		` yaml-language-server: $schema=${schemaPath}`,
		'',
		// The source's name as text: a line break or an escape in it would end the comment or act on a terminal showing the file.
		` Drafted by press-reader draft from ${printable(source)}.`,
		' Review it: every "# check:" comment marks something the drafter was unsure of.',
		' Paragraph text is as published; quotes, facts and questions are checked against it.',
	].join('\n');
	const root = document.contents as YAMLMap;
	for (const pair of root.items) {
		const key = pair.key as Scalar;
		if (isSeq(pair.value) || key.value === 'language') key.spaceBefore = true;
	}
	const headline = root.get('headline', true);
	if (headline !== undefined && checks.has('headline')) headline.comment = ` check: ${checks.get('headline')}`;

	const list = (name: string) => root.get(name, true) as YAMLSeq | undefined;
	const eachItem = (name: string, visit: (item: YAMLMap, id: string) => void) => {
		for (const item of list(name)?.items ?? []) {
			if (isMap(item)) visit(item, String(item.get('id')));
		}
	};
	const comment = (name: string) => (item: YAMLMap, id: string) => {
		const why = checks.get(`${name}/${id}`);
		if (why !== undefined) item.commentBefore = ` check: ${why}`;
	};
	// On one line when it fits: the JSON form's length is a close enough measure.
	const flowIfShort = (item: Node) => {
		(item as YAMLMap).flow = JSON.stringify(item.toJSON()).length + 6 <= lineWidth;
	};

	eachItem('people', (item, id) => {
		comment('people')(item, id);
		const aliases = item.get('aliases', true);
		if (isSeq(aliases)) aliases.flow = true;
	});
	eachItem('body', (item) => {
		for (const field of ['text', 'subhead']) {
			const value = item.get(field, true);
			if (isScalar(value) && String(value.value).length + 12 > lineWidth) value.type = 'BLOCK_FOLDED';
		}
	});
	eachItem('sections', (item, id) => {
		comment('sections')(item, id);
		const blocks = item.get('blocks', true);
		if (isSeq(blocks)) blocks.flow = true;
		const notes = item.get('notes', true);
		if (isScalar(notes)) notes.type = 'BLOCK_LITERAL';
	});
	eachItem('quotes', (item, id) => {
		flowIfShort(item);
		comment('quotes')(item, id);
	});
	eachItem('exchanges', (item, id) => {
		comment('exchanges')(item, id);
		const turns = item.get('turns', true);
		if (isSeq(turns)) for (const turn of turns.items) if (isMap(turn)) turn.flow = true;
	});
	eachItem('facts', (item) => flowIfShort(item));
	eachItem('quiz', (item, id) => {
		comment('quiz')(item, id);
		const options = item.get('options', true);
		if (isSeq(options)) flowIfShort(options);
	});

	let text = document.toString({lineWidth, minContentWidth: 40, flowCollectionPadding: false});
	if (notDrafted.length > 0) {
		text += `\n# Quotations found but not drafted (ground them by hand to add them):\n${notDrafted.map((line) => `#   ${line.replace(/\n/g, ' ')}`).join('\n')}\n`;
	}
	return text;
}

/**
 * The YAML read back, when it holds exactly what was drafted; else the draft written plainly
 * (no folded blocks), which always reads back as written. Paragraph text must survive verbatim:
 * quotes, facts and evidence are matched against it.
 */
export function readBack(draft: Draft, yaml: string, schemaPath: string): {yaml: string; value: unknown} {
	const value = parse(yaml) as unknown;
	if (JSON.stringify(value) === JSON.stringify(JSON.parse(JSON.stringify(ordered(draft))))) return {yaml, value};
	const plain = `# yaml-language-server: $schema=${schemaPath}\n\n${new Document(ordered(draft)).toString({lineWidth: 0})}`;
	return {yaml: plain, value: parse(plain) as unknown};
}
