// Paints the first screen before Ink and React have loaded, so the article is on screen while they
// do. The output stream is then seeded with what was painted, and Ink's first frame writes only
// the differences.
import {linesToAnsi} from '../screen/ansi.js';
import type {Line} from '../screen/line.js';
import type {Theme} from '../screen/theme.js';
import type {TerminalSession} from './session.js';

/**
 * Writes the lines at the top of the (already cleared) screen, and again if the program is
 * suspended and resumed before the UI takes over; returns them as written.
 */
export function paint(lines: Line[], theme: Theme, out: NodeJS.WriteStream, terminal: TerminalSession): string[] {
	const text = linesToAnsi(lines, theme);
	const draw = () => out.write(`\x1b[H${text.join('\n')}`);
	draw();
	terminal.onResume(draw);
	return text;
}
