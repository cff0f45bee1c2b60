import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// The room's heavy parts (ws, the QR encoder, the phone page) must load only for `present --room`
// and `join`: nothing outside src/room may import them statically. The terminal player's view
// (src/ui/Join*.tsx, which ui/run.tsx loads only for join) may import the room's pure screens,
// as long as those reach neither ws nor the encoder. test/room/loading.test.ts checks the built CLI.
const sources = readdirSync('src', {recursive: true, withFileTypes: true})
	.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
	.map((entry) => path.join(entry.parentPath, entry.name));
const inRoom = (file: string) => file.startsWith(path.join('src', 'room'));
const isJoinView = (file: string) => /^src\/ui\/Join[^/]*\.tsx$/.test(file);

/** Static imports (type-only ones are erased; a dynamic import() is the way in), resolved to src paths or package names. */
function staticImports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/^\s*import\s(?!type\s)[^;(]*?from\s+'([^']+)'/gm)].map(([, specifier]) =>
		specifier!.startsWith('.') ? path.join(path.dirname(file), specifier!).replace(/\.js$/, existsTsx(path.join(path.dirname(file), specifier!)) ? '.tsx' : '.ts') : specifier!,
	);
}

function existsTsx(jsPath: string): boolean {
	return sources.includes(jsPath.replace(/\.js$/, '.tsx'));
}

/** Every file and package a file loads statically, itself excluded. */
function reach(file: string, seen = new Set<string>()): Set<string> {
	for (const target of staticImports(file)) {
		if (seen.has(target)) continue;
		seen.add(target);
		if (target.startsWith('src/')) reach(target, seen);
	}
	return seen;
}

const heavy = /^(ws|uqr|qrcode|puppeteer-core)$|^src\/room\/(server|client|qr|page|presenter|results)\.ts$/;

describe('the room’s dependencies', () => {
	it('are imported only from src/room', () => {
		const offenders = sources.filter((file) => !inRoom(file) && staticImports(file).some((target) => /^(ws|uqr|qrcode|puppeteer-core)$/.test(target)));
		expect(offenders).toEqual([]);
	});

	it('are reached outside src/room only by the join view, and only through pure screens', () => {
		const offenders = sources.filter((file) => !inRoom(file) && !isJoinView(file) && staticImports(file).some((target) => target.startsWith('src/room/')));
		expect(offenders).toEqual([]);
		for (const file of sources.filter(isJoinView)) expect([...reach(file)].filter((target) => heavy.test(target)), file).toEqual([]);
	});

	it('leaves the join view to be loaded only for join', () => {
		const offenders = sources.filter((file) => !isJoinView(file) && staticImports(file).some(isJoinView));
		expect(offenders).toEqual([]);
	});
});
