// Loaded lazily by the CLI, only when a terminal will show the UI.
import type {ReactElement} from 'react';
import type {Article} from '../content/model.js';
import type {AppPage, AppState} from '../app/state.js';
import {stateMessage} from '../present/protocol.js';
import {NotesChannel, PresenterChannel, type CommandMessage, type NotesStatus, type StateMessage} from '../present/channel.js';
import {presentationSteps} from '../present/steps.js';
import type {Best} from '../quiz/lines.js';
import type {QuizState} from '../quiz/session.js';
import type {Command} from '../keys/keymap.js';
import type {RoomControl} from '../present/room.js';
import type {TerminalSession} from '../terminal/session.js';
import {createTheme, type ThemeName} from '../screen/theme.js';
import {AppRoot} from './App.js';
import {mountView} from './mount.js';
import {NotesRoot} from './NotesApp.js';
import {PresentRoot} from './PresentApp.js';

export interface Look {
	theme: ThemeName;
	color: boolean;
	/** The first screen as painted before the UI loaded (terminal/firstPaint.ts). */
	painted: string[];
}

interface Hooks {
	/** Work to finish if a signal ends the program (awaited, within the terminal session's limit). */
	onSignal?: () => void | Promise<void>;
	/** Closes what the view opened, however it ends. */
	cleanup?: () => void;
}

/** Renders until the user quits; a signal first lets `onSignal` finish, then unmounts. */
async function run(element: ReactElement, terminal: TerminalSession, look: Look, {onSignal, cleanup = () => {}}: Hooks = {}): Promise<number> {
	const {instance, output} = mountView(element, {keys: terminal.keys, stdout: process.stdout, theme: createTheme(look.theme, look.color), painted: look.painted});
	terminal.onRedraw(() => output.repaint());
	terminal.onSignal(async () => {
		await onSignal?.();
		instance.unmount();
		cleanup();
	});
	try {
		await instance.waitUntilExit();
		return 0;
	} finally {
		cleanup();
		output.detach();
		terminal.restore();
	}
}

export interface RunOptions extends Look {
	page: AppPage;
	seed?: number;
	best?: Best | null;
	onRoundEnd?: (quiz: QuizState) => void;
	/** The user quit: may record the round in progress. */
	onQuit?: (state: AppState) => void;
	/** A signal is ending the program: records the round in progress, awaited (within limits) before exiting. */
	onInterrupt?: (state: AppState) => Promise<void>;
	/** Warnings (about the quiz history) for the status line: those so far, then each as it arises. */
	onWarning?: (listener: (line: string) => void) => () => void;
}

export function runApp(article: Article, terminal: TerminalSession, options: RunOptions): Promise<number> {
	const {page, seed, best, onRoundEnd, onQuit, onInterrupt, onWarning} = options;
	let last: AppState | null = null;
	return run(
		<AppRoot
			article={article}
			page={page}
			seed={seed}
			best={best}
			onRoundEnd={onRoundEnd}
			onQuit={onQuit}
			onState={(state) => {
				last = state;
			}}
			subscribeNotices={onWarning}
		/>,
		terminal,
		options,
		{onSignal: () => (last === null ? undefined : onInterrupt?.(last))},
	);
}

export interface PresentOptions extends Look {
	quiz: boolean;
	channel: PresenterChannel;
	/** Where commands from the speaker view arrive; wired to the channel by the caller. */
	commands: {listen: (handler: (command: Command) => void) => () => void};
	/** `present --room`: the room, opened by the caller, which also closes it. */
	room?: RoomControl;
}

export function runPresent(article: Article, terminal: TerminalSession, options: PresentOptions): Promise<number> {
	const steps = presentationSteps(article, {quiz: options.quiz, room: options.room !== undefined});
	return run(
		<PresentRoot
			article={article}
			steps={steps}
			room={options.room}
			subscribe={options.commands.listen}
			onChange={(state, pages) => options.channel.publish(stateMessage(article, state, steps.length, options.quiz, pages))}
		/>,
		terminal,
		options,
		{cleanup: () => options.channel.close()},
	);
}

export interface NotesOptions extends Look {
	session: string;
	socket: string;
}

export function runNotes(article: Article, terminal: TerminalSession, options: NotesOptions): Promise<number> {
	const listeners: {state: (state: StateMessage) => void; status: (status: NotesStatus) => void} = {state: () => {}, status: () => {}};
	const channel = new NotesChannel(options.socket, {onState: (state) => listeners.state(state), onStatus: (status) => listeners.status(status)});
	const subscribe = (onState: typeof listeners.state, onStatus: typeof listeners.status) => {
		listeners.state = onState;
		listeners.status = onStatus;
		channel.open();
		return () => channel.close();
	};
	return run(<NotesRoot article={article} session={options.session} subscribe={subscribe} send={(command: CommandMessage) => channel.send(command)} />, terminal, options, {cleanup: () => channel.close()});
}

export interface JoinRunOptions extends Look {
	props: Omit<import('./JoinApp.js').JoinAppProps, 'viewport'>;
	/** A signal is ending the program: leave the room first. */
	onSignal: () => Promise<void>;
}

/** `press-reader join`: its view loads here, on its own, with the room's screens. */
export async function runJoin(terminal: TerminalSession, options: JoinRunOptions): Promise<number> {
	const {JoinRoot} = await import('./JoinApp.js');
	return run(<JoinRoot {...options.props} />, terminal, options, {onSignal: options.onSignal});
}
