#!/usr/bin/env node
// Entry point: parse arguments, decide between the interactive reader and plain output, and load
// the UI (Ink, React) only when a terminal will actually show it.
// Only the article loader is loaded up front; meow when there are options to parse, and each
// command what it needs.
import type {AnyFlags} from 'meow';
import {CommandError, exitCodes, loadSoundArticle, resolveFile} from './commands/load.js';
import {formatProblem} from './content/locate.js';

const help = `
  Read, stage and quiz a news article in the terminal.

  Usage
    $ press-reader [file]                       read the article (plain text when piped)
    $ press-reader quiz [file]                  take the multiple-choice quiz (printed when piped)
    $ press-reader quiz --answers B,A,… --json  answer without a terminal; print the result as JSON
    $ press-reader present [file]               present to a room: big type, one step at a time
    $ press-reader notes [file]                 the speaker view, in a second terminal beside present
    $ press-reader validate [file]              check a content file; exit 0 sound, 1 problems, 2 unreadable
    $ press-reader export [file] --format json  the validated article as JSON
    $ press-reader export [file] --format text  the article as plain wrapped text
    $ press-reader export [file] --format markdown|html   a handout: the article, dialogues, quiz and answers
    $ press-reader schema                       the content format's JSON Schema

  Without [file], the bundled article (the FT on Johnson and Lavrov, 2017) is used; - reads it
  from standard input.

  Options
    --print             print plain text even in a terminal
    --width N           wrap plain text at N columns (0: do not wrap; default: terminal or 80)
    --format FORMAT     what export writes: json, text, markdown or html (default: text)
    --theme dark|light  colours for dark or light terminal backgrounds (default: dark)
    --no-color          no colour (NO_COLOR is honoured too)
    --seed N            quiz: the order of questions and options (same N, same order)
    --answers B,A,…     quiz: one letter per question, in the displayed order for the seed
    --json              quiz --answers: print the result as JSON
    --no-save           quiz: do not record the attempt in the history
    --session NAME      present/notes: pair a presenter and its speaker view (default: the article id)
    --no-quiz           present: leave out the quiz slides at the end
    --version, --help

  In the reader, press ? for every key.
`;

const commands = ['validate', 'export', 'schema', 'quiz', 'present', 'notes', '__warm-cache'] as const;
type Command = (typeof commands)[number] | 'read';

const flagSpec = {
	print: {type: 'boolean', default: false},
	width: {type: 'number'},
	format: {type: 'string', choices: ['json', 'text', 'markdown', 'html'], default: 'text'},
	theme: {type: 'string', choices: ['dark', 'light'], default: 'dark'},
	color: {type: 'boolean', default: true},
	seed: {type: 'number'},
	answers: {type: 'string'},
	json: {type: 'boolean', default: false},
	save: {type: 'boolean', default: true},
	session: {type: 'string'},
	quiz: {type: 'boolean', default: true},
} as const;

interface Parsed {
	input: string[];
	flags: {
		print: boolean;
		width?: number;
		format: string;
		theme: string;
		color: boolean;
		seed?: number;
		answers?: string;
		json: boolean;
		save: boolean;
		session?: string;
		quiz: boolean;
	};
	unnormalizedFlags: Record<string, unknown>;
}

