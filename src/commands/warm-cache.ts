// `press-reader __warm-cache` (used by the build): checks the bundled article and stores the
// result in dist/cache, so the first run after install starts without parsing it.
import path from 'node:path';
import {cacheKey, modelVersion, shippedCacheDirectory, writeEntry} from '../content/cache.js';
import {bundledArticlePath} from '../content/locate.js';
import {checkArticleSource} from '../content/load.js';
import {readContentBytes} from '../content/read.js';

export async function warmCache(): Promise<number> {
	if (modelVersion === null) return 0;
	const file = bundledArticlePath();
	const source = await readContentBytes(file);
	const result = checkArticleSource(file, source);
	if (result.builtFrom === null || result.problems.length > 0) {
		process.stderr.write(`press-reader: the bundled article has problems; run press-reader validate\n`);
		return 1;
	}
	await writeEntry(path.join(shippedCacheDirectory(), `${cacheKey(source, modelVersion)}.json`), modelVersion, result);
	return 0;
}
