// YAML text to plain data, and source offsets back from a path, holding against hostile input:
// aliases that expand to billions of nodes (yaml's maxAliasCount), nesting deep enough to
// overflow the stack, tags asking for other types (only the core schema's are resolved, every
// other tag is an error), several documents in one file. Each is a ContentReadError located at
// file:line:col, in our words.
//
// JSON is read with JSON.parse (src/content/jsonSource.ts). A large YAML file is parsed one
// top-level list item at a time when its layout allows (it nearly always does: `body:` then
// `  - id: …` items). yaml's document model takes ~30 bytes of memory per byte of source, and
// parsing grows faster than the text on long documents, so a 50,000-paragraph article parsed
// whole needed over 1 GB. An item is parsed again only to locate a problem in it. The items are
// cut from the file's bytes and decoded one at a time: the whole text as one string would take
// two bytes a character as soon as one character is outside Latin-1 (a curly quote), 42 MB for
// that article, where each item alone is stored a byte a character whenever it can be.
import jsYaml from 'js-yaml';
import {isCollection, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, Schema, visit, type Document, type ScalarTag, type YAMLError} from 'yaml';
import {jsonOffsets, jsonShapeProblem, parseJson} from './jsonSource.js';
import {ContentReadError} from './locate.js';

export type DataPath = ReadonlyArray<string | number>;

export interface YamlSource {
	data: unknown;
	/** Positions of the nodes at `paths`, each or of its nearest existing ancestor, for linePos. */
	offsetsOf: (paths: readonly DataPath[]) => number[];
	linePos: (offset: number) => LinePos;
}

interface LinePos {
	line: number;
	col: number;
}

export interface YamlOptions {
	/** Fraction (0–1) of the text parsed so far. */
	onProgress?: (fraction: number) => void;
	/** Files longer than this (in characters) are parsed item by item when their layout allows. */
	chunkAbove?: number;
}

/** Expanding aliases past this many nodes is refused: a "billion laughs" file would never end. */
const maxAliasCount = 100;

let coreSchema: Schema | undefined;
function parseOptions(lineCounter?: LineCounter) {
	// Only the core schema's tags (string, number, boolean, null, map, seq): not even YAML 1.1's
	// !!binary or !!set, and never a language's own types such as !js/function.
	coreSchema ??= new Schema({schema: 'core', resolveKnownTags: false});
	return {prettyErrors: false, schema: coreSchema, uniqueKeys: true, lineCounter};
}

/** The data in a YAML or JSON file, given as text or as its UTF-8 bytes (see the top of this file). */
export function readYaml(file: string, source: string | Buffer, {onProgress, chunkAbove = 256 * 1024}: YamlOptions = {}): YamlSource {
	if (source.length > chunkAbove) {
		const bytes = typeof source === 'string' ? Buffer.from(source) : source;
		// JSON, flow style and other layouts are never split: they are read whole below.
		const chunks = splitTopLevel(bytes);
		const chunked = chunks === null ? null : withPlainEnvironment(() => readChunked(file, bytes, chunks, onProgress));
		if (chunked !== null) return chunked;
	}
	const text = typeof source === 'string' ? source : source.toString('utf8');
	const json = parseJson(text);
	if (json !== undefined) {
		const linePos = lineIndex(text);
		const problem = jsonShapeProblem(text, maxDepth);
		if (problem !== null) {
			const {line, col} = linePos(problem.offset);
			throw new ContentReadError(`${file}:${line}:${col}: invalid JSON: ${problem.message}`);
		}
		return {data: json, offsetsOf: (paths) => jsonOffsets(text, paths), linePos};
	}
	return withPlainEnvironment(() => readWhole(file, text, onProgress));
}

/**
 * yaml's parser reads process.env.LOG_TOKENS for every token, and process.env goes to the C
 * library each time: a seventh of the time parsing a large article took. While the (synchronous)
 * parse runs, process.env is a plain copy; it is put back before anything else can run.
 */
function withPlainEnvironment<T>(run: () => T): T {
	const environment = process.env;
	process.env = {...environment};
	try {
		return run();
	} finally {
		process.env = environment;
	}
}

