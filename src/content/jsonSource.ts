// An article written as JSON (which is YAML too) is read with JSON.parse: yaml's document model of
// a 20 MB JSON file took 20 s and 1.2 GB, JSON.parse a fraction of a second. Offsets for problems
// are found afterwards by one scan of the text for all their paths at once.
import type {DataPath} from './yamlSource.js';

/** The data of a JSON text, or undefined when it is not JSON (then it is read as YAML). */
export function parseJson(text: string): unknown {
	if (!/^\s*[{[]/.test(text)) return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/**
 * What JSON.parse lets pass but an article must not have, at its offset: a key given twice in one
 * object (JSON.parse keeps the last value without a word, where YAML refuses the file), or
 * containers nested deeper than `maxDepth` (as YAML is refused). One pass over the text.
 */
export function jsonShapeProblem(text: string, maxDepth: number): {offset: number; message: string} | null {
	// Per open container: the keys seen so far in an object, null in an array.
	const stack: Array<Set<string> | null> = [];
	let expectKey = false;
	for (let at = 0; at < text.length; at++) {
		const character = text[at];
		if (character === '"') {
			// The closing quote: one after an odd number of backslashes is escaped.
			let end = at;
			for (;;) {
				end = text.indexOf('"', end + 1);
				let slashes = 0;
				while (text[end - 1 - slashes] === '\\') slashes++;
				if (slashes % 2 === 0) break;
			}
			if (expectKey) {
				const raw = text.slice(at + 1, end);
				const name = raw.includes('\\') ? (JSON.parse(text.slice(at, end + 1)) as string) : raw;
				const keys = stack.at(-1)!;
				if (keys.has(name)) return {offset: at, message: `the key ${JSON.stringify(name.length > 40 ? `${name.slice(0, 37)}...` : name)} appears twice in the same mapping`};
				keys.add(name);
				expectKey = false;
			}
			at = end;
		} else if (character === '{' || character === '[') {
			if (stack.length >= maxDepth) return {offset: at, message: 'nested too deeply; an article needs only a few levels'};
			stack.push(character === '{' ? new Set() : null);
			expectKey = character === '{';
		} else if (character === '}' || character === ']') {
			stack.pop();
			expectKey = false;
		} else if (character === ',') {
			expectKey = stack.at(-1) instanceof Set;
		}
	}
	return null;
}

const key = (path: DataPath) => JSON.stringify(path);

interface Frame {
	kind: 'object' | 'array';
	/** The key or index of the value being read in this container. */
	at: string | number;
	/** In an object: the next string is a key. */
	expectKey: boolean;
}

/**
 * Start offsets in `text` (valid JSON) of the values at `paths`, each falling back to its nearest
 * existing ancestor (0 for none). One pass over the text, whatever the number of paths.
 */
export function jsonOffsets(text: string, paths: readonly DataPath[]): number[] {
	const wanted = new Set<string>();
	for (const path of paths) for (let length = 0; length <= path.length; length++) wanted.add(key(path.slice(0, length)));
	const found = new Map<string, number>();
	const stack: Frame[] = [];
	const current = () => stack.map((frame) => frame.at);
	const valueStarts = (offset: number) => {
		const here = key(current());
		if (wanted.has(here) && !found.has(here)) found.set(here, offset);
	};
	for (let at = 0; at < text.length; at++) {
		const character = text[at]!;
		if (character === ' ' || character === '\n' || character === '\r' || character === '\t' || character === ',' || character === ':') {
			if (character === ',') {
				const top = stack.at(-1)!;
				if (top.kind === 'array') top.at = (top.at as number) + 1;
				else top.expectKey = true;
			}
			continue;
		}
		const top = stack.at(-1);
		if (character === '"') {
			let end = at + 1;
			while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
			if (top?.kind === 'object' && top.expectKey) {
				top.at = JSON.parse(text.slice(at, end + 1)) as string;
				top.expectKey = false;
			} else {
				valueStarts(at);
			}
			at = end;
		} else if (character === '{' || character === '[') {
			valueStarts(at);
			stack.push(character === '{' ? {kind: 'object', at: '', expectKey: true} : {kind: 'array', at: 0, expectKey: false});
		} else if (character === '}' || character === ']') {
			stack.pop();
		} else {
			// A number, true, false or null.
			valueStarts(at);
			while (at + 1 < text.length && !/[\s,\]}]/.test(text[at + 1]!)) at++;
		}
	}
	return paths.map((path) => {
		for (let length = path.length; length >= 0; length--) {
			const offset = found.get(key(path.slice(0, length)));
			if (offset !== undefined) return offset;
		}
		return 0;
	});
}
