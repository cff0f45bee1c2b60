#!/usr/bin/env node
// Entry point: parse arguments, decide between the interactive reader and plain output, and load
// the UI (Ink, React) only when a terminal will actually show it.
// Only the article loader is loaded up front; meow when there are options to parse, and each
// command what it needs.
import {statSync} from 'node:fs';
import {isIP} from 'node:net';
import path from 'node:path';
import type {AnyFlags} from 'meow';
import {CommandError, exitCodes, loadSoundArticle, resolveFile} from './commands/load.js';
import {formatProblem, printable} from './content/locate.js';
import {terminalSize} from './terminal/size.js';
import {cannotCreateIn, isFolder} from './files/directory.js';

const help = `
  Read, stage and quiz a news article in the terminal.

  Usage
    $ press-reader [file]                       read the article (plain text when piped)
    $ press-reader quiz [file]                  take the multiple-choice quiz (printed when piped)
    $ press-reader quiz --answers B,A,… --json  answer without a terminal; print the result as JSON
    $ press-reader present [file]               present to a room: big type, one step at a time
    $ press-reader present --room [file]        …and the audience plays the quiz from their phones
    $ press-reader notes [file]                 the speaker view, in a second terminal beside present
    $ press-reader join ADDRESS [CODE]          play in a room from a terminal (ADDRESS as on the projector)
    $ press-reader validate [file]              check a content file; exit 0 sound, 1 problems, 2 unreadable
    $ press-reader export [file] --format json  the validated article as JSON
    $ press-reader export [file] --format text  the article as plain wrapped text
    $ press-reader export [file] --format markdown|html   a handout: the article, dialogues, quiz and answers
    $ press-reader schema                       the content format's JSON Schema
    $ press-reader draft SOURCE [--out FILE]    draft a content file from a saved page (.html),
                                                a text (.txt, .md, - for stdin) or an http(s) URL

  Without [file], the bundled article (the FT on Johnson and Lavrov, 2017) is used; - reads it
  from standard input.

  Options
    --print             print plain text even in a terminal
    --width N           wrap plain text at N columns (0: do not wrap; default: terminal up to 100, or 80)
    --format FORMAT     what export writes: json, text, markdown or html (default: text)
    --theme dark|light  colours for dark or light terminal backgrounds (default: dark)
    --no-color          no colour (NO_COLOR is honoured too)
    --seed N            quiz: the order of questions and options (same N, same order)
    --answers B,A,…     quiz: one letter per question, in the displayed order for the seed
    --json              quiz --answers: print the result as JSON
    --no-save           quiz: do not record the attempt in the history
    --session NAME      present/notes: pair a presenter and its speaker view (default: the article id)
    --no-quiz           present: leave out the quiz slides at the end
    --room              present: open a room; phones join at the address shown and play the quiz
    --host ADDR         room: the address to listen on (default: every interface)
    --port N            room: the port (default: a free one)
    --timer SECONDS     room: time to answer each question (default: 20)
    --max-players N     room: how many may join (default: 500)
    --results FILE      room: write the results (JSON) to FILE at the end
    --hide-tally        room: keep the answers per option off screen until the reveal, and off the phones
    --name NAME         join: your nickname (asked for when missing; blank for a generated one)
    --out FILE          draft: write the YAML to FILE instead of stdout
    --force             draft: replace FILE if it exists
    --version, --help (or -h)

  In the reader, press ? for every key.
`;

const subcommands = ['validate', 'export', 'schema', 'quiz', 'present', 'notes', 'join', 'draft', '__warm-cache'] as const;
type Subcommand = (typeof subcommands)[number] | 'read';

