// `press-reader join`: the room's game in a terminal. Loaded on its own (ui/run.tsx imports it
// only for join), so the room's screens load with it and with nothing else.
import {useEffect, useReducer, useState} from 'react';
import {useApp, useInput} from 'ink';
import type {RoomClient} from '../room/client.js';
import {joinKeyAction, joinMode, joinReducer, initialJoinState, type JoinState} from '../room/joinState.js';
import {joinListScreen, joinScreen} from '../room/joinScreen.js';
import {screenOf} from '../room/playerView.js';
import type {Viewport} from '../screen/layout.js';
import {FullScreenText} from './FullScreenText.js';
import {toKeyPress} from './inputKeys.js';
import {ListView} from './ListView.js';
import {useTerminalSize} from './useTerminalSize.js';

/** Why joining failed, in a line, and the room's reason when it refused ('name-taken' asks again). */
export interface JoinFailure {
	message: string;
	reason?: string | null;
}

export interface JoinAppProps {
	viewport: Viewport;
	/** The room's address as given, for the screens. */
	address: string;
	code?: string | null;
	/** The nickname from --name; asked for when missing. */
	name?: string | null;
	/** Joins the room (resolves once the room has sent its first screen). */
	connect: (code: string, name: string) => Promise<RoomClient>;
	/** Joining failed for good: the app exits and the command says why once the terminal is back. */
	onFailure: (message: string) => void;
}

/** How often the countdown is redrawn: whole seconds are shown, a fifth of one late at most. */
const countdownMs = 200;

export function JoinApp({viewport, address, code, name, connect, onFailure}: JoinAppProps) {
	const [state, dispatch] = useReducer(joinReducer, undefined, () => initialJoinState({address, code, name, viewport, now: Date.now()}));
	const [client, setClient] = useState<RoomClient | null>(null);
	const {exit} = useApp();

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport]);

	const connecting = state.stage === 'connecting';
	useEffect(() => {
		if (!connecting) return;
		let cancelled = false;
		connect(state.code, state.name ?? '').then(
			(joined) => {
				if (cancelled) joined.close();
				else setClient(joined);
			},
			(error: JoinFailure) => {
				if (cancelled) return;
				// A name someone has already: ask for another; anything else ends here, said in a line.
				if (error.reason === 'name-taken') return dispatch({type: 'refused', problem: error.message});
				onFailure(error.message);
				exit();
			},
		);
		return () => {
			cancelled = true;
		};
		// Connect once each time the prompts are done; the code and name are final by then.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [connecting]);

	useEffect(() => {
		if (client === null) return;
		dispatch({type: 'view', view: client.view(), now: Date.now()});
		return client.on('change', (view) => dispatch({type: 'view', view, now: Date.now()}));
	}, [client]);

	useEffect(() => {
		if (!state.quit) return;
		// q and Ctrl+C leave the room cleanly (the name is freed), then the app ends.
		void (client?.leave() ?? Promise.resolve()).finally(exit);
	}, [state.quit, client, exit]);

	const screen = state.stage === 'playing' ? screenOf(state.view) : null;
	const counting = screen === 'question' || screen === 'locked' || screen === 'next-question';
	useEffect(() => {
		if (!counting) return;
		const timer = setInterval(() => dispatch({type: 'tick', now: Date.now()}), countdownMs);
		return () => clearInterval(timer);
	}, [counting]);

	useInput((input, key) => {
		// Resolved against the screen on show (keys come one render apart: terminal/keyFeed.ts).
		const action = joinKeyAction(state, toKeyPress(input, key), Date.now());
		if (action === null) return;
		if (action.type === 'command' && action.command.name === 'chooseOption') {
			client?.answer(action.command.option);
			return;
		}
		if (action.type === 'command' && action.command.name === 'reconnect') {
			client?.reconnect();
			return;
		}
		dispatch(action);
	});

	const current: JoinState = {...state, viewport};
	const lines = joinScreen(current);
	if (lines !== null || joinMode(current) !== 'joinQuestion') return <FullScreenText lines={lines ?? []} />;
	// A new list for each question, so it starts on the first option.
	return <ListView key={`question ${state.view.snapshot?.question?.index}`} screen={joinListScreen(current)} cols={viewport.cols} onSelect={(option) => client?.answer(option)} />;
}

export function JoinRoot(props: Omit<JoinAppProps, 'viewport'>) {
	return <JoinApp {...props} viewport={useTerminalSize()} />;
}
