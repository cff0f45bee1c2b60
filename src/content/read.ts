// Reading a content file so that no file can hang or exhaust the program: only regular files are
// read (a named pipe would block for ever, a device never ends), standard input only when asked
// for with "-", and never more than maxContentBytes. Every failure is one line naming the file.
import {isUtf8} from 'node:buffer';
import {constants, type Stats} from 'node:fs';
import {open, stat} from 'node:fs/promises';
import {ContentReadError} from './locate.js';

/** The most an article may weigh: a 50,000-paragraph article is about 12–21 MB. */
export const maxContentBytes = 32 * 1024 * 1024;

/** The file name that means standard input, and how problems in it are named. */
export const standardInput = '-';
export const standardInputName = '<stdin>';

export function displayName(file: string): string {
	return file === standardInput ? standardInputName : file;
}

export interface ReadOptions {
	/** Standard input, for "-" (tests pass their own). */
	stdin?: NodeJS.ReadableStream & {isTTY?: boolean};
	limit?: number;
}

export interface ByteOptions extends ReadOptions {
	/** What the limit is, for the message: "an article may have". */
	limitName?: string;
	/** Read standard input even from a terminal (typed, ended with Ctrl+D). */
	fromTerminal?: boolean;
}

/**
 * The text of a content file as UTF-8 bytes, checked and without a byte order mark, or a
 * ContentReadError saying in one line why not. Bytes, not a string: a large article is parsed an
 * item at a time (src/content/yamlSource.ts), never decoded whole, as a text with one character
 * outside Latin-1 takes two bytes a character as a string.
 */
export async function readContentBytes(file: string, options: ReadOptions = {}): Promise<Buffer> {
	return checkedUtf8(displayName(file), await readBytes(file, options));
}

/**
 * The bytes of a file, or of standard input for "-", read so that nothing can hang or exhaust
 * the program (see the top of this file); other sources (the drafter's) are read this way too.
 */
export async function readBytes(file: string, {stdin = process.stdin, limit = maxContentBytes, limitName = 'an article may have', fromTerminal = false}: ByteOptions = {}): Promise<Buffer> {
	// An empty name (press-reader "", an unset variable in a script) would name nothing in the message.
	if (file === '') throw new ContentReadError('press-reader: the file name is empty; give a file, or - to read standard input');
	const size = {limit, name: limitName};
	return file === standardInput ? await readStream(stdin, size, fromTerminal) : await readRegularFile(file, size);
}

interface Limit {
	limit: number;
	name: string;
}

async function readRegularFile(file: string, {limit, name}: Limit): Promise<Buffer> {
	// O_NONBLOCK: opening a named pipe would otherwise wait for a writer before we can look at it.
	const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
	let handle;
	try {
		handle = await open(file, flags);
	} catch (error) {
		// A socket cannot be opened at all (ENXIO); say what it is rather than why open failed.
		const stats = await stat(file).catch(() => null);
		const kind = stats === null ? null : notAFile(stats);
		throw new ContentReadError(`${file}: cannot read: ${kind === null ? readErrorReason(error) : kindMessage(kind)}`);
	}
	try {
		const stats = await handle.stat();
		const kind = notAFile(stats);
		if (kind !== null) throw new ContentReadError(`${file}: cannot read: ${kindMessage(kind)}`);
		if (stats.size > limit) throw new ContentReadError(`${file}: cannot read: it is ${megabytes(stats.size)}, over the ${megabytes(limit)} ${name}`);
		// The size can lie (files in /proc say 0) or grow while we read: count what actually comes.
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 64 * 1024), limit + 1 - total));
			const {bytesRead} = await handle.read(chunk, 0, chunk.length, null).catch((error: unknown) => {
				throw new ContentReadError(`${file}: cannot read: ${readErrorReason(error)}`);
			});
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > limit) throw new ContentReadError(`${file}: cannot read: it is over the ${megabytes(limit)} ${name}`);
		}
		// Nearly always one read: a copy of a large file would double what reading it costs.
		return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
	} finally {
		await handle.close();
	}
}

async function readStream(stream: NonNullable<ReadOptions['stdin']>, {limit, name}: Limit, fromTerminal: boolean): Promise<Buffer> {
	if (stream.isTTY && !fromTerminal) {
		throw new ContentReadError(`${standardInputName}: cannot read: standard input is a terminal; pipe or redirect the article into it (press-reader validate - < article.yaml)`);
	}
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for await (const chunk of stream) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			total += bytes.length;
			if (total > limit) {
				throw new ContentReadError(`${standardInputName}: cannot read: more than the ${megabytes(limit)} ${name}`);
			}
			chunks.push(bytes);
		}
	} catch (error) {
		if (error instanceof ContentReadError) throw error;
		throw new ContentReadError(`${standardInputName}: cannot read: ${readErrorReason(error)}`);
	}
	return Buffer.concat(chunks, total);
}

function checkedUtf8(name: string, bytes: Buffer): Buffer {
	// A binary file is refused here, not reported as a puzzling YAML error further on.
	if (!isUtf8(bytes)) throw new ContentReadError(`${name}: cannot read: it is not UTF-8 text`);
	// Like TextDecoder, drop a byte order mark.
	return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

type Kind = 'directory' | 'pipe' | 'character device' | 'block device' | 'socket' | 'other';

function notAFile(stats: Stats): Kind | null {
	if (stats.isFile()) return null;
	if (stats.isDirectory()) return 'directory';
	if (stats.isFIFO()) return 'pipe';
	if (stats.isCharacterDevice()) return 'character device';
	if (stats.isBlockDevice()) return 'block device';
	if (stats.isSocket()) return 'socket';
	return 'other';
}

function kindMessage(kind: Kind): string {
	switch (kind) {
		case 'directory':
			return 'it is a directory, not a file';
		case 'pipe':
			return 'it is a named pipe, not a regular file (to read standard input, give - as the file)';
		case 'other':
			return 'it is not a regular file';
		default:
			return `it is a ${kind}, not a regular file`;
	}
}

/** Why reading failed, in our words: the system's messages carry codes and the path again. */
export function readErrorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ELOOP':
			return 'too many levels of symbolic links (a link that leads back to itself?)';
		case 'ENOTDIR':
			return 'a part of its path is not a directory';
		case 'ENAMETOOLONG':
			return 'the name is too long';
		case 'EISDIR':
			return 'it is a directory, not a file';
		case 'EIO':
			return 'input/output error';
		default:
			return code === undefined ? 'unknown error' : `system error ${code}`;
	}
}

function megabytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
