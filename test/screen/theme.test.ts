import {describe, expect, it} from 'vitest';
import {createTheme} from '../../src/screen/theme.js';

describe('themes', () => {
	it('gives each speaker a colour of their own, different on light backgrounds', () => {
		const dark = createTheme('dark', true);
		const light = createTheme('light', true);
		expect(new Set([0, 1, 2, 3].map((index) => dark.props({role: 'label', speaker: index}).color)).size).toBe(4);
		expect(dark.props({role: 'quote', speaker: 0}).color).not.toBe(light.props({role: 'quote', speaker: 0}).color);
	});

	it('without colour, keeps meaning in type: bold names, italic reported speech, inverted matches', () => {
		const plain = createTheme('dark', false);
		const styles = [{role: 'label', speaker: 1}, {role: 'quote', speaker: 0}, {role: 'reported'}, {role: 'text', hit: 'current'}] as const;
		for (const style of styles) {
			expect(plain.props(style).color).toBeUndefined();
			expect(plain.props(style).backgroundColor).toBeUndefined();
		}
		expect(plain.props({role: 'label', speaker: 1}).bold).toBe(true);
		expect(plain.props({role: 'reported'}).italic).toBe(true);
		expect(plain.props({role: 'text', hit: 'match'}).inverse).toBe(true);
	});
});
