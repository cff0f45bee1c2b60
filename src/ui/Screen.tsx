import {Box, Text} from 'ink';
import {lineWidth, type Line} from '../reader/wrap.js';
import {linesToAnsi} from './ansi.js';
import type {Theme} from './theme.js';

/** Pre-composed lines as one text node: the layout is done, Ink only has to draw it. */
export function Screen({lines, theme}: {lines: Line[]; theme: Theme}) {
	const text = linesToAnsi(lines, theme);
	// As wide as the widest line, so Ink never re-wraps what was already laid out.
	const width = Math.max(1, ...lines.map(lineWidth));
	return (
		<Box width={width} flexShrink={0}>
			<Text>{text.join('\n')}</Text>
		</Box>
	);
}
