import React from 'react';
import {Box, Text} from 'ink';
import type {Article} from '../content/model.js';
import {readerChrome} from '../reader/chrome.js';
import {frameFor} from '../reader/layout.js';
import {documentFor, overlayLines, type ReaderState} from '../reader/state.js';
import type {Line} from '../reader/wrap.js';
import {StyledLine} from './StyledLine.js';
import {Frame} from './Frame.js';
import type {Theme} from './theme.js';

interface Props {
	article: Article;
	state: ReaderState;
	theme: Theme;
	/** Showing a passage the quiz cited. */
	visiting?: boolean;
}

/** The whole reader frame: sizes come from state.viewport, never from the terminal. */
export function ReaderScreen({article, state, theme, visiting = false}: Props) {
	const frame = frameFor(state.viewport);
	const {cols} = state.viewport;
	const document = documentFor(article, state);
	const lines: Line[] = state.overlay === null ? document.lines : overlayLines(article, state);
	const scroll = state.overlay === null ? state.scroll : state.overlayScroll;
	const visible = lines.slice(scroll, scroll + frame.bodyHeight);
	const chrome = readerChrome(article, state, document, lines.length, visiting);
	return (
		<Frame
			cols={cols}
			height={frame.height}
			bodyHeight={frame.bodyHeight}
			headline={chrome.headline}
			position={chrome.position}
			title={chrome.title}
			above={chrome.above > 0 ? `↑ ${chrome.above} more above` : ''}
			status={chrome.status}
			below={chrome.below > 0 ? `↓ ${chrome.below} more below` : ''}
			progress={chrome.progress}
			hints={chrome.hints}
			theme={theme}
		>
			<Lines lines={visible} first={scroll} theme={theme} indent={frame.margin} />
		</Frame>
	);
}

export function Lines({lines, first, theme, indent}: {lines: Line[]; first: number; theme: Theme; indent: number}) {
	return (
		<>
			{lines.map((line, index) => (
				<StyledLine key={first + index} line={line} theme={theme} indent={indent} />
			))}
		</>
	);
}

export function TooSmall({cols, rows, minimum}: {cols: number; rows: number; minimum: {cols: number; rows: number}}) {
	// Short lines, wrapped rather than cut, and never more of them than the terminal can show.
	const message = `Terminal too small (${cols}×${rows}). press-reader needs ${minimum.cols}×${minimum.rows}: enlarge the window, or press q to quit.`;
	return (
		<Box width={cols} height={Math.max(1, rows - 1)} overflow="hidden">
			<Text wrap="wrap">{message}</Text>
		</Box>
	);
}
