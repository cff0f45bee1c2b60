import React, {type ReactNode} from 'react';
import {Box, Text} from 'ink';
import {progressBar, progressBarWidth} from '../reader/chrome.js';
import type {Segment} from '../reader/wrap.js';
import type {Theme} from './theme.js';

export interface FrameProps {
	cols: number;
	/** Lines the frame may use: the terminal's rows minus one. */
	height: number;
	bodyHeight: number;
	headline: string;
	position: string;
	title: string;
	/** Right of the title: what is hidden above. */
	above: string;
	status: Segment[];
	/** Right of the status: what is hidden below. */
	below: string;
	progress: number;
	hints: string;
	theme: Theme;
	children: ReactNode;
}

/** Header (headline, position; title, what is above), body, footer (status, what is below; progress, keys). */
export function Frame(props: FrameProps) {
	const {cols, theme} = props;
	const barWidth = progressBarWidth(cols);
	return (
		<Box flexDirection="column" width={cols} height={props.height}>
			<Box width={cols}>
				<Box flexGrow={1} flexShrink={1}>
					<Text wrap="truncate-end" dimColor>
						{` ${props.headline}`}
					</Text>
				</Box>
				<Text bold>{` ${props.position} `}</Text>
			</Box>
			<Box width={cols}>
				<Box flexGrow={1} flexShrink={1}>
					<Text wrap="truncate-end" bold color={theme.accent}>
						{` ${props.title}`}
					</Text>
				</Box>
				<Text dimColor>{props.above === '' ? ' ' : ` ${props.above} `}</Text>
			</Box>
			<Box flexDirection="column" height={props.bodyHeight} overflow="hidden">
				{props.children}
			</Box>
			<Box width={cols}>
				<Box flexGrow={1} flexShrink={1}>
					<Text wrap="truncate-end">
						{' '}
						{props.status.map((segment, index) => (
							<Text key={index} {...theme.props(segment.style)}>
								{segment.text}
							</Text>
						))}
					</Text>
				</Box>
				<Text dimColor>{props.below === '' ? ' ' : ` ${props.below} `}</Text>
			</Box>
			<Box width={cols}>
				<Text color={theme.accent}>{` ${progressBar(props.progress, barWidth)} `}</Text>
				<Text wrap="truncate-end" dimColor>
					{props.hints}
				</Text>
			</Box>
		</Box>
	);
}
