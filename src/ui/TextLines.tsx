import {Box, Text} from 'ink';
import type {Line} from '../screen/line.js';
import {useTheme} from './theme.js';

/** Composed lines laid out by Ink, one <Text> each, styled by the theme; never re-wrapped. */
export function TextLines({lines}: {lines: Line[]}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" flexShrink={0}>
			{lines.map((line, row) => (
				<Text key={row} wrap="truncate-end">
					{line.length === 0
						? ' '
						: line.map((segment, index) => (
								<Text key={index} {...theme.props(segment.style)}>
									{segment.text}
								</Text>
							))}
				</Text>
			))}
		</Box>
	);
}