function readWhole(file: string, text: string, onProgress?: (fraction: number) => void): YamlSource {
	const lineCounter = new LineCounter();
	if (onProgress !== undefined) {
		const addNewLine = lineCounter.addNewLine;
		let lines = 0;
		lineCounter.addNewLine = (offset) => {
			if (++lines % 256 === 0) onProgress(offset / text.length);
			return addNewLine(offset);
		};
	}
	const document = parseDocument(text, parseOptions(lineCounter));
	const linePos = (offset: number) => lineCounter.linePos(offset);
	const data = toData(file, document, linePos);
	return {data, offsetsOf: (paths) => paths.map((path) => offsetIn(document, path)), linePos};
}

/** Plain data from a parsed document, or a ContentReadError located by `linePos` (of an offset in the document). */
function toData(file: string, document: Document.Parsed, linePos: (offset: number) => LinePos): unknown {
	const fail = (offset: number, message: string): never => {
		const {line, col} = linePos(offset);
		throw new ContentReadError(`${file}:${line}:${col}: invalid YAML: ${message}`);
	};
	// Warnings too: an unknown tag is only a warning to yaml, which then reads the value as a string.
	const error = document.errors[0] ?? document.warnings[0];
	if (error !== undefined) fail(error.pos[0], yamlMessage(error));
	const tooDeep = nodeDeeperThan(document.contents, maxDepth);
	if (tooDeep !== null) fail(tooDeep, 'nested too deeply; an article needs only a few levels');
	// yaml would make such a key into text, with a warning of its own on stderr.
	const collectionKey = firstCollectionKey(document);
	if (collectionKey !== null) fail(collectionKey, 'this key is a list or a mapping; the keys of an article are plain names, such as id or text');
	try {
		return document.toJS({maxAliasCount, reviver: flatten});
	} catch (error) {
		const alias = firstAlias(document);
		if (error instanceof ReferenceError && alias !== null) {
			const offset = alias.range?.[0] ?? 0;
			if (/Excessive alias count/.test(error.message)) {
				fail(offset, `the aliases (*${alias.source} and others) expand to too much data; write the values out instead of using & and *`);
			}
			fail(offset, `the alias *${alias.source} has no anchor &${alias.source} before it`);
		}
		if (error instanceof RangeError) fail(document.contents?.range[0] ?? 0, 'nested too deeply; an article needs only a few levels');
		throw error;
	}
}

/**
 * yaml builds a scalar a character at a time, which V8 keeps as a rope of one node per piece:
 * ~30 bytes per character, 500 MB for a 50,000-paragraph article. Reading a character makes V8
 * flatten the string in place.
 */
function flatten(_key: unknown, value: unknown): unknown {
	if (typeof value === 'string') value.charCodeAt(0);
	return value;
}

/**
 * Nesting beyond what an article needs (5 levels) is refused before anything walks it
 * recursively: how deep yaml itself can go before its stack overflows depends on the machine.
 */
const maxDepth = 32;

/** Offset of the first collection nested deeper than `limit`, walking without recursion. */
function nodeDeeperThan(root: unknown, limit: number): number | null {
	const pending: Array<[unknown, number]> = [[root, 0]];
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		const [node, depth] = next;
		if (isPair(node)) {
			pending.push([node.key, depth], [node.value, depth]);
		} else if (isCollection(node)) {
			if (depth >= limit) return node.range?.[0] ?? 0;
			for (const item of node.items) pending.push([item, depth + 1]);
		}
	}
	return null;
}

/** Offset of the first key that is a list or a mapping (`[a]: 1`, `? {a: 1}`), or null. */
function firstCollectionKey(document: Document): number | null {
	let found: number | null = null;
	visit(document, {
		Pair(_key, pair) {
			if (!isCollection(pair.key)) return undefined;
			found = pair.key.range?.[0] ?? 0;
			return visit.BREAK;
		},
	});
	return found;
}

function firstAlias(document: Document): {source: string; range?: [number, number, number] | null} | null {
	let found: {source: string; range?: [number, number, number] | null} | null = null;
	visit(document, {
		Alias(_key, node) {
			found = node;
			return visit.BREAK;
		},
	});
	return found;
}

