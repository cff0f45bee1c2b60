// `present` (the audience screen) and `notes` (the speaker view), and their plain-text fallbacks.
import type {Article} from '../content/model.js';
import {ChannelError, PresenterChannel, sessionName, socketPath} from '../present/channel.js';
import {commandFromMessage} from '../present/protocol.js';
import {presentationSteps} from '../present/steps.js';
import {stepSummary, sectionLabel} from '../present/notes.js';
import type {Command} from '../keys/keymap.js';
import {takeOverTerminal} from '../terminal/session.js';
import {terminalSize} from '../terminal/size.js';
import {paint} from '../terminal/firstPaint.js';
import {notesScreen, presentScreen} from '../present/screen.js';
import {initialPresentState} from '../present/state.js';
import {loadTitles, saveTitles, titleCacheFile} from '../present/titleCache.js';
import {createTheme} from '../screen/theme.js';
import type {ThemeName} from '../screen/theme.js';
import {gamePlayed, questionsPlayed} from '../present/room.js';
import type {PresenterRoom, PresenterRoomOptions} from '../room/presenter.js';
import {wrapText} from '../text/wrap.js';
import {CommandError} from './load.js';
import {importUi} from './importUi.js';

export interface PresentCommandOptions {
	theme: ThemeName;
	color: boolean;
	session: string | undefined;
	quiz: boolean;
	/** `present --room`: the room's options; undefined without a room. */
	room?: PresenterRoomOptions;
	warn?: (line: string) => void;
}

/** Opens the room (loading ws and the QR encoder only now); a room that cannot open is one line naming the address. */
async function openRoomFor(article: Article, options: PresenterRoomOptions): Promise<PresenterRoom> {
	const {openPresenterRoom, RoomError} = await import('../room/presenter.js');
	try {
		return await openPresenterRoom(article, options);
	} catch (error) {
		if (error instanceof RoomError) throw new CommandError(`press-reader: ${error.message}`, 1);
		throw error;
	}
}

/**
 * Closes the room: phones are told, --results is written, and so is the file `w` wrote to, with the
 * latest answers. Results nobody asked to keep are not lost without a word.
 */
async function closeRoom(opened: PresenterRoom, options: PresenterRoomOptions, warn: (line: string) => void) {
	const {room, control} = opened;
	const live = room.snapshot();
	try {
		await room.close();
		if (options.results === undefined && opened.saved()) await room.writeResults(control.link.results.file);
	} catch (error) {
		warn(`press-reader: ${(error as Error).message}`);
		return;
	}
	if (options.results === undefined && !opened.saved() && gamePlayed(live)) {
		warn(
			`press-reader: the room's results were not saved (${live.playerCount} ${live.playerCount === 1 ? 'player' : 'players'}, ${questionsPlayed(live)} of ${live.questionCount} questions played); next time press w on the last slide, or start with --results FILE`,
		);
	}
}

function channelError(error: unknown): never {
	if (error instanceof ChannelError) throw new CommandError(`press-reader: ${error.message}`, 1);
	const code = (error as NodeJS.ErrnoException).code;
	throw new CommandError(`press-reader: cannot open the presenter channel (${code ?? (error as Error).message})`, 1);
}

export async function presentCommand(article: Article, options: PresentCommandOptions): Promise<number> {
	const session = sessionName(options.session ?? article.id);
	let handler: (command: Command) => void = () => {};
	let channel: PresenterChannel;
	try {
		channel = new PresenterChannel(socketPath(session), (message) => handler(commandFromMessage(message)));
		await channel.open();
	} catch (error) {
		channelError(error);
	}
	let opened: PresenterRoom | null = null;
	if (options.room !== undefined) {
		try {
			opened = await openRoomFor(article, options.room);
		} catch (error) {
			channel.close();
			throw error;
		}
	}
	const titles = await titleCacheFile();
	await loadTitles(titles);
	const terminal = takeOverTerminal(process.stdin, process.stdout);
	// A signal ends the talk: the phones are told, and --results is written on the way out.
	if (opened !== null) terminal.onSignal(() => opened.room.close().catch(() => undefined));
	try {
		const steps = presentationSteps(article, {quiz: options.quiz, room: opened !== null});
		const room = opened === null ? null : {link: opened.control.link, live: opened.room.snapshot()};
		const first = presentScreen(article, steps, initialPresentState(article, terminalSize(process.stdout), Date.now(), room), Date.now());
		const painted = paint(first, createTheme(options.theme, options.color), process.stdout, terminal);
		const {runPresent} = await importUi();
		return await runPresent(article, terminal, {
			theme: options.theme,
			color: options.color,
			painted,
			quiz: options.quiz,
			channel,
			room: opened?.control,
			commands: {
				listen: (next) => {
					handler = next;
					return () => {
						handler = () => {};
					};
				},
			},
		});
	} finally {
		channel.close();
		terminal.restore();
		if (opened !== null) await closeRoom(opened, options.room!, options.warn ?? ((line) => process.stderr.write(`${line}\n`)));
		await saveTitles(titles);
	}
}

export async function notesCommand(article: Article, options: PresentCommandOptions): Promise<number> {
	const session = sessionName(options.session ?? article.id);
	let socket: string;
	try {
		socket = socketPath(session);
	} catch (error) {
		channelError(error);
	}
	const terminal = takeOverTerminal(process.stdin, process.stdout);
	try {
		const first = notesScreen(article, terminalSize(process.stdout), session, {status: 'waiting', presenter: null}, Date.now());
		const painted = paint(first, createTheme(options.theme, options.color), process.stdout, terminal);
		const {runNotes} = await importUi();
		return await runNotes(article, terminal, {theme: options.theme, color: options.color, painted, session, socket});
	} finally {
		terminal.restore();
	}
}

/** Without a terminal: the run of steps with each section's notes, for rehearsing or printing, wrapped at `width` (0: not at all). */
export function notesToText(article: Article, quiz: boolean, width = 80): string {
	const steps = presentationSteps(article, {quiz});
	const out: string[] = [];
	let label = '';
	steps.forEach((step, index) => {
		const current = sectionLabel(article, step);
		if (current !== label) {
			label = current;
			const section = article.sections.find((candidate) => current.endsWith(`: ${candidate.title}`));
			out.push('', wrapText(`${current}${section?.targetMinutes ? ` (${section.targetMinutes} min)` : ''}`, width));
			if (section?.notes) out.push(wrapText(section.notes.replace(/\s*\n\s*/g, ' '), width, '  Notes: ', '         '));
		}
		const number = `  ${index + 1}. `;
		out.push(wrapText(stepSummary(article, step), width, number, ' '.repeat(number.length)));
	});
	return `${out.join('\n').trim()}\n`;
}
