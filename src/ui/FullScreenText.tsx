import {useInsertionEffect} from 'react';
import {linesToAnsi} from '../screen/ansi.js';
import type {Line} from '../screen/line.js';
import {useSurface} from './surface.js';
import {useTheme} from './theme.js';

/**
 * A whole screen of long text composed as lines (the reader, slides, the speaker view, quiz
 * feedback). It hands them to the output stream to draw as they are, instead of through Ink's
 * Output pass, which restyles every character of the frame; Ink is left an empty tree meanwhile.
 */
export function FullScreenText({lines}: {lines: Line[]}) {
	const surface = useSurface();
	const text = linesToAnsi(lines, useTheme());
	// Insertion effects run before Ink writes the commit's frame, so on a switch from an Ink-drawn
	// screen Ink's empty frame is already ignored and never flashes a blank screen.
	useInsertionEffect(() => surface.draw(text));
	useInsertionEffect(() => () => surface.release(), [surface]);
	return null;
}