/** yaml's messages, in our words where they concern the hostile cases or name yaml's own API. */
export function yamlMessage(error: Pick<YAMLError, 'code' | 'message'>): string {
	const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	switch (error.code) {
		case 'MULTIPLE_DOCS':
			return 'a second YAML document starts here (after ---); an article is one document per file';
		case 'TAG_RESOLVE_FAILED':
		case 'BAD_COLLECTION_TYPE': {
			const tag = /(?:tag:yaml\.org,2002:|!)[^\s,]*/.exec(message)?.[0].replace('tag:yaml.org,2002:', '!!');
			return `${tag === undefined ? 'tags are' : `the tag ${tag} is`} not allowed; an article holds only text, numbers, lists and mappings, with no tags`;
		}
		case 'RESOURCE_EXHAUSTION':
			return 'nested too deeply; an article needs only a few levels';
		case 'DUPLICATE_KEY':
			return 'this key appears twice in the same mapping';
		case 'TAB_AS_INDENT':
			return 'a tab is used for indentation; YAML indents with spaces';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			// The usual cause in prose: an unquoted value containing ": ".
			return `${message} (if the text holds ": ", quote it or use >-)`;
		default:
			return message;
	}
}

/** Offset of the node at `path` in a document, or of its nearest existing ancestor. */
function offsetIn(document: Document, path: DataPath): number {
	for (let length = path.length; length >= 0; length--) {
		const node = document.getIn(path.slice(0, length), true);
		if (isNode(node) && node.range) return node.range[0];
	}
	return 0;
}

interface Chunk {
	/** Byte offsets in the file. */
	start: number;
	end: number;
	key: string;
	/** Index in the key's list, or null when the chunk is the whole `key: value` entry. */
	index: number | null;
}

const [newline, carriageReturn, space, hash, dash] = [0x0a, 0x0d, 0x20, 0x23, 0x2d];

/**
 * The top-level entries of a block mapping, each list split into its items, or null when the
 * layout is anything else (flow style, document markers, directives, odd indentation): those
 * files are parsed whole. Lines are looked at, not parsed: a line at the items' indentation
 * that starts with "- " can only begin an item, as anything inside an item is indented further.
 * Only ASCII bytes are looked for, and no byte of a longer UTF-8 character is one.
 */
export function splitTopLevel(bytes: Buffer): Chunk[] | null {
	// yaml ends lines only at "\n", js-yaml at a lone "\r" too: such a file is left to yaml whole.
	for (let at = bytes.indexOf(carriageReturn); at !== -1; at = bytes.indexOf(carriageReturn, at + 1)) {
		if (bytes[at + 1] !== newline) return null;
	}
	const chunks: Chunk[] = [];
	const keys = new Set<string>();
	let entry: {key: string; start: number; inline: boolean; itemIndent: number | null; items: number[]} | null = null;
	const close = (end: number) => {
		if (entry === null) return;
		if (entry.items.length === 0) chunks.push({start: entry.start, end, key: entry.key, index: null});
		entry.items.forEach((start, index) => chunks.push({start, end: entry!.items[index + 1] ?? end, key: entry!.key, index}));
	};
	for (let lineStart = 0; lineStart < bytes.length; ) {
		const lineBreak = bytes.indexOf(newline, lineStart);
		const lineEnd = lineBreak === -1 ? bytes.length : lineBreak;
		let first = lineStart;
		while (first < lineEnd && bytes[first] === space) first++;
		const indent = first - lineStart;
		const character = bytes[first];
		const blank = first === lineEnd || character === carriageReturn || character === hash;
		const itemStart = character === dash && (first + 1 === lineEnd || bytes[first + 1] === space || bytes[first + 1] === carriageReturn);
		if (!blank) {
			if (indent === 0 && !(itemStart && entry !== null && !entry.inline && (entry.itemIndent ?? 0) === 0)) {
				const key = /^([A-Za-z_$][\w$-]*):(?=[ \r]|$)/.exec(bytes.toString('latin1', lineStart, Math.min(lineEnd, lineStart + 200)))?.[1];
				if (key === undefined || keys.has(key)) return null;
				keys.add(key);
				close(lineStart);
				const rest = bytes.toString('utf8', lineStart + key.length + 1, lineEnd).trim();
				entry = {key, start: lineStart, inline: rest !== '' && !rest.startsWith('#'), itemIndent: null, items: []};
			} else if (entry === null) {
				return null;
			} else if (!entry.inline) {
				if (entry.itemIndent === null) {
					if (!itemStart) return null;
					entry.itemIndent = indent;
				}
				if (indent < entry.itemIndent || (indent === entry.itemIndent && !itemStart)) return null;
				if (indent === entry.itemIndent) entry.items.push(lineStart);
			}
		}
		lineStart = lineEnd + 1;
	}
	close(bytes.length);
	// Nothing but comments and blank lines: a whole parse finds no mapping at all and says so.
	return chunks.length === 0 ? null : chunks;
}

