import {describe, expect, it} from 'vitest';
import {plural, them, times} from '../../src/text/plural.js';

describe('counts in messages', () => {
	it('names one thing in the singular and others in the plural', () => {
		expect(plural(1, 'problem')).toBe('1 problem');
		expect(plural(0, 'problem')).toBe('0 problems');
		expect(plural(2, 'problem')).toBe('2 problems');
		expect(plural(1, 'person', 'people')).toBe('1 person');
		expect(plural(3, 'person', 'people')).toBe('3 people');
	});

	it('says once and twice rather than "1 time"', () => {
		expect(times(1)).toBe('once');
		expect(times(2)).toBe('twice');
		expect(times(3)).toBe('3 times');
		expect(times(0)).toBe('0 times');
	});

	it('refers back to one thing as "it" and to more as "them"', () => {
		expect(them(1)).toBe('it');
		expect(them(2)).toBe('them');
	});
});
