import {useEffect, useReducer, useRef} from 'react';
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
}

/** The audience screen: no key hints, big titles, one step at a time. */
export function PresentApp({article, steps, viewport, subscribe, onChange}: PresentAppProps) {
	const theme = useTheme();
	const [state, dispatch] = useReducer(
		(current: PresentState, action: PresentAction) => presentReducer(article, steps, current, action),
		undefined,
		() => initialPresentState(article, viewport, Date.now()),
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

	const current = {...state, viewport};
	const pages = slideFor(article, steps[current.step]!, presentGeometry(viewport, current.clock)).pages.length;
	// The speaker view is told what the audience sees: the step, its page, blanking.
	const {step, page, blank} = current;
	const told = useRef('');
	useEffect(() => {
		const seen = `${step} ${page} ${blank} ${pages}`;
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