async function parseArguments(argv: string[]): Promise<Parsed> {
	// "press-reader", "press-reader present talk.yaml": no options, nothing to parse. This is how
	// the app is usually started, and loading meow is a third of the start-up on a slow machine.
	if (argv.length <= 2 && argv.every((argument) => argument === '-' || !argument.startsWith('-'))) {
		const defaults = Object.fromEntries(Object.entries(flagSpec).flatMap(([name, spec]) => ('default' in spec ? [[name, spec.default]] : [])));
		return {input: argv, flags: defaults as unknown as Parsed['flags'], unnormalizedFlags: {}};
	}
	const {default: meow} = await import('meow');
	try {
		return meow(help, {
			importMeta: import.meta,
			argv,
			// Unknown flags are reported below in one line; meow's own message spans two.
			allowUnknownFlags: true,
			flags: flagSpec as unknown as AnyFlags,
		}) as unknown as Parsed;
	} catch (error) {
		// meow throws for a value outside a flag's choices.
		throw new CommandError(`press-reader: ${(error as Error).message.replace(/`/g, '')}`, 2);
	}
}

async function main(): Promise<number> {
	const cli = await parseArguments(process.argv.slice(2));

	const known = new Set(['print', 'width', 'format', 'theme', 'color', 'seed', 'answers', 'json', 'save', 'session', 'quiz', 'help', 'version']);
	const unknown = Object.keys(cli.unnormalizedFlags).filter((flag) => !known.has(flag) && !known.has(flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())));
	if (unknown.length > 0) {
		const name = unknown[0]!;
		throw new CommandError(`press-reader: unknown option ${name.length === 1 ? '-' : '--'}${name} (see press-reader --help)`, 2);
	}
	if (cli.flags.width !== undefined && !(Number.isInteger(cli.flags.width) && cli.flags.width >= 0)) {
		throw new CommandError('press-reader: --width takes a whole number of columns (0: do not wrap)', 2);
	}
	if (cli.flags.seed !== undefined && !(Number.isInteger(cli.flags.seed) && cli.flags.seed >= 0)) {
		throw new CommandError('press-reader: --seed takes a whole number (0 or more)', 2);
	}
	const [first, ...rest] = cli.input;
	const command: Command = (commands as readonly string[]).includes(first ?? '') ? (first as Command) : 'read';
	const operands = command === 'read' ? cli.input : rest;
	if (operands.length > 1) throw new CommandError(`press-reader: expected at most one file, got ${operands.length}: ${operands.join(' ')}`, 2);
	const file = operands[0];
	const output = {out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text)};
	const warn = (line: string) => process.stderr.write(`${line}\n`);
	const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !cli.flags.print;
	const appOptions = {
		theme: cli.flags.theme as 'dark' | 'light',
		// no-color.org: NO_COLOR set to anything but the empty string.
		color: cli.flags.color && !process.env['NO_COLOR'],
		seed: cli.flags.seed,
		save: cli.flags.save,
		warn,
	};
	const articleToText = async (article: Parameters<typeof import('./export/text.js').articleToText>[0]) => (await import('./export/text.js')).articleToText(article, plainWidth);
	const plainWidth = cli.flags.width ?? (process.stdout.isTTY ? Math.min(process.stdout.columns || 80, 100) : 80);

	switch (command) {
		case 'validate': {
			const {validateCommand} = await import('./commands/validate.js');
			return validateCommand(file, {...output, progress: process.stderr});
		}
		case '__warm-cache': {
			// Used by the build: the bundled article's checked result, shipped in dist/cache.
			const {warmCache} = await import('./commands/warm-cache.js');
			return warmCache();
		}
		case 'schema': {
			const {articleJsonSchema} = await import('./content/schema.js');
			output.out(`${JSON.stringify(articleJsonSchema(), null, '\t')}\n`);
			return exitCodes.ok;
		}
		case 'export': {
			const {article} = await loadSoundArticle(file);
			const formats = {
				json: async () => `${JSON.stringify((await import('./export/json.js')).articleToJson(article), null, 2)}\n`,
				text: () => articleToText(article),
				markdown: async () => (await import('./export/handout.js')).articleToMarkdown(article),
				html: async () => (await import('./export/handout.js')).articleToHtml(article),
			};
			output.out(await formats[cli.flags.format as keyof typeof formats]());
			return exitCodes.ok;
		}
		case 'read': {
			const {article, questionProblems} = await loadSoundArticle(file, {allowQuestionProblems: true});
			for (const problem of questionProblems) warn(`${formatProblem(problem)} (left out of the quiz)`);
			if (!interactive) {
				output.out(await articleToText(article));
				return exitCodes.ok;
			}
			const {runInteractive} = await import('./commands/interactive.js');
			return runInteractive(article, {...appOptions, screen: 'reader'});
		}
		case 'present':
		case 'notes': {
			const {article, questionProblems} = await loadSoundArticle(file, {allowQuestionProblems: true});
			for (const problem of questionProblems) warn(`${formatProblem(problem)} (left out of the quiz)`);
			const options = {...appOptions, session: cli.flags.session, quiz: cli.flags.quiz};
			const {notesCommand, notesToText, presentCommand} = await import('./commands/present.js');
			if (!interactive) {
				output.out(command === 'notes' ? notesToText(article, cli.flags.quiz) : await articleToText(article));
				return exitCodes.ok;
			}
			return command === 'present' ? presentCommand(article, options) : notesCommand(article, options);
		}
		case 'quiz': {
			// A question that fails the grounding checks is never asked; say which and why.
			const {article, questionProblems} = await loadSoundArticle(file, {allowQuestionProblems: true});
			for (const problem of questionProblems) warn(`${formatProblem(problem)} (left out of the quiz)`);
			if (cli.flags.answers !== undefined || !interactive) {
				// Scripted or printed; the interactive quiz loads neither (nor their zod-checked history) before its first screen.
				const {printQuiz, scriptedQuiz} = await import('./commands/quiz.js');
				if (cli.flags.answers === undefined) return printQuiz(article, cli.flags.seed ?? null, plainWidth, output.out);
				return scriptedQuiz(article, {answers: cli.flags.answers, seed: cli.flags.seed ?? null, json: cli.flags.json, save: cli.flags.save, out: output.out, warn});
			}
			if (article.quiz.length === 0) throw new CommandError(`press-reader: ${resolveFile(file)} has no quiz questions`, 1);
			const {runInteractive} = await import('./commands/interactive.js');
			return runInteractive(article, {...appOptions, screen: 'quiz'});
		}
	}
}

// A closed pipe (`press-reader | head`) is a normal way for a reader to stop reading.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof CommandError) {
			process.stderr.write(`${error.message}\n`);
			process.exitCode = error.exitCode;
			return;
		}
		const detail = process.env['PRESS_READER_DEBUG'] ? (error as Error).stack : (error as Error)?.message ?? String(error);
		process.stderr.write(`press-reader: internal error: ${detail} (set PRESS_READER_DEBUG=1 for details)\n`);
		process.exitCode = 70;
	},
);
