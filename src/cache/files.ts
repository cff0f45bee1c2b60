// The user's cache folder ($XDG_CACHE_HOME/press-reader, by env-paths) and best-effort writes to
// it: a cache that cannot be read or written only costs time, so failures are not reported.
import path from 'node:path';
import {ensureDirectory} from '../files/directory.js';

export async function userCacheDirectory(): Promise<string> {
	const {default: envPaths} = await import('env-paths');
	return envPaths('press-reader', {suffix: ''}).cache;
}

/** Writes the file atomically (readers never see half of it), creating its folder; never throws. */
export async function writeCacheFile(file: string, text: string): Promise<void> {
	try {
		const {default: writeFileAtomic} = await import('write-file-atomic');
		ensureDirectory(path.dirname(file));
		await writeFileAtomic(file, text);
	} catch {
		// ignored on purpose
	}
}

/**
 * The same for text given in pieces, written as they come: a 50,000-paragraph article's entry is
 * 20 MB, and write-file-atomic needs it whole in memory. A temporary file renamed into place
 * keeps readers from ever seeing half of it.
 */
export async function writeCacheFileFrom(file: string, pieces: Iterable<string>): Promise<void> {
	const {rename, rm, writeFile} = await import('node:fs/promises');
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		ensureDirectory(path.dirname(file));
		await writeFile(temporary, pieces, {mode: 0o600});
		await rename(temporary, file);
	} catch {
		await rm(temporary, {force: true}).catch(() => {});
	}
}
