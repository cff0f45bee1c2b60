import {useEffect, useReducer, useRef} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import type {Viewport} from '../screen/layout.js';
import {forwardKeys, type Command} from '../keys/keymap.js';
import {roomCommandsFor, type RoomControl} from '../present/room.js';
import {presentScreen} from '../present/screen.js';
import {initialPresentState, pageCount, presentReducer, type PresentAction, type PresentState} from '../present/state.js';
import type {Step} from '../present/steps.js';
import {linesToAnsi} from '../screen/ansi.js';
import {toKeyPress} from './inputKeys.js';
import {FullScreenText} from './FullScreenText.js';
import {useRehearsal} from './surface.js';
import {useTheme} from './theme.js';
import {useTerminalSize} from './useTerminalSize.js';

export interface PresentAppProps {
	article: Article;
	steps: readonly Step[];
	viewport: Viewport;
	/** Commands from the speaker view. */
	subscribe?: (onCommand: (command: Command) => void) => () => void;
	/** Told every state the audience sees, with the page count of the step. */
	onChange?: (state: PresentState, pages: number) => void;
	/** `present --room`: the room the quiz is played in. */
	room?: RoomControl;
}

/** How often a question's countdown is redrawn: whole seconds are shown, a fifth of one late at most. */
const countdownMs = 200;

/** The audience screen: no key hints, big titles, one step at a time. */
export function PresentApp({article, steps, viewport, subscribe, onChange, room}: PresentAppProps) {
	const theme = useTheme();
	const [state, dispatch] = useReducer(
		(current: PresentState, action: PresentAction) => presentReducer(article, steps, current, action),
		undefined,
		() => initialPresentState(article, viewport, Date.now(), room === undefined ? null : {link: room.link, live: room.snapshot()}),
	);
	const {exit} = useApp();

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport]);
	useInput((input, key) => dispatch({type: 'key', press: toKeyPress(input, key), now: Date.now()}));
	useEffect(() => subscribe?.((command) => dispatch({type: 'command', command, now: Date.now()})), [subscribe]);
	useEffect(() => {
		if (!state.clock) return;
		dispatch({type: 'tick', now: Date.now()});
		const timer = setInterval(() => dispatch({type: 'tick', now: Date.now()}), 1000);
		return () => clearInterval(timer);
	}, [state.clock]);
	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	// The room follows the talk: each step asks it to open, close, rank or end, or gives the phones
	// the step's words; its snapshot comes back at once, then as answers arrive.
	useEffect(() => room?.subscribe((snapshot) => dispatch({type: 'room', snapshot, now: Date.now()})), [room]);
	useEffect(() => {
		if (room === undefined) return;
		for (const command of roomCommandsFor(article, steps[state.step]!, room.snapshot())) room.apply(command);
		dispatch({type: 'room', snapshot: room.snapshot(), now: Date.now()});
	}, [room, article, steps, state.step]);
	const locked = state.room?.locked ?? false;
	useEffect(() => {
		if (room === undefined || room.snapshot().locked === locked) return;
		room.apply({type: 'lock', locked});
		dispatch({type: 'room', snapshot: room.snapshot(), now: Date.now()});
	}, [room, locked]);
	const saveRequests = state.room?.saveRequests ?? 0;
	useEffect(() => {
		if (saveRequests > 0) room?.saveResults();
	}, [room, saveRequests]);
	const counting = state.room?.live.phase === 'question';
	useEffect(() => {
		if (!counting) return;
		const timer = setInterval(() => dispatch({type: 'tick', now: Date.now()}), countdownMs);
		return () => clearInterval(timer);
	}, [counting]);

	const current = {...state, viewport};
	const pages = pageCount(article, steps, current);
	// The speaker view is told what the audience sees: the step, its page, blanking.
	const {step, page, blank} = current;
	const live = current.room?.live;
	const told = useRef('');
	useEffect(() => {
		// The room's counts and players too, for the speaker view; a new snapshot comes at most ~10 times a second.
		const seen = `${step} ${page} ${blank} ${pages} ${live === undefined ? '' : JSON.stringify([live.phase, live.question, live.answered, live.expected, live.counts, live.locked, live.players.slice(0, 40), live.playerCount, live.connectedCount, live.results])}`;
		if (told.current === seen) return;
		told.current = seen;
		onChange?.(current, pages);
	});

	// Composing the next step's slide also lays it out into the slide cache before it is asked for.
	useRehearsal(
		() =>
			forwardKeys('present').map((press) => {
				const next = presentReducer(article, steps, current, {type: 'key', press, now: current.now});
				return linesToAnsi(presentScreen(article, steps, next, next.now), theme);
			}),
		`${current.step} ${current.page} ${viewport.cols}x${viewport.rows} ${current.clock}`,
	);

	return <FullScreenText lines={presentScreen(article, steps, current, current.now)} />;
}

export function PresentRoot(props: Omit<PresentAppProps, 'viewport'>) {
	return <PresentApp {...props} viewport={useTerminalSize()} />;
}
