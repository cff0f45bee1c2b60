import {describe, expect, it} from 'vitest';
import {cleanName, generatedName, nameKey} from '../../src/room/nickname.js';

describe('cleanName', () => {
	it('strips terminal escape sequences, whole', () => {
		expect(cleanName('\x1b[31mRed\x1b[0m')).toBe('Red');
		expect(cleanName('a\x1b]0;pwned\x07b')).toBe('ab');
		expect(cleanName('x\x1b[2J\x1b[Hy')).toBe('xy');
		expect(cleanName('\x9b31mC1')).toBe('C1');
	});

	it('strips control and bidirectional characters', () => {
		expect(cleanName('Ann\u202Eevil')).toBe('Annevil');
		expect(cleanName('tab\there\u0000\u0007')).toBe('tab here');
		expect(cleanName('\u2066iso\u2069\u200b')).toBe('iso');
	});

	it('normalises to NFC and collapses spaces', () => {
		expect(cleanName('  Jose\u0301   M  ')).toBe('José M');
		expect(cleanName('  Jose\u0301   M  ').length).toBe(6);
	});

	it('keeps at most 20 characters, counting an emoji sequence as one', () => {
		expect(cleanName('abcdefghijklmnopqrstuvwxyz')).toBe('abcdefghijklmnopqrst');
		const family = '👨‍👩‍👧';
		expect(cleanName(family.repeat(25))).toBe(family.repeat(20));
	});

	it('leaves markup as text for the page to show as text', () => {
		expect(cleanName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>'.slice(0, 20));
	});

	it('strips characters drawn as nothing, so no name shows blank or copies another', () => {
		expect(cleanName('Eve\u2060')).toBe('Eve');
		expect(cleanName('E\u00adve\u034f')).toBe('Eve');
		expect(cleanName('\u3164')).toBe('');
		expect(cleanName('\u00ad\u00ad\u00ad')).toBe('');
		expect(cleanName('\u200d\ufe0f\u200d')).toBe('');
	});

	it('keeps emoji sequences, presentation selectors and flags whole', () => {
		for (const emoji of ['👨‍👩‍👧‍👦', '❤️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🇬🇧']) expect(cleanName(emoji)).toBe(emoji);
	});

	it('keeps at most four combining marks on a character, enough for any script', () => {
		expect(cleanName(`Z${'\u0301'.repeat(150)}algo`)).toBe(`Ź${'\u0301'.repeat(4)}algo`);
		for (const name of ['Tiếng Việt', 'ภาษาไทย', 'हिन्दी', 'Nguye\u0302\u0303n'.normalize('NFD')]) expect(cleanName(name)).toBe(name.normalize('NFC'));
	});

	// A spacing mark takes a column of its own in a terminal (wcwidth), yet belongs to the character
	// before it: 150 of them made one "character" of a name 151 columns wide on the projector.
	it('counts spacing marks among the four, and keeps no character longer than an emoji sequence', () => {
		expect(cleanName(`a${'\u0903'.repeat(150)}b`)).toBe(`a${'\u0903'.repeat(4)}b`);
		expect(cleanName(`Z${'\u0301\u0903'.repeat(50)}`)).toBe(`\u0179${'\u0903\u0301'.repeat(2)}`);
		const [first] = [...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(cleanName(`A${'\u200d'.repeat(150)}`))];
		expect([...first!.segment].length).toBeLessThanOrEqual(16);
		for (const emoji of ['🧑🏻‍❤️‍💋‍🧑🏼', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👨‍👩‍👧‍👦']) expect(cleanName(emoji)).toBe(emoji);
	});

	// Half a surrogate pair is no character: phones and terminals draw it as "�", so "\ud800" and
	// "\udbff" were two players who look the same, and "A\udc00nn" an "Ann" with a hole.
	it('strips halves of surrogate pairs and the interlinear annotation controls', () => {
		expect(cleanName('A\udc00nn\ud800')).toBe('Ann');
		expect(cleanName('\ud800')).toBe('');
		expect(cleanName('\ufff9Ann\ufffaruby\ufffb')).toBe('Annruby');
		expect(cleanName('😀')).toBe('😀');
	});

	it('leaves nothing of a name made only of controls', () => {
		expect(cleanName('\x1b[31m\u202e \u0007')).toBe('');
	});
});

describe('nameKey', () => {
	it('treats names differing only in case as one', () => {
		expect(nameKey('ANN')).toBe(nameKey('ann'));
		expect(nameKey('Straße')).toBe(nameKey('STRASSE'));
		expect(nameKey('Ann')).not.toBe(nameKey('Anna'));
	});

	it('treats names differing only in case as one where a letter’s upper case is two letters or decomposes', () => {
		// The capital sharp s lower-cases to ß, which upper-cases to SS; Greek ΐ upper-cases to Ϊ and an accent.
		expect(nameKey('STRAẞE')).toBe(nameKey('straße'));
		expect(nameKey('ẞ')).toBe(nameKey('ß'));
		expect(nameKey('ΐ')).toBe(nameKey('ΐ'.toUpperCase()));
		expect(nameKey('Ϋ́ΑΣ')).toBe(nameKey('ΰας'));
	});

	it('treats full-width letters and joiners drawn as nothing as the name they look like', () => {
		expect(nameKey('Ｅｖｅ')).toBe(nameKey('Eve'));
		expect(nameKey('Eve\u200d')).toBe(nameKey('Eve'));
		expect(nameKey('E\ufe0fve')).toBe(nameKey('Eve'));
	});
});

describe('generatedName', () => {
	it('numbers a generated name that is taken', () => {
		const taken = new Set([nameKey('Brave Otter'), nameKey('Brave Otter 2')]);
		expect(generatedName((key) => taken.has(key), () => 0)).toBe('Brave Otter 3');
	});
});
