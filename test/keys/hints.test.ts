import {describe, expect, it} from 'vitest';
import {fitHints} from '../../src/keys/hints.js';

describe('footer hints', () => {
	it('name the option letters a question has: a–c for three options, a–d for four', () => {
		expect(fitHints('quizQuestion', 200, {optionCount: 3})).toContain('Enter/a–c choose');
		expect(fitHints('quizQuestion', 200, {optionCount: 4})).toContain('Enter/a–d choose');
		expect(fitHints('joinQuestion', 200, {optionCount: 2})).toContain('Enter/a–b answer');
	});

	it('keep every key and drop labels from the end first when the line is narrow, help’s last', () => {
		const wide = fitHints('reader', 200);
		expect(wide).toBe('→ next  ← back  ↓/↑ scroll  t contents  / search  d dialogue  p cast  x quiz  ? help  q quit');
		const narrow = fitHints('reader', 60);
		expect(narrow.length).toBeLessThanOrEqual(60);
		for (const key of ['→', '←', 't', '/', 'd', 'p', 'x', '?', 'q']) expect(narrow).toContain(key);
		expect(narrow).toContain('? help');
	});

	it('leave out what does nothing now', () => {
		expect(fitHints('reader', 200, {available: (command) => command !== 'scrollDown' && command !== 'scrollUp'})).not.toContain('scroll');
	});
});
