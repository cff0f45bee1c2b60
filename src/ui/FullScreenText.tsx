import {useContext, useInsertionEffect} from 'react';
import {Box, Text} from 'ink';
import {lineWidth, type Line} from '../screen/line.js';
import {linesToAnsi} from '../screen/ansi.js';
import {SurfaceContext} from './surface.js';
import type {Theme} from '../screen/theme.js';

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

/**
 * A whole screen of pre-composed lines. Given a surface, it draws them there directly and leaves
 * Ink an empty tree; without one (ink-testing-library) it is a plain Screen.
 */
export function FullScreen({lines, theme}: {lines: Line[]; theme: Theme}) {
	const surface = useContext(SurfaceContext);
	const text = surface === null ? null : linesToAnsi(lines, theme);
	// Insertion effects run before Ink writes the commit's frame, so on a switch from an Ink-drawn
	// screen Ink's empty frame is already ignored and never flashes a blank screen.
	useInsertionEffect(() => {
		if (surface !== null && text !== null) surface.draw(text);
	});
	useInsertionEffect(() => (surface === null ? undefined : () => surface.release()), [surface]);
	return surface === null ? <Screen lines={lines} theme={theme} /> : null;
}
