// Lines of styled segments as terminal text, with the theme's colours (chalk, which Ink also uses).
import {Chalk, type ChalkInstance} from 'chalk';
import type {Line} from './line.js';
import type {TextProps, Theme} from './theme.js';

const chalks = new Map<boolean, ChalkInstance>();
/**
 * Without colour the theme asks for none, but bold, italic and inverse still carry meaning (names,
 * reported speech, search matches), so those basic attributes stay on.
 */
function chalkFor(color: boolean): ChalkInstance {
	let instance = chalks.get(color);
	if (instance === undefined) {
		const detected = new Chalk().level;
		chalks.set(color, (instance = new Chalk({level: color ? (Math.max(1, detected) as 1 | 2 | 3) : 1})));
	}
	return instance;
}

function paint(chalk: ChalkInstance, props: TextProps): (text: string) => string {
	let style = chalk;
	const colour = (name: string, background: boolean) => {
		if (name.startsWith('#')) return background ? style.bgHex(name) : style.hex(name);
		const key = background ? `bg${name[0]!.toUpperCase()}${name.slice(1)}` : name;
		return (style as unknown as Record<string, ChalkInstance>)[key] ?? style;
	};
	if (props.color) style = colour(props.color, false);
	if (props.backgroundColor) style = colour(props.backgroundColor, true);
	if (props.bold) style = style.bold;
	if (props.dimColor) style = style.dim;
	if (props.italic) style = style.italic;
	if (props.underline) style = style.underline;
	if (props.inverse) style = style.inverse;
	return (text) => style(text);
}

// Building a chalk chain per segment is the costly part of serialising a frame; there are only
// a few distinct styles, so each is built once.
const painters = new Map<string, (text: string) => string>();
function painter(theme: Theme, props: TextProps): (text: string) => string {
	const key = `${theme.colored}${JSON.stringify(props)}`;
	let paintText = painters.get(key);
	if (paintText === undefined) painters.set(key, (paintText = paint(chalkFor(theme.colored), props)));
	return paintText;
}

export function lineToAnsi(line: Line, theme: Theme): string {
	return line.map((segment) => (segment.style.role === 'text' && !segment.style.hit && !segment.style.dim ? segment.text : painter(theme, theme.props(segment.style))(segment.text))).join('');
}

export function linesToAnsi(lines: Line[], theme: Theme): string[] {
	return lines.map((line) => lineToAnsi(line, theme));
}
