// Where a draft's text comes from: a file, standard input ("-") or an http(s) URL, read with
// limits, and whether it is HTML or plain text. Every failure is one line naming the source.
import {isUtf8} from 'node:buffer';
import path from 'node:path';
import {ContentReadError} from '../content/locate.js';
import {readBytes} from '../content/read.js';

export class SourceError extends Error {}

export interface LoadedSource {
	/** How messages and the draft's header name it. */
	name: string;
	kind: 'html' | 'text';
	content: string;
}

export interface SourceOptions {
	readStdin?: () => Promise<Buffer>;
	timeoutMs?: number;
	maxBytes?: number;
}

const defaultMaxBytes = 20 * 1024 * 1024;

export async function readSource(source: string, options: SourceOptions = {}): Promise<LoadedSource> {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	if (/^https?:\/\//i.test(source)) return fetchSource(source, options.timeoutMs ?? 15_000, maxBytes);
	if (source === '-' && options.readStdin !== undefined) {
		const bytes = await options.readStdin();
		if (bytes.length > maxBytes) throw new SourceError(`stdin: too large (over ${megabytes(maxBytes)})`);
		return fromBytes('stdin', bytes, undefined);
	}
	// As an article is read: only a regular file (a named pipe would wait for ever, /dev/zero never
	// ends), and never more than the limit, counted as it comes.
	let bytes;
	try {
		bytes = await readBytes(source, {limit: maxBytes, limitName: 'a source may have', fromTerminal: true});
	} catch (error) {
		if (error instanceof ContentReadError) throw new SourceError(error.message.replace(/^<stdin>:/, 'stdin:'));
		throw error;
	}
	return source === '-' ? fromBytes('stdin', bytes, undefined) : fromBytes(source, bytes, kindFromName(source));
}

function megabytes(bytes: number): string {
	return `${Math.round(bytes / 1024 / 1024)} MB`;
}

function kindFromName(name: string): LoadedSource['kind'] | undefined {
	const extension = path.extname(name).toLowerCase();
	if (['.html', '.htm', '.xhtml', '.shtml'].includes(extension)) return 'html';
	if (['.txt', '.md', '.markdown', '.text'].includes(extension)) return 'text';
	return undefined;
}

function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 4096).trimStart();
	return /^(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<(!doctype html|html))/i.test(head) || (text.match(/<(p|div|article|section|h[1-6]|br)\b[^>]*>/gi)?.length ?? 0) >= 3;
}

/** Decodes text, refusing what is not: NUL bytes or many invalid sequences mean a binary file. */
function fromBytes(name: string, bytes: Buffer, declared: LoadedSource['kind'] | undefined, contentType?: string): LoadedSource {
	const sample = bytes.subarray(0, 8192);
	// UTF-16 text (Windows saves it with a byte-order mark) is half NUL bytes: known by its mark or
	// its declared charset, it is decoded before anything looks for the NULs of a binary file.
	const marked = sample[0] === 0xff && sample[1] === 0xfe ? 'utf-16le' : sample[0] === 0xfe && sample[1] === 0xff ? 'utf-16be' : undefined;
	const wide = marked ?? (charsetOf(contentType)?.startsWith('utf-16') ? charsetOf(contentType) : undefined);
	if (wide === undefined && sample.includes(0)) throw new SourceError(`${name}: not text (a binary file?)`);
	// A <meta> read from the bytes as ASCII cannot be in UTF-16: one saying so is wrong, and
	// browsers take it as UTF-8.
	const meta = charsetOf(/<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(sample.toString('latin1'))?.[0])?.replace(/^utf-16(le|be)?$/, 'utf-8');
	const said = wide ?? charsetOf(contentType) ?? meta;
	// No charset said and not UTF-8: a text from an older editor (Notepad's "ANSI"), read in the
	// web's default legacy encoding as browsers read such a page, rather than é turned into �.
	const charset = said ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252');
	const text = new TextDecoder(charset).decode(bytes).replace(/^\uFEFF/, '');
	const head = text.slice(0, 8192);
	const replaced = head.split('\uFFFD').length - 1;
	const controls = head.match(/[\0-\x08\x0e-\x1a\x1c-\x1f\x7f]/g)?.length ?? 0;
	if (head.includes('\0') || (Math.max(replaced, controls) > 8 && Math.max(replaced, controls) > sample.length / 100)) throw new SourceError(`${name}: not text (a binary file?)`);
	if (text.trim() === '') throw new SourceError(`${name}: is empty`);
	return {name, kind: declared ?? (looksLikeHtml(text) ? 'html' : 'text'), content: text};
}

function charsetOf(value: string | undefined): string | undefined {
	const charset = /charset=["']?\s*([\w-]+)/i.exec(value ?? '')?.[1]?.toLowerCase();
	if (charset === undefined) return undefined;
	try {
		new TextDecoder(charset);
		return charset;
	} catch {
		return undefined;
	}
}

const acceptedTypes = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)\b/i;

/** GET with a timeout, a size limit and a content-type check; redirects are followed. */
async function fetchSource(url: string, timeoutMs: number, maxBytes: number): Promise<LoadedSource> {
	let response: Response;
	try {
		response = await fetch(url, {signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: {accept: 'text/html,application/xhtml+xml,text/plain;q=0.9'}});
	} catch (error) {
		const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : ((error as {cause?: Error}).cause?.message ?? (error as Error).message);
		throw new SourceError(`${url}: cannot fetch: ${reason}`);
	}
	if (!response.ok) {
		await response.body?.cancel().catch(() => undefined);
		throw new SourceError(`${url}: cannot fetch: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
	}
	const type = response.headers.get('content-type') ?? '';
	if (!acceptedTypes.test(type)) {
		await response.body?.cancel().catch(() => undefined);
		throw new SourceError(`${url}: not a web page or text (content-type ${type || 'missing'})`);
	}
	const declared = Number(response.headers.get('content-length') ?? NaN);
	if (declared > maxBytes) {
		await response.body?.cancel().catch(() => undefined);
		throw new SourceError(`${url}: too large (over ${megabytes(maxBytes)})`);
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
			size += chunk.length;
			if (size > maxBytes) {
				await response.body?.cancel().catch(() => undefined);
				throw new SourceError(`${url}: too large (over ${megabytes(maxBytes)})`);
			}
			chunks.push(chunk);
		}
	} catch (error) {
		if (error instanceof SourceError) throw error;
		throw new SourceError(`${url}: cannot fetch: ${(error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message}`);
	}
	const kind = /^text\/(plain|markdown)/i.test(type) ? 'text' : 'html';
	return fromBytes(url, Buffer.concat(chunks), kind, type);
}
