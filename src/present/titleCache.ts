// FIGlet titles outlive the process: drawing a headline takes figlet ~30 ms of a presenter's start,
// and a talk is started many times at the same few sizes. They are kept in the user's cache
// folder, in a file named for the build, since another figlet, font or drawing code would draw
// them differently.
import {readFile, readdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {userCacheDirectory, writeCacheFile} from '../cache/files.js';
import {rememberTitles, titlesToKeep, type DrawnTitles} from './bigText.js';

declare const PRESS_READER_BUILD_ID: string | undefined;

/** Set by the build from its sources and lockfile; unset when running from source. */
const buildId: string | null = typeof PRESS_READER_BUILD_ID === 'undefined' ? null : PRESS_READER_BUILD_ID;

/** Enough for every title of a few articles at a few sizes; the oldest go first. */
const mostTitles = 400;

export async function titleCacheFile(): Promise<string | null> {
	return buildId === null ? null : path.join(await userCacheDirectory(), `titles-${buildId}.json`);
}

function isDrawnTitles(value: unknown): value is DrawnTitles {
	return (
		Array.isArray(value) &&
		value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && (entry[1] === null || (Array.isArray(entry[1]) && entry[1].every((line: unknown) => typeof line === 'string'))))
	);
}

/** Remembers the titles in the file, if it holds any; a missing or damaged file is no error. */
export async function loadTitles(file: string | null): Promise<void> {
	if (file === null) return;
	try {
		const titles: unknown = JSON.parse(await readFile(file, 'utf8'));
		if (isDrawnTitles(titles)) rememberTitles(titles);
	} catch {
		// no cache yet, or a damaged one: the titles are drawn afresh
	}
}

/** Writes the titles if any were drawn afresh, and removes the files of other builds. */
export async function saveTitles(file: string | null): Promise<void> {
	const titles = titlesToKeep();
	if (file === null || titles === null) return;
	await writeCacheFile(file, JSON.stringify(titles.slice(-mostTitles)));
	try {
		const folder = path.dirname(file);
		const stale = (await readdir(folder)).filter((name) => /^titles-.*\.json$/.test(name) && name !== path.basename(file));
		await Promise.all(stale.map((name) => rm(path.join(folder, name), {force: true})));
	} catch {
		// ignored on purpose: a stale file only takes space
	}
}
