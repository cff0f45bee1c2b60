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
