// Paints the first screen before Ink and React have loaded, so the article is on screen while they
// do. The output stream is then seeded with what was painted, and Ink's first frame writes only
// the differences.
import {linesToAnsi} from '../screen/ansi.js';
import type {Line} from '../screen/line.js';
import type {Theme} from '../screen/theme.js';
import type {TerminalSession} from './session.js';

/**
 * Writes the lines at the top of the (already cleared) screen, and again if the terminal asks for
 * it before the UI takes over; returns them as written, a list emptied if the
 * terminal is resized before the UI takes it.
 */
export function paint(lines: Line[], theme: Theme, out: NodeJS.WriteStream, terminal: TerminalSession): string[] {
	const text = linesToAnsi(lines, theme);
	const draw = () => out.write(`\x1b[H${text.join('\n')}`);
	draw();
	// Drawn again on a cleared screen (after a suspend, or a resize that ended where it began).
	terminal.onRedraw(() => out.write(`\x1b[2J\x1b[H${text.join('\n')}`));
	// A resize before the UI takes over leaves on screen what the terminal made of these lines
	// (reflowed, cut), not the lines: the UI is then handed none, and starts from a cleared screen.
	const painted = [...text];
	out.once('resize', () => {
		painted.length = 0;
	});
	return painted;
}
