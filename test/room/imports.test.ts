import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// The room's heavy parts (ws, the QR encoder, the phone page) must load only for `present --room`
// and `join`: nothing outside src/room may import them statically.
describe('the room’s dependencies', () => {
	it('are imported only from src/room', () => {
		const offenders: string[] = [];
		for (const entry of readdirSync('src', {recursive: true, withFileTypes: true})) {
			if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
			const file = path.join(entry.parentPath, entry.name);
			if (file.startsWith(path.join('src', 'room'))) continue;
			const source = readFileSync(file, 'utf8');
			// Type-only imports are erased; a dynamic import() is the way in.
			if (/^\s*import\s(?!type\s)[^;(]*from\s+'(ws|uqr|qrcode|puppeteer-core|(\.\.?\/)+room\/[^']*)'/m.test(source)) offenders.push(file);
		}
		expect(offenders).toEqual([]);
	});
});
