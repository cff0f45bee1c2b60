import React from 'react';
import {Box, Text} from 'ink';
import type {Article} from '../content/model.js';
import {progressBar, readerChrome} from '../reader/chrome.js';
import {frameFor} from '../reader/layout.js';
import {documentFor, overlayLines, type ReaderState} from '../reader/state.js';
import type {Line} from '../reader/wrap.js';
import {StyledLine} from './StyledLine.js';
import type {Theme} from './theme.js';

interface Props {
	article: Article;
	state: ReaderState;
	theme: Theme;
}

/** The whole reader frame: sizes come from state.viewport, never from the terminal. */
export function ReaderScreen({article, state, theme}: Props) {
	const frame = frameFor(state.viewport);
	const {cols} = state.viewport;
	const document = documentFor(article, state);
	const lines: Line[] = state.overlay === null ? document.lines : overlayLines(article, state);
	const scroll = state.overlay === null ? state.scroll : state.overlayScroll;
	const visible = lines.slice(scroll, scroll + frame.bodyHeight);
	const chrome = readerChrome(article, state, document, lines.length);
	const barWidth = Math.min(16, Math.max(6, Math.floor(cols / 6)));
	const dim = {dimColor: true} as const;

	return (
		<Box flexDirection="column" width={cols} height={frame.height}>
			<Box width={cols}>
				<Box flexGrow={1} flexShrink={1}>
					<Text wrap="truncate-end" {...dim}>
						{` ${chrome.headline}`}
					</Text>
				</Box>
				<Text bold>{` ${chrome.position} `}</Text>
			</Box>
			<Box width={cols}>
				<Box flexGrow={1} flexShrink={1}>
					<Text wrap="truncate-end" bold color={theme.accent}>
						{` ${chrome.title}`}
					</Text>
				</Box>
				<Text {...dim}>{chrome.above > 0 ? ` ↑ ${chrome.above} more above ` : ' '}</Text>
			</Box>
			<Box flexDirection="column" height={frame.bodyHeight}>
				{visible.map((line, index) => (
					<StyledLine key={scroll + index} line={line} theme={theme} indent={frame.margin} />
				))}
			</Box>
			<Box width={cols}>
				<Box flexGrow={1} flexShrink={1}>
					<Text wrap="truncate-end">
						{' '}
						{chrome.status.map((segment, index) => (
							<Text key={index} {...theme.props(segment.style)}>
								{segment.text}
							</Text>
						))}
					</Text>
				</Box>
				<Text {...dim}>{chrome.below > 0 ? ` ↓ ${chrome.below} more below ` : ' '}</Text>
			</Box>
			<Box width={cols}>
				<Text color={theme.accent}>{` ${progressBar(chrome.progress, barWidth)} `}</Text>
				<Text wrap="truncate-end" {...dim}>
					{chrome.hints}
				</Text>
			</Box>
		</Box>
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
