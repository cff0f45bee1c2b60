import React, {useEffect, useReducer, useState} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import {fitHints, hintsWidth} from '../reader/chrome.js';
import {frameFor, isTooSmall, minimumViewport, type Viewport} from '../reader/layout.js';
import {wrapSegments} from '../reader/wrap.js';
import type {CommandMessage, NotesStatus, StateMessage} from '../present/channel.js';
import {notesKey, notesReducer, type NotesState} from '../present/messages.js';
import {notesLines} from '../present/notes.js';
import {timing, timingText} from '../present/state.js';
import {presentationSteps} from '../present/steps.js';
import {Frame} from './Frame.js';
import {toKeyPress} from './inputKeys.js';
import {Lines, TooSmall} from './ReaderScreen.js';
import type {Theme} from './theme.js';
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

	if (isTooSmall(viewport)) return <TooSmall cols={viewport.cols} rows={viewport.rows} minimum={minimumViewport} />;
	const frame = frameFor(viewport);
	const {presenter} = state;
	const steps = presentationSteps(article, {quiz: presenter?.quiz ?? true});
	const matches = presenter !== null && presenter.articleId === article.id && presenter.steps === steps.length && presenter.step < steps.length;
	let body;
	let status = '';
	if (presenter === null) {
		body = wrapSegments([{text: `Waiting for the presenter: run "press-reader present" (session ${session}) in another terminal.`, style: {role: 'marker'}}], frame.bodyWidth);
	} else if (!matches) {
		body = wrapSegments([{text: `The presenter on session ${session} shows another article (${presenter.articleId}). Open the same file in both.`, style: {role: 'marker'}}], frame.bodyWidth);
	} else {
		body = notesLines(article, steps, presenter.step, presenter, frame.bodyWidth, frame.bodyHeight);
		status = `${presenter.blank ? 'Audience screen blank · ' : ''}${timingText(timing(article, steps, presenter, now), now)}`;
	}
	const overTarget = matches && isOver(timing(article, steps, presenter!, now));
	return (
		<Frame
			cols={viewport.cols}
			height={frame.height}
			bodyHeight={frame.bodyHeight}
			headline={article.headline}
			position={matches ? `step ${presenter!.step + 1}/${steps.length}` : state.status}
			title={`Speaker view · session ${session}`}
			above=""
			status={[{text: status, style: {role: overTarget ? 'marker' : 'dim'}}]}
			below=""
			progress={matches && steps.length > 1 ? presenter!.step / (steps.length - 1) : 0}
			hints={fitHints('notes', hintsWidth(viewport.cols))}
			theme={theme}
		>
			<Lines lines={body.slice(0, frame.bodyHeight)} first={0} theme={theme} indent={frame.margin} />
		</Frame>
	);
}

function isOver(value: ReturnType<typeof timing>): boolean {
	return (value.sectionTarget !== null && value.sectionElapsed > value.sectionTarget) || (value.talkTarget !== null && value.talkElapsed > value.talkTarget);
}

export function NotesRoot(props: Omit<NotesAppProps, 'viewport'>) {
	return <NotesApp {...props} viewport={useTerminalSize()} />;
}
