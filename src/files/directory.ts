// A folder and its missing parents, as `mkdir -p` makes them. Not fs.mkdir's `recursive`: on
// Node 20 it loops forever where the kernel answers "no such file" for a folder whose parent
// exists (anywhere under /proc), so a cache, history or socket folder set there hung the program.
import {mkdirSync, statSync} from 'node:fs';
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
