import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {bigText} from '../../src/present/bigText.js';
import {loadTitles, saveTitles} from '../../src/present/titleCache.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'press-reader-titles-'));

describe('the title cache', () => {
	it('writes the titles drawn, and drops the files of other builds', async () => {
		const dir = folder();
		writeFileSync(path.join(dir, 'titles-oldbuild.json'), '[]');
		const art = bigText('Coat pockets', 'Small', 70);
		const file = path.join(dir, 'titles-thisbuild.json');
		await saveTitles(file);
		const saved = JSON.parse(readFileSync(file, 'utf8')) as Array<[string, string[] | null]>;
		expect(saved).toContainEqual(['Small\u000070\u0000Coat pockets', art]);
		expect(existsSync(path.join(dir, 'titles-oldbuild.json'))).toBe(false);
	});

	it('writes nothing when nothing new was drawn', async () => {
		bigText('Trust', 'Small', 71);
		await saveTitles(path.join(folder(), 'titles-a.json'));
		const file = path.join(folder(), 'titles-b.json');
		await saveTitles(file);
		expect(existsSync(file)).toBe(false);
	});

	it('draws a remembered title from the file, not afresh', async () => {
		const file = path.join(folder(), 'titles-thisbuild.json');
		writeFileSync(file, JSON.stringify([['Standard\u000072\u0000Remembered', ['a title from the cache']]]));
		await loadTitles(file);
		expect(bigText('Remembered', 'Standard', 72)).toEqual(['a title from the cache']);
	});

	it('ignores a damaged file and draws afresh', async () => {
		for (const damaged of ['{not json', '{"a": 1}', '[["key", [3]]]']) {
			const file = path.join(folder(), 'titles-thisbuild.json');
			writeFileSync(file, damaged);
			await expect(loadTitles(file)).resolves.toBeUndefined();
		}
		expect(bigText('Bentleys', 'Small', 73)!.length).toBeGreaterThan(1);
		await expect(loadTitles(path.join(folder(), 'missing.json'))).resolves.toBeUndefined();
	});
});
