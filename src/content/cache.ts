// Loading an article without parsing it every time: the checked result is kept under a key made
// of the file's bytes and the version of the code that checked it, so a cached result is always
// the one a fresh check would give. The bundled article's entry ships in dist/cache; others go to
// the user's cache directory. Tests and unbundled runs (no build version) always check afresh.
// An entry holds the problems and the checked source, not the model: the model repeats every
// paragraph four times (blocks, paragraphs, and both again per section), and building it again
// takes a fraction of the time reading it would.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {userCacheDirectory, writeCacheFileFrom} from '../cache/files.js';
import {withCompactHeap} from '../runtime/heap.js';
import {buildArticle} from './build.js';
import {bundledArticlePath, type BuiltFrom, type CheckResult, type LoadResult, type LocatedProblem} from './locate.js';
import {displayName, readContentBytes, type ReadOptions} from './read.js';

declare const PRESS_READER_MODEL_VERSION: string | undefined;

/** Set by the build from the content code's own hash; undefined when running from source. */
export const modelVersion: string | null = typeof PRESS_READER_MODEL_VERSION === 'undefined' ? null : PRESS_READER_MODEL_VERSION;

interface CacheEntry {
	modelVersion: string;
	problems: Array<Omit<LocatedProblem, 'file'>>;
	builtFrom: BuiltFrom | null;
}

/** The entry's name, from the file's text or its UTF-8 bytes (the same key for both). */
export function cacheKey(source: string | Buffer, version: string): string {
	return createHash('sha256').update(version).update('\0').update(source).digest('hex').slice(0, 32);
}

/** dist/cache in the installed package (found from the bundled article, which ships beside dist/). */
export function shippedCacheDirectory(): string {
	return path.join(path.dirname(path.dirname(bundledArticlePath())), 'dist', 'cache');
}

function readEntry(file: string, version: string): CacheEntry | null {
	try {
		const entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
		return entry.modelVersion === version && Array.isArray(entry.problems) ? entry : null;
	} catch {
		return null;
	}
}

export interface CachedLoadOptions extends ReadOptions {
	/** Fraction (0–1) of the checking done, when the file has to be checked. */
	onProgress?: (fraction: number) => void;
}

/** Same result as loadArticle, from the cache when the file and the checking code are unchanged. */
export async function loadArticleCached(file: string, options: CachedLoadOptions = {}): Promise<LoadResult> {
	const {builtFrom, ...checked} = await checkArticleCached(file, options);
	return {...checked, article: builtFrom === null ? null : buildArticle(builtFrom.source, new Set(builtFrom.skip))};
}

/** Same result as checkArticleSource (no model built), from the cache when it can be. */
export async function checkArticleCached(file: string, {onProgress, ...readOptions}: CachedLoadOptions = {}): Promise<CheckResult> {
	const name = displayName(file);
	const version = modelVersion;
	const source = await readContentBytes(file, readOptions);
	const key = version === null ? null : cacheKey(source, version);
	if (version !== null && key !== null) {
		// The user's folder is looked up only when the shipped entry does not match.
		const entry = readEntry(path.join(shippedCacheDirectory(), `${key}.json`), version) ?? readEntry(path.join(await userCacheDirectory(), `${key}.json`), version);
		if (entry !== null) return {file: name, builtFrom: entry.builtFrom, problems: entry.problems.map((problem) => ({...problem, file: name}))};
	}
	const {checkArticleSource} = await import('./load.js');
	return withCompactHeap(async () => {
		const result = checkArticleSource(name, source, {onProgress});
		if (version !== null && key !== null) await writeEntry(path.join(await userCacheDirectory(), `${key}.json`), version, result);
		return result;
	});
}

export async function writeEntry(target: string, version: string, result: CheckResult): Promise<void> {
	await writeCacheFileFrom(target, entryPieces(version, result));
}

/**
 * The entry as JSON, an item at a time, written as it is made: one JSON string of a
 * 50,000-paragraph article would need ~40 MB at once, on top of the article.
 */
function* entryPieces(version: string, result: CheckResult): Generator<string> {
	yield `{"modelVersion":${JSON.stringify(version)},"problems":${JSON.stringify(result.problems.map(({file: _file, ...problem}) => problem))},"builtFrom":`;
	if (result.builtFrom === null) {
		yield 'null}';
		return;
	}
	const {source, skip} = result.builtFrom;
	yield `{"skip":${JSON.stringify(skip)},"source":{`;
	const fields = Object.entries(source).filter(([, value]) => value !== undefined);
	for (const [index, [field, value]] of fields.entries()) {
		yield `${index === 0 ? '' : ','}${JSON.stringify(field)}:`;
		if (!Array.isArray(value)) {
			yield JSON.stringify(value);
			continue;
		}
		// Pieces of about 64 kB: small enough to stay light, large enough to write quickly.
		let piece = '[';
		for (const [itemIndex, item] of value.entries()) {
			piece += `${itemIndex === 0 ? '' : ','}${JSON.stringify(item)}`;
			if (piece.length > 65536) {
				yield piece;
				piece = '';
			}
		}
		yield `${piece}]`;
	}
	yield '}}}';
}
