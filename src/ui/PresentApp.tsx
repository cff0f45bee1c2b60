import {useEffect, useReducer, useState} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import type {Viewport} from '../screen/layout.js';
import {forwardKeys, type Command} from '../keys/keymap.js';
import {presentScreen} from '../present/screen.js';
import {presentGeometry, slideFor} from '../present/slide.js';
import {initialPresentState, presentReducer, type PresentAction, type PresentState} from '../present/state.js';
import type {Step} from '../present/steps.js';
import {linesToAnsi} from '../screen/ansi.js';
import {toKeyPress} from './inputKeys.js';
import {FullScreen} from './FullScreenText.js';
import {useRehearsal} from './surface.js';
import type {Theme} from '../screen/theme.js';
import {useTerminalSize} from './useTerminalSize.js';

export interface PresentAppProps {
	article: Article;
	steps: readonly Step[];
	theme: Theme;
	viewport: Viewport;
	/** Commands from the speaker view. */
	subscribe?: (onCommand: (command: Command) => void) => () => void;
	/** Told every state the audience sees, with the page count of the step. */
	onChange?: (state: PresentState, pages: number) => void;
}

/** The audience screen: no key hints, big titles, one step at a time. */
export function PresentApp({article, steps, theme, viewport, subscribe, onChange}: PresentAppProps) {
	const [state, dispatch] = useReducer(
		(current: PresentState, action: PresentAction) => presentReducer(article, steps, current, action),
		undefined,
		() => initialPresentState(article, viewport, Date.now()),
	);
	const {exit} = useApp();
	const [now, setNow] = useState(Date.now());

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport.cols, viewport.rows]);
	useInput((input, key) => dispatch({type: 'key', press: toKeyPress(input, key), now: Date.now()}));
	useEffect(() => subscribe?.((command) => dispatch({type: 'command', command, now: Date.now()})), [subscribe]);
	useEffect(() => {
		if (!state.clock) return;
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, [state.clock]);
	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit]);

	const current = {...state, viewport};
	const pages = slideFor(article, steps[current.step]!, presentGeometry(viewport, current.clock)).pages.length;
	useEffect(() => {
		onChange?.(current, pages);
	}, [current.step, current.page, current.blank, pages]);

	// Composing the next step's slide also lays it out into the slide cache before it is asked for.
	useRehearsal(
		() =>
			forwardKeys('present').map((press) => {
				const next = presentReducer(article, steps, current, {type: 'key', press, now: Date.now()});
				return linesToAnsi(presentScreen(article, steps, next, Date.now()), theme);
			}),
		[current.step, current.page, viewport.cols, viewport.rows, current.clock],
	);

	return <FullScreen lines={presentScreen(article, steps, current, now)} theme={theme} />;
}

export function PresentRoot(props: Omit<PresentAppProps, 'viewport'>) {
	return <PresentApp {...props} viewport={useTerminalSize()} />;
}
