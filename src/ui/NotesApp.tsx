import {useEffect, useReducer, useState} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import type {Viewport} from '../screen/layout.js';
import type {CommandMessage, NotesStatus, StateMessage} from '../present/channel.js';
import {notesReducer, type NotesState} from '../present/notesState.js';
import {notesKey} from '../present/protocol.js';
import {notesScreen} from '../present/screen.js';
import {toKeyPress} from './inputKeys.js';
import {FullScreen} from './FullScreenText.js';
import type {Theme} from '../screen/theme.js';
import {useTerminalSize} from './useTerminalSize.js';

export interface NotesAppProps {
	article: Article;
	theme: Theme;
	viewport: Viewport;
	session: string;
	subscribe: (onState: (state: StateMessage) => void, onStatus: (status: NotesStatus) => void) => () => void;
	send: (command: CommandMessage) => void;
}

/** The speaker view: follows the presenter, and its keys drive the audience screen. */
export function NotesApp({article, theme, viewport, session, subscribe, send}: NotesAppProps) {
	const [state, dispatch] = useReducer(notesReducer, {status: 'waiting', presenter: null} satisfies NotesState);
	const {exit} = useApp();
	const [now, setNow] = useState(Date.now());

	useEffect(() => subscribe((presenter) => dispatch({type: 'state', state: presenter}), (status) => dispatch({type: 'status', status})), [subscribe]);
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, []);
	useInput((input, key) => {
		const outcome = notesKey(toKeyPress(input, key));
		if (outcome === 'quit') exit();
		else if (outcome !== null) send(outcome);
	});

	return <FullScreen lines={notesScreen(article, viewport, session, state, now)} theme={theme} />;
}

export function NotesRoot(props: Omit<NotesAppProps, 'viewport'>) {
	return <NotesApp {...props} viewport={useTerminalSize()} />;
}