// The options each command takes; any other given to it is refused, not silently ignored.
const looks = ['theme', 'color'];
const roomOptions = ['room', 'host', 'port', 'timer', 'maxPlayers', 'results', 'hideTally'];
const optionsOf: Record<Subcommand, string[]> = {
	// The reader opens the quiz too (x): its seed and history options apply.
	read: ['print', 'width', 'seed', 'save', ...looks],
	quiz: ['print', 'width', 'seed', 'answers', 'json', 'save', ...looks],
	present: ['print', 'width', 'session', 'quiz', ...roomOptions, ...looks],
	notes: ['print', 'width', 'session', 'quiz', ...looks],
	join: ['name', ...looks],
	validate: [],
	export: ['format', 'width'],
	schema: [],
	draft: ['out', 'force'],
	'__warm-cache': [],
};

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
	out: {type: 'string'},
	force: {type: 'boolean', default: false},
	room: {type: 'boolean', default: false},
	host: {type: 'string'},
	port: {type: 'number'},
	timer: {type: 'number'},
	maxPlayers: {type: 'number'},
	results: {type: 'string'},
	hideTally: {type: 'boolean', default: false},
	name: {type: 'string'},
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
		out?: string;
		force: boolean;
		room: boolean;
		host?: string;
		port?: number;
		timer?: number;
		maxPlayers?: number;
		results?: string;
		hideTally: boolean;
		name?: string;
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
			// The help text starts with the description already.
			description: false,
			// Unknown flags are reported below in one line; meow's own message spans two.
			allowUnknownFlags: true,
			flags: flagSpec as unknown as AnyFlags,
		}) as unknown as Parsed;
	} catch (error) {
		// meow throws for a value outside a flag's choices: name them as the other option errors do.
		const message = (error as Error).message.replace(/`/g, '');
		const bad = /flag --(\w+): (.*)\. Value must be one of/.exec(message);
		const choices = bad === null ? undefined : (flagSpec as Record<string, {choices?: readonly string[]}>)[bad[1]!]?.choices;
		if (bad !== null && choices !== undefined) throw new CommandError(`press-reader: --${bad[1]} takes ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, not "${bad[2]}"`, 2);
		throw new CommandError(`press-reader: ${message}`, 2);
	}
}

async function main(): Promise<number> {
	// "press-reader help" and -h are how many tools are asked; a file named help in this folder still opens.
	const asked = process.argv.slice(2);
	const cli = await parseArguments((asked.length === 1 && asked[0] === 'help' && !exists('help')) || asked.includes('-h') ? ['--help'] : asked);

	const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
	const known = new Set([...Object.keys(flagSpec), 'help', 'version']);
	// The options on the command line itself (meow's flags include every default); after "--" every
	// argument is a file or a word, even one that starts with "-" (meow reads them so too).
	const endOfOptions = asked.indexOf('--');
	const options = endOfOptions === -1 ? asked : asked.slice(0, endOfOptions);
	const given = options
		.filter((argument) => /^--?[a-zA-Z]/.test(argument))
		.map((argument) => argument.replace(/^--?(no-)?/, '').replace(/=.*$/, ''))
		.filter((flag) => !['help', 'version'].includes(flag));
	const unknown = given.filter((flag) => !known.has(flag) && !known.has(camel(flag)));
	if (unknown.length > 0) {
		const name = unknown[0]!;
		throw new CommandError(`press-reader: unknown option ${name.length === 1 ? '-' : '--'}${name} (see press-reader --help)`, 2);
	}
	if (cli.flags.width !== undefined && !(Number.isInteger(cli.flags.width) && cli.flags.width >= 0)) {
		throw new CommandError('press-reader: --width takes a whole number of columns (0: do not wrap)', 2);
	}
	// The shuffle keeps 32 bits of the seed: a larger one would give another seed's order, and past
	// 2^53 it is not even the number typed (99999999999999999999 shows as 100000000000000000000).
	if (cli.flags.seed !== undefined && !(Number.isInteger(cli.flags.seed) && cli.flags.seed >= 0 && cli.flags.seed <= 0xffffffff)) {
		throw new CommandError('press-reader: --seed takes a whole number from 0 to 4294967295', 2);
	}
	const [first, ...rest] = cli.input;
	const command: Subcommand = (subcommands as readonly string[]).includes(first ?? '') ? (first as Subcommand) : 'read';
	const misplaced = given.map(camel).find((flag) => !optionsOf[command].includes(flag));
	if (misplaced !== undefined) {
		const owners = (Object.keys(optionsOf) as Subcommand[]).filter((name) => optionsOf[name].includes(misplaced) && name !== '__warm-cache');
		const option = kebab(misplaced);
		const name = command === 'read' ? 'reading' : command;
		throw new CommandError(`press-reader: --${option} is not an option of ${name}${owners.length > 0 ? ` (it is for ${owners.map((owner) => (owner === 'read' ? 'reading' : owner)).join(', ')})` : ''}`, 2);
	}
	// meow gives an option that takes a value but has none its default, and reads an empty one
	// (--seed=, --width "") as 0: say it is missing instead. A blank --name asks for a generated
	// one, and blank --answers are no answers (src/quiz/script.ts), each with its own message.
	const takesValue = new Set(Object.entries(flagSpec).flatMap(([flag, spec]) => (spec.type === 'boolean' ? [] : [kebab(flag)])));
	const valueless = options
		.map((argument, index) => {
			const option = /^--([a-z-]+)(?:=([^]*))?$/.exec(argument);
			if (option === null || !takesValue.has(option[1]!)) return null;
			const value = option[2] ?? options[index + 1];
			const missing = value === undefined || (option[2] === undefined && /^-(?!\d)/.test(value)) || (value.trim() === '' && option[1] !== 'name' && option[1] !== 'answers');
			return missing ? option[1]! : null;
		})
		.find((name) => name !== null);
	if (valueless !== undefined) throw new CommandError(`press-reader: --${valueless} needs a value (see press-reader --help)`, 2);
	const operands = command === 'read' ? cli.input : rest;
	// A word that is no file here is far more often a mistyped command than a missing article.
	const word = command === 'read' && operands.length === 1 && /^[a-z][a-z-]*$/i.test(operands[0]!) ? operands[0]! : undefined;
	if (word !== undefined && !exists(word)) {
		const near = subcommands.find((name) => !name.startsWith('_') && editDistance(name, word.toLowerCase()) <= 2);
		throw new CommandError(`press-reader: "${word}" is neither a command nor a file${near === undefined ? '' : `; did you mean press-reader ${near}?`} (see press-reader --help)`, 2);
	}
	const roomSettings = command === 'present' ? checkRoomFlags(cli) : undefined;
	if (command === 'join') {
		// join ADDRESS [CODE]: loaded with the room's client, only here.
		if (operands.length === 0 || operands.length > 2) throw new CommandError('press-reader: join takes the room\'s address and, if it is not in the address, its code: press-reader join 10.0.0.5:4242 123456', 2);
		if (!fullScreen()) throw new CommandError(`press-reader: join needs a terminal (stdin and stdout must be a terminal${dumbTerminal() ? ' that can show a full screen, not TERM=dumb' : ''})`, 2);
		const {joinCommand} = await import('./commands/join.js');
		return joinCommand({address: operands[0]!, code: operands[1], name: cli.flags.name, theme: cli.flags.theme as 'dark' | 'light', color: cli.flags.color && !process.env['NO_COLOR']});
	}
	if (operands.length > 1) throw new CommandError(`press-reader: expected at most one file, got ${operands.length}: ${operands.join(' ')}`, 2);
	const file = operands[0];
	const output = {out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text)};
	const warn = (line: string) => process.stderr.write(`${line}\n`);
	const interactive = fullScreen() && !cli.flags.print;
	const appOptions = {
		theme: cli.flags.theme as 'dark' | 'light',
		// no-color.org: NO_COLOR set to anything but the empty string.
		color: cli.flags.color && !process.env['NO_COLOR'],
		seed: cli.flags.seed,
		save: cli.flags.save,
		warn,
	};
	/** The article for reading, presenting or the quiz: a question that fails the grounding checks is left out, and named. */
	const loadForReading = async () => {
		const loaded = await loadSoundArticle(file, {allowQuestionProblems: true});
		for (const problem of loaded.questionProblems) warn(`${formatProblem(problem)} (left out of the quiz)`);
		return loaded.article;
	};
	const articleToText = async (article: Parameters<typeof import('./export/text.js').articleToText>[0]) => (await import('./export/text.js')).articleToText(article, plainWidth);
	const plainWidth = cli.flags.width ?? (process.stdout.isTTY ? Math.min(terminalSize(process.stdout).cols, 100) : 80);

	switch (command) {
		case 'draft': {
			// Lazy: Readability and the DOM load only for a saved page, and only here.
			const {draftCommand} = await import('./commands/draft.js');
			return draftCommand(file, {out: cli.flags.out, force: cli.flags.force, write: output.out, warn});
		}
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
			const article = await loadForReading();
			if (!interactive) {
				output.out(await articleToText(article));
				return exitCodes.ok;
			}
			const {runInteractive} = await import('./commands/interactive.js');
			return runInteractive(article, {...appOptions, page: 'reader'});
		}
		case 'present':
		case 'notes': {
			const article = await loadForReading();
			const options = {...appOptions, session: cli.flags.session, quiz: cli.flags.quiz, room: roomSettings};
			if (roomSettings !== undefined && article.quiz.length === 0) throw new CommandError(`press-reader: ${resolveFile(file)} has no quiz questions for the room to play`, 1);
			if (roomSettings !== undefined && !interactive) throw new CommandError(`press-reader: present --room needs a terminal (stdin and stdout must be a terminal${dumbTerminal() ? ' that can show a full screen, not TERM=dumb' : ''})`, 2);
			const {notesCommand, notesToText, presentCommand} = await import('./commands/present.js');
			if (!interactive) {
				output.out(command === 'notes' ? notesToText(article, cli.flags.quiz, plainWidth) : await articleToText(article));
				return exitCodes.ok;
			}
			return command === 'present' ? presentCommand(article, options) : notesCommand(article, options);
		}
		case 'quiz': {
			if (cli.flags.json && cli.flags.answers === undefined) throw new CommandError('press-reader: --json needs --answers (press-reader quiz --answers B,A,… --json)', 2);
			// A question that fails the grounding checks is never asked; say which and why.
			const article = await loadForReading();
			// Nothing to answer: the printed quiz may say so, the others refuse.
			if (article.quiz.length === 0 && (cli.flags.answers !== undefined || interactive)) throw new CommandError(`press-reader: ${resolveFile(file)} has no quiz questions`, 1);
			if (cli.flags.answers !== undefined || !interactive) {
				// Scripted or printed; the interactive quiz loads neither (nor their zod-checked history) before its first screen.
				const {printQuiz, scriptedQuiz} = await import('./commands/quiz.js');
				if (cli.flags.answers === undefined) return printQuiz(article, cli.flags.seed ?? null, plainWidth, output.out);
				return scriptedQuiz(article, {answers: cli.flags.answers, seed: cli.flags.seed ?? null, json: cli.flags.json, save: cli.flags.save, out: output.out, warn});
			}
			const {runInteractive} = await import('./commands/interactive.js');
			return runInteractive(article, {...appOptions, page: 'quiz'});
		}
	}
}

// A dumb terminal (Emacs' shell, some editors' consoles) cannot move the cursor or switch screens:
// the full-screen UI would be a stream of escape codes there, so it gets plain text, as a pipe does.
const dumbTerminal = () => process.env['TERM'] === 'dumb';
const fullScreen = () => Boolean(process.stdin.isTTY && process.stdout.isTTY) && !dumbTerminal();

const roomFlags = ['host', 'port', 'timer', 'maxPlayers', 'results', 'hideTally'] as const;
const flagName = (name: string) => `--${kebab(name)}`;

/** `present`: the room's options, checked, or undefined without --room. Bad values: one line, exit 2. */
function checkRoomFlags(cli: Parsed): import('./room/presenter.js').PresenterRoomOptions | undefined {
	const {flags} = cli;
	if (flags.name !== undefined) throw new CommandError('press-reader: --name is for press-reader join', 2);
	if (!flags.room) {
		const given = roomFlags.find((name) => flags[name] !== undefined && flags[name] !== false);
		if (given !== undefined) throw new CommandError(`press-reader: ${flagName(given)} needs --room (press-reader present --room ${flagName(given)} …)`, 2);
		return undefined;
	}
	if (!flags.quiz) throw new CommandError('press-reader: --room plays the quiz, so it cannot go with --no-quiz', 2);
	const whole = (value: number | undefined, least: number, most: number) => value === undefined || (Number.isInteger(value) && value >= least && value <= most);
	if (flags.host !== undefined && !(flags.host === 'localhost' || isIP(flags.host.replace(/^\[|\]$/g, '')) !== 0)) {
		throw new CommandError(`press-reader: --host takes an IP address of this machine (or localhost), not "${flags.host}"`, 2);
	}
	if (!whole(flags.port, 0, 65535)) throw new CommandError('press-reader: --port takes a port number from 1 to 65535 (0: any free port)', 2);
	if (!whole(flags.timer, 5, 600)) throw new CommandError('press-reader: --timer takes a whole number of seconds from 5 to 600', 2);
	if (!whole(flags.maxPlayers, 1, 100_000)) throw new CommandError('press-reader: --max-players takes a whole number from 1 to 100000', 2);
	if (flags.results !== undefined) {
		const folder = path.dirname(path.resolve(flags.results));
		if (flags.results === '') throw new CommandError('press-reader: --results takes a file name: --results results.json', 2);
		if (!isFolder(folder)) throw new CommandError(`press-reader: --results ${flags.results}: the folder ${folder} does not exist`, 2);
		if (isFolder(path.resolve(flags.results))) throw new CommandError(`press-reader: --results ${flags.results} is a folder; give a file name`, 2);
		// Found now, not at the podium when the game is over and its results cannot be written.
		const refused = cannotCreateIn(folder);
		if (refused !== null) throw new CommandError(`press-reader: --results ${flags.results}: cannot write in the folder ${folder} (${refused})`, 2);
	}
	// "[::1]" is taken as a URL writes it, and listened on as the address itself.
	const host = flags.host?.replace(/^\[(.*)\]$/, '$1');
	return {host, port: flags.port, timer: flags.timer, maxPlayers: flags.maxPlayers, results: flags.results, hideTally: flags.hideTally};
}

/** An option as it is typed: maxPlayers is --max-players. */
function kebab(flag: string): string {
	return flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function exists(file: string): boolean {
	try {
		statSync(file);
		return true;
	} catch {
		return false;
	}
}

/** Levenshtein distance, for suggesting the command a short mistyped word was meant to be. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}

// A closed pipe (`press-reader | head`) is a normal way for a reader to stop reading. A closed
// terminal (EIO, after SIGHUP) must not turn into a crash while the app saves and exits.
// Any other failure to write (a full disk, ENOSPC) is the output's fault, not press-reader's:
// one line saying so, and the exit code for an I/O error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	if (error.code === 'EIO') return;
	const reason = error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message);
	process.stderr.write(`press-reader: cannot write the output: ${reason}\n`);
	process.exit(74);
});

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof CommandError) {
			// A message may quote a file name or what a server answered: a line break in it would
			// split the line, an escape sequence would act on the terminal. A list of problems is
			// one line each.
			process.stderr.write(`${error.lines.map(printable).join('\n')}\n`);
			process.exitCode = error.exitCode;
			return;
		}
		process.stderr.write(internalError(error));
		process.exitCode = 70;
	},
);

function internalError(error: unknown): string {
	const detail = process.env['PRESS_READER_DEBUG'] ? (error as Error)?.stack : printable((error as Error)?.message ?? String(error));
	return `press-reader: internal error: ${detail} (set PRESS_READER_DEBUG=1 for details)\n`;
}

// A fault outside main's promise (in a key handler, a timer, a socket's event) is one line too,
// never a stack trace over the screen. It is written on the way out, after the terminal session's
// own exit handler has put the main screen back, where it stays readable.
process.on('uncaughtException', (error) => {
	const line = internalError(error);
	process.once('exit', () => process.stderr.write(line));
	process.exit(70);
});
