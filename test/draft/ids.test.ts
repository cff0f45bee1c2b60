import {describe, expect, it} from 'vitest';
import {uniqueId} from '../../src/draft/draft.js';

/** A set that counts the look-ups made in it. */
class CountingSet extends Set<string> {
	lookups = 0;
	override has(value: string): boolean {
		this.lookups++;
		return super.has(value);
	}
}

describe('drafted ids', () => {
	it('number the ids sharing a base, skipping the reserved names and ids already taken', () => {
		const used = new Set(['q-yes-3']);
		expect(['q-yes', 'q-yes', 'q-yes', 'headline', 'headline'].map((base) => uniqueId(base, used))).toEqual(['q-yes', 'q-yes-2', 'q-yes-4', 'headline-1', 'headline-2']);
	});

	it('look up a few ids per new one however many share a base (a phrase quoted 20,000 times)', () => {
		const used = new CountingSet();
		const ids = Array.from({length: 20_000}, () => uniqueId('q-yes', used));
		expect(new Set(ids).size).toBe(20_000);
		expect(ids.at(-1)).toBe('q-yes-20000');
		expect(used.lookups).toBeLessThan(3 * 20_000);
	});
});
