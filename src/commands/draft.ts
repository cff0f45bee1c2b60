// `press-reader draft SOURCE [--out FILE] [--force]`: a first draft of a content file from a
// saved page, a text or a URL, checked as `validate` checks it before anything is written.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import {checkArticle} from '../content/check.js';
import type {ArticleSource} from '../content/schema.js';
import {draftArticle, type DraftSummary} from '../draft/draft.js';
import {draftToYaml, readBack} from '../draft/emit.js';
import type {Extracted} from '../draft/extracted.js';
import {readSource, SourceError, type SourceOptions} from '../draft/source.js';
import {plural} from '../text/plural.js';
import {CommandError, exitCodes} from './load.js';
import {isFolder} from '../files/directory.js';

export interface DraftOptions extends SourceOptions {
	out?: string;
	force?: boolean;
	write: (text: string) => void;
	warn: (text: string) => void;
}

const usage = 'press-reader: draft needs a SOURCE: a saved page (.html), a text (.txt, .md), - for stdin, or an http(s) URL';

export async function draftCommand(source: string | undefined, options: DraftOptions): Promise<number> {
	if (source === undefined) throw new CommandError(usage, exitCodes.unreadable);
	// A folder cannot be replaced by a file, --force or not: said before anything is fetched.
	if (options.out !== undefined && isFolder(options.out)) {
		throw new CommandError(`press-reader: --out ${options.out} is a folder; give a file name`, exitCodes.unreadable);
	}
	if (options.out !== undefined && existsSync(options.out) && !options.force) {
		throw new CommandError(`press-reader: ${options.out} exists; add --force to replace it`, exitCodes.unreadable);
	}
	const started = performance.now();
	let loaded;
	try {
		loaded = await readSource(source, options);
	} catch (error) {
		if (error instanceof SourceError) throw new CommandError(error.message, exitCodes.unreadable);
		throw error;
	}
	let extracted: Extracted;
	if (loaded.kind === 'html') {
		// Readability and the DOM load here only: reading, quiz and present never pay for them.
		const {extractHtml, NoArticleError} = await import('../draft/html.js');
		try {
			extracted = extractHtml(loaded.content);
		} catch (error) {
			if (error instanceof NoArticleError) throw new CommandError(`${loaded.name}: ${error.message}`, exitCodes.unreadable);
			throw error;
		}
	} else {
		const {extractPlainText} = await import('../draft/plain.js');
		extracted = extractPlainText(loaded.content);
	}
	if (!extracted.blocks.some((block) => block.kind === 'paragraph')) throw new CommandError(`${loaded.name}: no paragraphs of text to draft from`, exitCodes.unreadable);

	const fallbackName = path.basename(loaded.name).replace(/\.[^.]+$/, '') || 'article';
	const draft = draftArticle(extracted, fallbackName);
	const target = options.out ?? path.join(process.cwd(), 'draft.yaml');
	const schemaPath = schemaPathFrom(path.dirname(path.resolve(target)));
	const {yaml, value} = readBack(draft, draftToYaml(draft, schemaPath, loaded.kind === 'html' && !/^https?:/i.test(loaded.name) ? path.basename(loaded.name) : loaded.name), schemaPath);

	// The checks `validate` runs, on the YAML as it will be read: a draft they would not pass is
	// never written. (The schema holds by construction; the tests run the full loader on drafts.)
	const problems = checkArticle(value as ArticleSource);
	if (problems.length > 0) {
		throw new Error(`the draft failed its own checks: ${problems.slice(0, 3).map((problem) => `${problem.path.join('.')}: ${problem.message}`).join('; ')}`);
	}
	if (options.out !== undefined) {
		try {
			await writeFileAtomic(options.out, yaml);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const reason = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'part of the path is a file, not a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
			throw new CommandError(`press-reader: cannot write ${options.out}: ${reason}`, exitCodes.unreadable);
		}
	} else {
		options.write(yaml);
	}
	options.warn(`${summaryLine(draft.summary)} (${Math.round(performance.now() - started)} ms)`);
	if (options.out !== undefined) options.warn(`wrote ${options.out}; review the "# check:" comments, then: press-reader ${options.out}`);
	return exitCodes.ok;
}

export function summaryLine(summary: DraftSummary): string {
	const quoteParts = [`${summary.confident} attributed with confidence`, `${summary.toCheck} to check`];
	if (summary.leftOut > 0) quoteParts.push(`${summary.leftOut} left out`);
	return (
		`press-reader draft: ${plural(summary.paragraphs, 'paragraph')}, ${plural(summary.sections, 'section')}, ${summary.people} ${summary.people === 1 ? 'person' : 'people'}, ` +
		`${plural(summary.quotes, 'quote')} (${quoteParts.join(', ')}), ${plural(summary.exchanges, 'exchange')}, ${plural(summary.questions, 'question')}` +
		(summary.questionsLeftOut > 0 ? ` (${summary.questionsLeftOut} drafted but left out: they failed a check)` : '')
	);
}

/** The shipped JSON Schema, relative to the folder the draft goes to, for the editor's schema line. */
function schemaPathFrom(folder: string): string {
	let directory = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = path.join(directory, 'schema', 'press-reader.schema.json');
		if (existsSync(candidate)) {
			const relative = path.relative(folder, candidate);
			return relative.split(path.sep).join('/');
		}
		const parent = path.dirname(directory);
		if (parent === directory) return 'press-reader.schema.json';
		directory = parent;
	}
}
