import React, {useEffect, useReducer, useState} from 'react';
import {Box, Text, useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import {minimumViewport, type Viewport} from '../reader/layout.js';
import {isTooSmall} from '../reader/layout.js';
import {progressBar} from '../reader/chrome.js';
import {presentGeometry, slideFor} from '../present/slide.js';
import {initialPresentState, presentReducer, timing, timingText, type PresentAction, type PresentState} from '../present/state.js';
import type {Step} from '../present/steps.js';
import type {Command} from '../reader/keymap.js';
import {toKeyPress} from './inputKeys.js';
import {Lines, TooSmall} from './ReaderScreen.js';
import type {Theme} from './theme.js';
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
	const geometry = presentGeometry(viewport, current.clock);
	const slide = slideFor(article, steps[current.step]!, geometry);
	const page = Math.min(current.page, slide.pages.length - 1);
	useEffect(() => {
		onChange?.(current, slide.pages.length);
	}, [current.step, page, current.blank, slide.pages.length]);

	if (isTooSmall(viewport)) return <TooSmall cols={viewport.cols} rows={viewport.rows} minimum={minimumViewport} />;
	if (current.blank) return <Box height={viewport.rows - 1} />;
	const lines = slide.pages[page]!;
	const progress = steps.length <= 1 ? 1 : current.step / (steps.length - 1);
	return (
		<Box flexDirection="column" width={viewport.cols} height={viewport.rows - 1}>
			{current.clock ? (
				<Box justifyContent="flex-end" width={viewport.cols}>
					<Text dimColor wrap="truncate-start">{`${timingText(timing(article, steps, current, now), now)} `}</Text>
				</Box>
			) : null}
			<Box flexDirection="column" height={geometry.height}>
				<Lines lines={lines} first={0} theme={theme} indent={0} />
			</Box>
			<Text color={theme.accent} dimColor>
				{progressBar(progress, viewport.cols)}
			</Text>
		</Box>
	);
}

export function PresentRoot(props: Omit<PresentAppProps, 'viewport'>) {
	return <PresentApp {...props} viewport={useTerminalSize()} />;
}
