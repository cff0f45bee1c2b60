import type {Key} from 'ink';
import type {KeyPress} from '../keys/keymap.js';

const named: Array<[keyof Key, string]> = [
	['rightArrow', 'right'],
	['leftArrow', 'left'],
	['upArrow', 'up'],
	['downArrow', 'down'],
	['pageDown', 'pagedown'],
	['pageUp', 'pageup'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['escape', 'escape'],
	['backspace', 'backspace'],
	['delete', 'backspace'],
	['tab', 'tab'],
];

/** Ink's view of a key, as the keymap names it. */
export function toKeyPress(input: string, key: Key): KeyPress {
	for (const [flag, name] of named) if (key[flag]) return {name, ctrl: key.ctrl};
	if (key.ctrl) return {name: input.toLowerCase(), ctrl: true};
	if (input === ' ') return {name: 'space', text: ' '};
	return {name: input, text: input};
}
