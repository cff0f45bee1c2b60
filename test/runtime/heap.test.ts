import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {checkingHeapFlags, defaultHeapFlags, withCompactHeap} from '../../src/runtime/heap.js';

describe('the heap settings used while an article is checked', () => {
	// A Node whose V8 no longer knows a flag prints "Error: unrecognized flag" to standard output,
	// which would land in the middle of a command's output.
	it('are known to this Node: setting them prints nothing', () => {
		const script = `const v8 = require('node:v8'); v8.setFlagsFromString(${JSON.stringify(checkingHeapFlags.join(' '))}); v8.setFlagsFromString(${JSON.stringify(defaultHeapFlags.join(' '))});`;
		const result = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'});
		expect(result.status).toBe(0);
		expect(result.stdout + result.stderr).toBe('');
	});

	it('pass the check’s result, or its error, through unchanged', async () => {
		await expect(withCompactHeap(() => Promise.resolve('checked'))).resolves.toBe('checked');
		await expect(withCompactHeap(() => Promise.reject(new Error('unreadable')))).rejects.toThrow('unreadable');
	});
});
