// The user's cache folder ($XDG_CACHE_HOME/press-reader, by env-paths) and best-effort writes to
// it: a cache that cannot be read or written only costs time, so failures are not reported.
import path from 'node:path';

export async function userCacheDirectory(): Promise<string> {
	const {default: envPaths} = await import('env-paths');
	return envPaths('press-reader', {suffix: ''}).cache;
}

/** Writes the file atomically (readers never see half of it), creating its folder; never throws. */
export async function writeCacheFile(file: string, text: string | Buffer): Promise<void> {
	try {
		const [{mkdir}, {default: writeFileAtomic}] = await Promise.all([import('node:fs/promises'), import('write-file-atomic')]);
		await mkdir(path.dirname(file), {recursive: true});
		await writeFileAtomic(file, text);
	} catch {
		// ignored on purpose
	}
}
