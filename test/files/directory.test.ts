import {existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cannotCreateIn, ensureDirectory} from '../../src/files/directory.js';

const scratch: string[] = [];
afterEach(() => {
	for (const folder of scratch.splice(0)) rmSync(folder, {recursive: true, force: true});
});

describe('ensureDirectory', () => {
	it('makes a folder and its missing parents, with the mode asked for, and accepts one that exists', () => {
		const base = mkdtempSync(path.join(os.tmpdir(), 'directory-'));
		scratch.push(base);
		const folder = path.join(base, 'a', 'b', 'c');
		ensureDirectory(folder, 0o700);
		expect(statSync(folder).isDirectory()).toBe(true);
		expect(statSync(path.join(base, 'a')).mode & 0o777).toBe(0o700);
		expect(() => ensureDirectory(folder)).not.toThrow();
	});

	it('refuses a path through a file', () => {
		const base = mkdtempSync(path.join(os.tmpdir(), 'directory-'));
		scratch.push(base);
		writeFileSync(path.join(base, 'file'), '');
		expect(() => ensureDirectory(path.join(base, 'file', 'inside'))).toThrow(/ENOTDIR/);
	});

	it.runIf(existsSync('/proc/self'))('fails at once where the kernel will not make the folder (under /proc), where a recursive mkdir never returns', () => {
		expect(() => ensureDirectory('/proc/press-reader-test/cache')).toThrow(/ENOENT/);
	});
});

describe('isFolder', () => {
	it('is true for a folder, false for a file and for nothing there', async () => {
		const {isFolder} = await import('../../src/files/directory.js');
		const base = mkdtempSync(path.join(os.tmpdir(), 'directory-'));
		scratch.push(base);
		writeFileSync(path.join(base, 'file'), '');
		expect([isFolder(base), isFolder(path.join(base, 'file')), isFolder(path.join(base, 'none'))]).toEqual([true, false, false]);
	});
});

describe('cannotCreateIn', () => {
	it('says nothing of a folder a file can be made in, and leaves nothing there', () => {
		const base = mkdtempSync(path.join(os.tmpdir(), 'directory-'));
		scratch.push(base);
		expect(cannotCreateIn(base)).toBeNull();
		expect(readdirSync(base)).toEqual([]);
	});

	it('says why of a folder no file can be made in, even for root, and of one that is missing', () => {
		expect(cannotCreateIn('/proc')).toBe('no file can be made there');
		expect(cannotCreateIn('/no/such/folder')).toBe('no file can be made there');
	});
});
