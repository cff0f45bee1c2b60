import React, {useEffect, useReducer} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import {isTooSmall, minimumViewport, type Viewport} from '../reader/layout.js';
import {initialReaderState, readerReducer} from '../reader/state.js';
import {ReaderScreen, TooSmall} from './ReaderScreen.js';
import type {Theme} from './theme.js';
import {toKeyPress} from './inputKeys.js';
import {useTerminalSize} from './useTerminalSize.js';

interface Props {
	article: Article;
	theme: Theme;
	viewport: Viewport;
}

/** The reader's single input owner: every key goes through the keymap in the reducer. */
export function ReaderApp({article, theme, viewport}: Props) {
	const [state, dispatch] = useReducer(
		(current: ReturnType<typeof initialReaderState>, action: Parameters<typeof readerReducer>[2]) => readerReducer(article, current, action),
		viewport,
		initialReaderState,
	);
	const {exit} = useApp();

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport.cols, viewport.rows]);

	useInput((input, key) => {
		dispatch({type: 'key', press: toKeyPress(input, key)});
	});

	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	if (isTooSmall(viewport)) return <TooSmall cols={viewport.cols} rows={viewport.rows} minimum={minimumViewport} />;
	// Draw at the newest size at once; the resize action re-clamps scrolling right after.
	return <ReaderScreen article={article} state={{...state, viewport}} theme={theme} />;
}

/** The reader at the terminal's own size. */
export function ReaderRoot({article, theme}: Omit<Props, 'viewport'>) {
	return <ReaderApp article={article} theme={theme} viewport={useTerminalSize()} />;
}
