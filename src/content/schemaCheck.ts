// The schema check, in our words, and what the content checks can still look at when it fails:
// a list item with a schema problem is set aside (an unknown field is only dropped), so one
// mistyped answer does not hide every quote that is not verbatim. References to an item set
// aside are not reported again.
import type {z} from 'zod';
import {articleSchema, type ArticleSource} from './schema.js';
import type {CheckScope, Path, Problem} from './check.js';
import {answerRange} from './wording.js';

const lists = ['people', 'body', 'sections', 'quotes', 'exchanges', 'facts', 'quiz'] as const;
type ListName = (typeof lists)[number];
const isList = (key: unknown): key is ListName => (lists as readonly unknown[]).includes(key);

export interface SchemaResult {
	/** Every schema problem, with paths into the file as written. */
	problems: Problem[];
	/** What the content checks can run on: the file as parsed, less what the schema refused. */
	source: ArticleSource | null;
	/** What was set aside, for the content checks. */
	scope: CheckScope;
	/** Index in the file of each item the content checks see, per list that lost items. */
	indexes: Partial<Record<ListName, number[]>>;
}

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkSchema(raw: unknown): SchemaResult {
	const problems: Problem[] = [];
	const scope = {unchecked: new Set<string>(), partial: new Set<string>()};
	const indexes: SchemaResult['indexes'] = {};
	let data = raw;
	// Each pass sets aside what failed; a refinement (a block with both text and subhead) is only
	// checked once its object has no other problem, so a second pass can find more.
	for (let pass = 0; pass < 4; pass++) {
		const parsed = articleSchema.safeParse(data);
		const issues = parsed.success ? [] : parsed.error.issues;
		// One at a time: an issue can hold any number of keys, too many to spread as arguments.
		for (const issue of issues) for (const problem of issueProblems(issue, data, indexes)) problems.push(problem);
		if (parsed.success) return {problems, source: parsed.data, scope, indexes};
		if (!isRecord(data)) break;
		const next = setAside(data, issues, scope, indexes);
		if (next === null) break;
		data = next;
	}
	return {problems, source: null, scope, indexes};
}

/** The data less the items at fault, or null when what is left cannot be checked. */
function setAside(data: Data, issues: readonly z.core.$ZodIssue[], scope: {unchecked: Set<string>; partial: Set<string>}, indexes: SchemaResult['indexes']): Data | null {
	const next: Data = {...data};
	const bad = new Map<ListName, Set<number>>();
	const strip = new Map<string, string[]>();
	for (const issue of issues) {
		const [field, index] = issue.path;
		if (field === undefined) {
			if (issue.code !== 'unrecognized_keys') return null;
			for (const key of issue.keys) delete next[key];
		} else if (isList(field) && typeof index === 'number') {
			if (issue.code === 'unrecognized_keys' && issue.path.length === 2) {
				strip.set(`${field}\0${index}`, issue.keys);
			} else {
				bad.set(field, (bad.get(field) ?? new Set()).add(index));
			}
		} else if (field === 'headline' || field === 'standfirst') {
			// Quotes in it are left unchecked; the rest goes on.
			next[field] = field === 'headline' ? 'unchecked' : undefined;
			scope.unchecked.add(field);
		} else if (typeof field === 'string' && !isList(field) && field !== 'id') {
			delete next[field];
		} else if (field === 'id') {
			next['id'] = 'unchecked';
		} else {
			// A whole list of the wrong type or length: nothing to check against.
			return null;
		}
	}
	// Each list is copied once, not once per item with an unknown field (quadratic with one in every item).
	const copied = new Set<ListName>();
	for (const [key, keys] of strip) {
		const [field, index] = key.split('\0') as [ListName, string];
		if (!copied.has(field)) {
			next[field] = [...(next[field] as unknown[])];
			copied.add(field);
		}
		const list = next[field] as unknown[];
		const item = {...(list[Number(index)] as Data)};
		for (const name of keys) delete item[name];
		list[Number(index)] = item;
	}
	for (const [field, indices] of bad) {
		const list = next[field] as unknown[];
		const original = indexes[field] ?? list.map((_, index) => index);
		const kept: number[] = [];
		const items: unknown[] = [];
		list.forEach((item, index) => {
			if (indices.has(index)) {
				const id = isRecord(item) ? item['id'] : undefined;
				if (typeof id === 'string') scope.unchecked.add(id);
				scope.partial.add(field);
			} else {
				kept.push(original[index]!);
				items.push(item);
			}
		});
		indexes[field] = kept;
		next[field] = items;
	}
	return next;
}

