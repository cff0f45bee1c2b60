// A folder and its missing parents, as `mkdir -p` makes them. Not fs.mkdir's `recursive`: on
// Node 20 it loops forever where the kernel answers "no such file" for a folder whose parent
// exists (anywhere under /proc), so a cache, history or socket folder set there hung the program.
import {closeSync, mkdirSync, openSync, statSync, unlinkSync} from 'node:fs';
import path from 'node:path';

/** Whether `file` names a folder (following links); false when nothing can be read there. */
export function isFolder(file: string): boolean {
	try {
		return statSync(file).isDirectory();
	} catch {
		return false;
	}
}

/** Creates `directory` and its missing parents (with `mode`, less the umask); throws what mkdir throws. */
export function ensureDirectory(directory: string, mode = 0o777): void {
	const missing: string[] = [];
	for (let folder = path.resolve(directory); statSync(folder, {throwIfNoEntry: false}) === undefined; folder = path.dirname(folder)) {
		missing.push(folder);
		if (path.dirname(folder) === folder) break;
	}
	for (const folder of missing.reverse()) {
		try {
			mkdirSync(folder, {mode});
		} catch (error) {
			// Made meanwhile by another process: what was wanted.
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
}

/**
 * Why a file cannot be created in `folder`, in words, or null when it can: found by creating one
 * and removing it, as permissions alone do not say (root may write anywhere, yet not on a
 * read-only mount or under /proc).
 */
export function cannotCreateIn(folder: string): string | null {
	const probe = path.join(folder, `.press-reader-probe-${process.pid}`);
	try {
		closeSync(openSync(probe, 'wx', 0o600));
		unlinkSync(probe);
		return null;
	} catch (error) {
		switch ((error as NodeJS.ErrnoException).code) {
			case 'EACCES':
			case 'EPERM':
				return 'permission denied';
			case 'EROFS':
				return 'a read-only file system';
			case 'ENOSPC':
			case 'EDQUOT':
				return 'no space left';
			default:
				return 'no file can be made there';
		}
	}
}
