import {useEffect, useReducer, useState} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import type {Viewport} from '../screen/layout.js';
import type {CommandMessage, NotesStatus, StateMessage} from '../present/channel.js';
import {notesReducer, presentsThisArticle, type NotesState} from '../present/notesState.js';
import {notesKey} from '../present/protocol.js';
import {notesScreen} from '../present/screen.js';
import {toKeyPress} from './inputKeys.js';
import {FullScreenText} from './FullScreenText.js';
import {useTerminalSize} from './useTerminalSize.js';

export interface NotesAppProps {
	article: Article;
	viewport: Viewport;
	session: string;
	subscribe: (onState: (state: StateMessage) => void, onStatus: (status: NotesStatus) => void) => () => void;
	send: (command: CommandMessage) => void;
}

/** The speaker view: follows the presenter, and its keys drive the audience screen. */
export function NotesApp({article, viewport, session, subscribe, send}: NotesAppProps) {
	const [state, dispatch] = useReducer(notesReducer, {status: 'waiting', presenter: null} satisfies NotesState);
	const {exit} = useApp();
	const [now, setNow] = useState(() => Date.now());

	useEffect(() => subscribe((presenter) => dispatch({type: 'state', state: presenter}), (status) => dispatch({type: 'status', status})), [subscribe]);
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, []);
	useInput((input, key) => {
		const outcome = notesKey(toKeyPress(input, key));
		if (outcome === 'quit') exit();
		// A presenter showing another article is warned about, never driven.
		else if (outcome !== null && state.presenter !== null && presentsThisArticle(article, state.presenter)) send(outcome);
	});

	return <FullScreenText lines={notesScreen(article, viewport, session, state, now)} />;
}

export function NotesRoot(props: Omit<NotesAppProps, 'viewport'>) {
	return <NotesApp {...props} viewport={useTerminalSize()} />;
}