/** A content problem's path, from the checked lists back to the file as written. */
export function pathInFile(path: Path, indexes: SchemaResult['indexes']): Path {
	const [field, index, ...rest] = path;
	const kept = isList(field) ? indexes[field] : undefined;
	if (kept === undefined || typeof index !== 'number') return path;
	return [field!, kept[index]!, ...rest];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	return value;
}

function shown(value: unknown): string {
	return typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"` : Array.isArray(value) ? 'a list' : isRecord(value) ? 'a mapping' : String(value);
}

/** What zod's type names mean to someone writing YAML. */
const typeNames: Record<string, string> = {string: 'text', number: 'a number', int: 'a whole number', array: 'a list', object: 'a mapping', boolean: 'true or false'};

function typeOf(value: unknown): string {
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
	if (typeof value === 'boolean') return 'true or false';
	if (isRecord(value)) return 'a mapping';
	return typeof value;
}

/** One zod issue as problems in our words, each naming the field and what it may hold. */
export function issueProblems(issue: z.core.$ZodIssue, data: unknown, indexes: SchemaResult['indexes'] = {}): Problem[] {
	const dataPath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
	const path = pathInFile(dataPath, indexes);
	const value = valueAt(data, dataPath);
	const field = [...dataPath].reverse().find((key) => typeof key === 'string') ?? 'the value';
	const expected = 'expected' in issue ? String(issue.expected) : '';
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => ({path: [...path, key], message: `unknown field "${key}"`}));
		case 'invalid_type':
			if (value === undefined) return [{path, message: `required field is missing (expected ${typeNames[expected] ?? expected})`}];
			if (path.length === 0) {
				return [{path, message: `an article is a mapping of fields (id, headline, body, sections, …); this file holds ${value === null ? 'nothing' : typeOf(value)}`}];
			}
			if (field === 'answer') return [{path, message: answerMessage(data, dataPath, value)}];
			return [{path, message: `must be ${typeNames[expected] ?? expected}; it is ${typeOf(value)}${typeof value === 'string' || typeof value === 'number' ? ` (${shown(value)})` : ''}`}];
		case 'too_small':
		case 'too_big': {
			if (!/^Too (small|big)/.test(issue.message)) return [{path, message: issue.message}];
			if (issue.origin === 'number') {
				if (field === 'answer') return [{path, message: answerMessage(data, dataPath, value)}];
				const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
				const inclusive = issue.inclusive !== false;
				const range = issue.code === 'too_small' ? `${inclusive ? 'at least' : 'more than'} ${String(bound)}` : `${inclusive ? 'at most' : 'less than'} ${String(bound)}`;
				return [{path, message: `must be ${range}${field === 'targetMinutes' ? ' (minutes)' : ''}; it is ${shown(value)}`}];
			}
			const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
			const items = issue.origin === 'string' ? (bound === 1 ? 'character' : 'characters') : bound === 1 ? 'item' : 'items';
			return [{path, message: `must have ${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound} ${items}`}];
		}
		case 'invalid_value':
			return [{path, message: `must be one of ${issue.values.map((allowed) => String(allowed)).join(', ')}; it is ${shown(value)}`}];
		default:
			return [{path, message: issue.message.replace(/^Invalid input: /, '')}];
	}
}

function answerMessage(data: unknown, path: readonly PropertyKey[], value: unknown): string {
	const options = valueAt(data, [...path.slice(0, -1), 'options']);
	return `must be ${answerRange(Array.isArray(options) ? options.length : null)}; it is ${shown(value)}`;
}
