// Loaded lazily by the CLI, only when a terminal will show the UI.
import type {ReactElement} from 'react';
import {render} from 'ink';
import type {Article} from '../content/model.js';
import type {AppState, Screen} from '../app/state.js';
import {stateMessage} from '../present/protocol.js';
import {NotesChannel, PresenterChannel, type CommandMessage, type NotesStatus, type StateMessage} from '../present/channel.js';
import {presentationSteps} from '../present/steps.js';
import type {Best} from '../quiz/lines.js';
import type {QuizState} from '../quiz/session.js';
import type {Command} from '../keys/keymap.js';
import {AppRoot} from './App.js';
import {NotesRoot} from './NotesApp.js';
import {PresentRoot} from './PresentApp.js';
import type {TerminalSession} from '../terminal/session.js';
import {createTheme, type ThemeName} from '../screen/theme.js';
import {FrameStream} from '../terminal/inkOutput.js';
import {SurfaceContext} from './surface.js';

export interface Look {
	theme: ThemeName;
	color: boolean;
	/** The first screen as painted before the UI loaded (see prepaint.ts). */
	painted: string[];
}

/** Renders until the user quits; a signal unmounts first, then the terminal session puts it back. */
async function mount(element: ReactElement, terminal: TerminalSession, painted: string[], cleanup: () => void = () => {}): Promise<number> {
	const stream = new FrameStream(process.stdout);
	stream.seed(painted);
	const instance = render(<SurfaceContext.Provider value={stream}>{element}</SurfaceContext.Provider>, {stdout: stream as unknown as NodeJS.WriteStream, exitOnCtrlC: false, patchConsole: false});
	terminal.onSignal(() => {
		instance.unmount();
		cleanup();
	});
	try {
		await instance.waitUntilExit();
		return 0;
	} finally {
		cleanup();
		stream.detach();
		terminal.restore();
	}
}

export interface RunOptions extends Look {
	screen: Screen;
	seed?: number;
	best?: Best | null;
	onRoundEnd?: (quiz: QuizState) => void;
	onQuit?: (state: AppState) => void;
}

export function runApp(article: Article, terminal: TerminalSession, options: RunOptions): Promise<number> {
	const {theme, color, painted, ...props} = options;
	return mount(<AppRoot article={article} theme={createTheme(theme, color)} {...props} />, terminal, painted);
}

export interface PresentOptions extends Look {
	quiz: boolean;
	channel: PresenterChannel;
	/** Where commands from the speaker view arrive; wired to the channel by the caller. */
	commands: {listen: (handler: (command: Command) => void) => () => void};
}

export function runPresent(article: Article, terminal: TerminalSession, options: PresentOptions): Promise<number> {
	const steps = presentationSteps(article, {quiz: options.quiz});
	return mount(
		<PresentRoot
			article={article}
			steps={steps}
			theme={createTheme(options.theme, options.color)}
			subscribe={options.commands.listen}
			onChange={(state, pages) => options.channel.publish(stateMessage(article, state, steps.length, options.quiz, pages))}
		/>,
		terminal,
		options.painted,
		() => options.channel.close(),
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
	return mount(
		<NotesRoot article={article} theme={createTheme(options.theme, options.color)} session={options.session} subscribe={subscribe} send={(command: CommandMessage) => channel.send(command)} />,
		terminal,
		options.painted,
		() => channel.close(),
	);
}
