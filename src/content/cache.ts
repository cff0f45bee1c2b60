// Loading an article without parsing it every time: the checked result is kept under a key made
// of the file's bytes and the version of the code that checked it, so a cached result is always
// the one a fresh check would give. The bundled article's entry ships in dist/cache; others go to
// the user's cache directory. Tests and unbundled runs (no build version) always check afresh.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {userCacheDirectory, writeCacheFile} from '../cache/files.js';
import {bundledArticlePath, type LoadResult, type LocatedProblem} from './locate.js';
import {readContentFile} from './read.js';

declare const PRESS_READER_MODEL_VERSION: string | undefined;

/** Set by the build from the content code's own hash; undefined when running from source. */
export const modelVersion: string | null = typeof PRESS_READER_MODEL_VERSION === 'undefined' ? null : PRESS_READER_MODEL_VERSION;

interface CacheEntry {
	modelVersion: string;
	problems: Array<Omit<LocatedProblem, 'file'>>;
	article: LoadResult['article'];
}

export function cacheKey(sourceText: string, version: string): string {
	return createHash('sha256').update(version).update('\0').update(sourceText).digest('hex').slice(0, 32);
}

/** dist/cache in the installed package (found from the bundled article, which ships beside dist/). */
export function shippedCacheDirectory(): string {
	return path.join(path.dirname(path.dirname(bundledArticlePath())), 'dist', 'cache');
}

function readEntry(file: string, version: string): CacheEntry | null {
	try {
		const entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
		return entry.modelVersion === version ? entry : null;
	} catch {
		return null;
	}
}

/** Same result as loadArticle, from the cache when the file and the checking code are unchanged. */
export async function loadArticleCached(file: string): Promise<LoadResult> {
	const sourceText = await readContentFile(file);
	const version = modelVersion;
	const key = version === null ? null : cacheKey(sourceText, version);
	if (version !== null && key !== null) {
		// The user's folder is looked up only when the shipped entry does not match.
		const entry = readEntry(path.join(shippedCacheDirectory(), `${key}.json`), version) ?? readEntry(path.join(await userCacheDirectory(), `${key}.json`), version);
		if (entry !== null) return {file, article: entry.article, problems: entry.problems.map((problem) => ({...problem, file}))};
	}
	const {parseArticle} = await import('./load.js');
	const result = parseArticle(file, sourceText);
	if (version !== null && key !== null && result.article !== null) {
		await writeEntry(path.join(await userCacheDirectory(), `${key}.json`), version, result);
	}
	return result;
}

export async function writeEntry(target: string, version: string, result: LoadResult): Promise<void> {
	const entry: CacheEntry = {modelVersion: version, article: result.article, problems: result.problems.map(({file: _file, ...problem}) => problem)};
	await writeCacheFile(target, JSON.stringify(entry));
}
