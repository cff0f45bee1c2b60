// How V8's heap may grow while an article is checked. Nearly everything parsed from the file
// lives until the check ends, and on a machine with memory to spare V8's defaults suit the
// opposite case: the young generation doubles whenever most of what it holds survives (here,
// nearly all of it), and the old generation may grow to four times what survived its last full
// collection before it is collected again. For the 50,000-paragraph article that meant ~215 MB
// at the peak, most of it garbage not yet collected; with the young generation kept at its
// first size and the old allowed half again what survived, ~175 MB, for ~0.1 s more (measured
// by `npm run bench`). Both are V8's own settings, read each time it collects; they are put
// back when the check ends (a full-screen session then sizes the heap its own way, in
// src/terminal/session.ts).
import v8 from 'node:v8';

/** While checking: no growth of the young generation, and the old may grow by half. */
export const checkingHeapFlags = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];
/** V8's defaults for the same settings. */
export const defaultHeapFlags = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];

/** Runs `work` with the heap held close to what it keeps alive (see the top of this file). */
export async function withCompactHeap<T>(work: () => Promise<T>): Promise<T> {
	v8.setFlagsFromString(checkingHeapFlags.join(' '));
	try {
		return await work();
	} finally {
		v8.setFlagsFromString(defaultHeapFlags.join(' '));
	}
}