/**
 * An anchor (&), an alias (*) or a tag (!) where a value may start: what only yaml's parse below
 * is trusted with. A lone "!" after an indicator or at the start of a line is a tag too, which
 * yaml reads as text ("") and js-yaml as null.
 */
const aliasOrTag = /(?:^|[\s[{,:-])[&*!][^\s]|(?:^|[[{,]|[:?-][ \t])[ \t]*!(?=\s|$)/m;
/**
 * What may be a key that is a list or a mapping (`[a]: 1`, `? {a: 1}`): js-yaml would read
 * `[text]: …` as the key "text", so yaml parses it and refuses it as a small file's parse does.
 * Prose that only looks like one ("[sic]: ", " ? ") costs a slower parse, nothing more.
 */
const collectionKey = /[\]}][ \t]*:(?=[\s,\]}]|$)|(?:^|[\s{,[])\?(?=[ \t\r\n]|$)/m;
/** A comment against the value before it (`"so far."#c`): yaml refuses it, js-yaml reads it as a comment. */
const unseparatedComment = /["'\]},]#/;
/**
 * yaml refuses an implicit key whose ":" is over 1024 characters on, js-yaml does not: the key's
 * text is at least a tenth of that (\U0001F600 is two characters), or spaces pad it to the ":".
 */
const maxPlainKey = 100;
const paddedKey = /[ \t]{16,}:/;

/**
 * Plain values read by js-yaml with yaml's own core-schema rules (its tags' patterns and
 * readers): js-yaml's core schema reads 0b1 and -0x1 as numbers, +.5 and 1e999 as text. js-yaml
 * keeps one type a tag, so each tag's forms are tried in yaml's order within one type.
 */
const coreScalars = (() => {
	// Every plain value is offered to each type: the first character turns away most text at once
	// (the patterns alone cost a tenth of the 50,000-paragraph check). A superset of what yaml's
	// patterns can start with; null also matches the empty value.
	const firstCharacters: Record<string, string> = {null: '~nN', bool: 'tTfF', int: '0123456789+-', float: '0123456789+-.'};
	const forms = new Map<string, Array<ScalarTag & {test: RegExp}>>();
	for (const tag of new Schema({schema: 'core'}).tags) {
		if (!('test' in tag) || !(tag.test instanceof RegExp)) continue;
		forms.set(tag.tag, [...(forms.get(tag.tag) ?? []), tag as ScalarTag & {test: RegExp}]);
	}
	const types = [...forms].map(([name, tagForms]) => {
		const starts = firstCharacters[name.replace('tag:yaml.org,2002:', '')] ?? '';
		const formOf = (text: string) => tagForms.find((form) => form.test.test(text));
		return new jsYaml.Type(name, {
			kind: 'scalar',
			resolve: (text: string | null) => {
				const value = text ?? '';
				return (value === '' ? name.endsWith(':null') : starts.includes(value[0]!)) && formOf(value) !== undefined;
			},
			construct: (text: string | null) => {
				const value = formOf(text ?? '')!.resolve(text ?? '', () => {}, {intAsBigInt: false});
				return isScalar(value) ? value.value : value;
			},
		});
	});
	return jsYaml.FAILSAFE_SCHEMA.extend({implicit: types});
})();

/**
 * An item of plain data (text, numbers, lists, mappings: what an article's items are), parsed by
 * js-yaml, ~5 times faster than yaml and without its per-character strings; or undefined, and yaml
 * parses it: when it has an anchor, alias or tag, or may have a key that is a list or a mapping, or anything js-yaml refuses (a syntax error, a
 * repeated key, nesting too deep for its recursion), so that every problem is found and located
 * by the same rules as a small file's.
 */
function plainItem(piece: string): unknown {
	if (aliasOrTag.test(piece) || collectionKey.test(piece) || unseparatedComment.test(piece) || paddedKey.test(piece) || mayUnderIndent(piece)) return undefined;
	let value: unknown;
	try {
		value = jsYaml.load(piece, {schema: coreScalars});
	} catch {
		return undefined;
	}
	return value === null || value === undefined || notPlainData(value, maxDepth) ? undefined : value;
}

/**
 * Whether a quoted text, [list] or {mapping} in an item may go on to a line indented no further
 * than the content of the line it starts on (after any "- "): yaml refuses a line not indented
 * past the mapping or list holding it, js-yaml does not look. Lines are scanned, not parsed, and
 * the limit is never below yaml's; what cannot be followed (an indentation indicator, a
 * construct still open at the end) counts as such a line, and yaml reads the item.
 */
function mayUnderIndent(piece: string): boolean {
	// On one line nothing goes on to another (and what is left open there js-yaml refuses too).
	const firstBreak = piece.indexOf('\n');
	if (firstBreak === -1 || firstBreak >= piece.length - 1 || !/["'[{]/.test(piece)) return false;
	let quote = '';
	let depth = 0;
	let limit = 0;
	// In a block scalar (| or >): lines indented past `blockParent` (its first sets how far), or blank, are its text.
	let blockParent = -1;
	let blockIndent = 0;
	for (const line of piece.split('\n')) {
		let at = 0;
		while (line[at] === ' ') at++;
		const blank = at === line.length || line[at] === '\r';
		if (blockParent >= 0) {
			if (blank) continue;
			if (blockIndent === 0 && at > blockParent) blockIndent = at;
			if (blockIndent > 0 && at >= blockIndent) continue;
			blockParent = -1;
		}
		let lastIndicator = at;
		if (quote !== '' || depth > 0) {
			if (blank) continue;
			if (at <= limit) return true;
		} else {
			while ((line[at] === '-' || line[at] === '?') && (at + 1 === line.length || line[at + 1] === ' ' || line[at + 1] === '\r')) {
				lastIndicator = at++;
				while (line[at] === ' ') at++;
			}
			limit = at;
		}
		let nodeStart = true;
		for (let i = at; i < line.length; i++) {
			const c = line[i]!;
			if (quote === "'") {
				const end = line.indexOf("'", i);
				if (end === -1) break;
				i = end;
				if (line[end + 1] === "'") i++;
				else [quote, nodeStart] = ['', false];
			} else if (quote === '"') {
				let end = line.indexOf('"', i);
				while (end !== -1) {
					let slashes = 0;
					while (line[end - 1 - slashes] === '\\') slashes++;
					if (slashes % 2 === 0) break;
					end = line.indexOf('"', end + 1);
				}
				if (end === -1) break;
				[i, quote, nodeStart] = [end, '', false];
			} else if (c === ' ' || c === '\t' || c === '\r') {
				continue;
			} else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
				break;
			} else if ((c === '"' || c === "'") && nodeStart) {
				quote = c;
			} else if ((c === '[' || c === '{') && (nodeStart || depth > 0)) {
				[depth, nodeStart] = [depth + 1, true];
			} else if ((c === ']' || c === '}') && depth > 0) {
				[depth, nodeStart] = [depth - 1, false];
			} else if (c === ',' && depth > 0) {
				nodeStart = true;
			} else if (c === ':' && (i + 1 === line.length || /[ \t\r]/.test(line[i + 1]!) || (depth > 0 && /[,\]}"']/.test(line[i + 1]!)) || /["'\]}]/.test(line[i - 1] ?? ''))) {
				nodeStart = true;
			} else if ((c === '|' || c === '>') && nodeStart && depth === 0) {
				if (/\d/.test(line.slice(i, line.indexOf(' ', i) === -1 ? line.length : line.indexOf(' ', i)))) return true;
				// Its text is indented past the mapping holding it, or past the "-" when it is a list item.
				[blockParent, blockIndent] = [i === limit ? lastIndicator : limit, 0];
				break;
			} else if (!(nodeStart && (c === '-' || c === '?'))) {
				nodeStart = false;
			}
		}
	}
	return quote !== '' || depth > 0;
}

/**
 * Whether lists and mappings nest deeper than `limit`, or a key reads "null" (js-yaml names a
 * null key, `~: x`, "null" where yaml names it ""), or a key is long enough that yaml may refuse
 * it: yaml reads that item. Walks without recursion.
 */
function notPlainData(root: unknown, limit: number): boolean {
	const pending: Array<[unknown, number]> = [[root, 0]];
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		const [value, depth] = next;
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= limit) return true;
		if (Array.isArray(value)) {
			for (const item of value) pending.push([item, depth + 1]);
			continue;
		}
		for (const [key, item] of Object.entries(value)) {
			if (key === 'null' || key.length > maxPlainKey) return true;
			pending.push([item, depth + 1]);
		}
	}
	return false;
}

/** Line and column (from 1) of an offset, from an index of the text's line starts. */
function lineIndex(text: string): YamlSource['linePos'] {
	const lineCounter = new LineCounter();
	lineCounter.addNewLine(0);
	for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
	return (offset) => lineCounter.linePos(offset);
}

/**
 * Line and column (from 1) of a byte offset in the file: lines from an index of the line starts,
 * made when first asked (a sound file never is), and the column counted in characters, as in a
 * file parsed whole.
 */
function bytePositions(bytes: Buffer): (offset: number) => LinePos {
	let lineCounter: LineCounter | undefined;
	return (offset) => {
		if (lineCounter === undefined) {
			lineCounter = new LineCounter();
			lineCounter.addNewLine(0);
			for (let at = bytes.indexOf(newline); at !== -1; at = bytes.indexOf(newline, at + 1)) lineCounter.addNewLine(at + 1);
		}
		const {line} = lineCounter.linePos(offset);
		return {line, col: bytes.toString('utf8', lineCounter.lineStarts[line - 1], offset).length + 1};
	};
}

/** An item of the file as text, and the byte offset in the file of a character offset in it. */
interface Piece {
	chunk: Chunk;
	text: string;
	byteOffset: (offset: number) => number;
}

function pieceOf(bytes: Buffer, chunk: Chunk): Piece {
	const text = bytes.toString('utf8', chunk.start, chunk.end);
	return {chunk, text, byteOffset: (offset) => chunk.start + Buffer.byteLength(text.slice(0, offset))};
}

function readChunked(file: string, bytes: Buffer, chunks: Chunk[], onProgress?: (fraction: number) => void): YamlSource | null {
	const linePos = bytePositions(bytes);
	// The fields in a Map, made into an object at the end as a whole parse makes it: set on an
	// object, a key such as __proto__ or constructor would reach Object.prototype's own.
	const fields = new Map<string, unknown>();
	for (const [number, chunk] of chunks.entries()) {
		if (onProgress !== undefined && number % 256 === 0) onProgress(chunk.start / bytes.length);
		const piece = pieceOf(bytes, chunk);
		let value = plainItem(piece.text);
		if (value === undefined) {
			const document = parseDocument(piece.text, parseOptions());
			// An alias to an anchor in another item cannot be resolved here: let the whole file decide.
			if (document.errors.some((error) => error.code === 'BAD_ALIAS')) return null;
			try {
				value = toData(file, document, (offset) => linePos(piece.byteOffset(offset)));
			} catch (error) {
				if (error instanceof ContentReadError && / has no anchor /.test(error.message)) return null;
				throw error;
			}
		}
		if (chunk.index === null) {
			for (const [key, field] of Object.entries(value as object)) fields.set(key, field);
		} else {
			const list = (fields.get(chunk.key) ?? []) as unknown[];
			fields.set(chunk.key, list);
			list.push(...(value as unknown[]));
		}
	}
	const data = Object.fromEntries(fields);

	let cached: {piece: Piece; document: Document} | null = null;
	const documentOf = (chunk: Chunk) => {
		if (cached?.piece.chunk !== chunk) {
			const piece = pieceOf(bytes, chunk);
			cached = {piece, document: parseDocument(piece.text, parseOptions())};
		}
		return cached;
	};
	const byKey = new Map<string, Chunk[]>();
	for (const chunk of chunks) {
		const list = byKey.get(chunk.key) ?? [];
		list.push(chunk);
		byKey.set(chunk.key, list);
	}
	const offsetOf = (path: DataPath): number => {
		const [key, index, ...rest] = path;
		const ofKey = byKey.get(String(key)) ?? [];
		// A missing key: where the mapping starts, as for a file parsed whole (after any comments).
		if (ofKey.length === 0) return chunks[0]?.start ?? 0;
		// A key is one whole chunk or all item chunks: looking through the items for a whole one, for
		// every problem, was quadratic in a file with a problem per item.
		const whole = ofKey[0]!.index === null ? ofKey[0]! : undefined;
		if (whole !== undefined) {
			const {piece, document} = documentOf(whole);
			return piece.byteOffset(offsetIn(document, path));
		}
		const item = typeof index === 'number' ? ofKey[index] : undefined;
		if (item === undefined) {
			// The list itself: where its first item starts.
			const {piece, document} = documentOf(ofKey[0]!);
			return piece.byteOffset(isSeq(document.contents) && document.contents.range ? document.contents.range[0] : 0);
		}
		const {piece, document} = documentOf(item);
		return piece.byteOffset(offsetIn(document, [0, ...rest]));
	};
	return {data, offsetsOf: (paths) => paths.map(offsetOf), linePos};
}
