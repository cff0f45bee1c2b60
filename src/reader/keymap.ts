// The one table from keys to named commands. The input owner resolves keys through it and the
// help screen is generated from it, so the two can never disagree.

export type Mode = 'reader' | 'toc' | 'overlay' | 'search';

export type CommandName =
	| 'next'
	| 'previous'
	| 'scrollDown'
	| 'scrollUp'
	| 'first'
	| 'last'
	| 'gotoSection'
	| 'toc'
	| 'search'
	| 'nextMatch'
	| 'previousMatch'
	| 'dialogue'
	| 'cast'
	| 'help'
	| 'close'
	| 'quit'
	| 'choose'
	| 'searchCommit'
	| 'searchCancel'
	| 'searchErase';

export interface Command {
	name: CommandName;
	/** For gotoSection: the 1-based section number. */
	number?: number;
}

/** A key as the input owner reports it: a named key ("right", "pagedown") or the character typed. */
export interface KeyPress {
	name: string;
	ctrl?: boolean;
	/** The printable text typed (or pasted), for search input; absent for named keys. */
	text?: string;
}

export interface Binding {
	command: CommandName;
	keys: KeyPress[];
	modes: Mode[];
	description: string;
}

const key = (name: string): KeyPress => ({name});
const ctrl = (name: string): KeyPress => ({name, ctrl: true});
const digits = '123456789'.split('').map(key);

export const keymap: Binding[] = [
	{command: 'next', keys: [key('right'), key('l'), key('space'), key('pagedown')], modes: ['reader'], description: 'Next step: reveal the next turn, then the next section'},
	{command: 'previous', keys: [key('left'), key('h'), key('b'), key('pageup')], modes: ['reader'], description: 'Previous step: hide the last turn, then the previous section'},
	{command: 'scrollDown', keys: [key('down'), key('j')], modes: ['reader', 'overlay'], description: 'Scroll down a line'},
	{command: 'scrollUp', keys: [key('up'), key('k')], modes: ['reader', 'overlay'], description: 'Scroll up a line'},
	{command: 'first', keys: [key('g'), key('home')], modes: ['reader'], description: 'First section'},
	{command: 'last', keys: [key('G'), key('end')], modes: ['reader'], description: 'Last section'},
	{command: 'gotoSection', keys: digits, modes: ['reader', 'toc'], description: 'Go to section N'},
	{command: 'dialogue', keys: [key('d')], modes: ['reader'], description: 'Switch between dialogue and paragraphs'},
	{command: 'toc', keys: [key('t')], modes: ['reader', 'toc'], description: 'Table of contents'},
	{command: 'scrollDown', keys: [key('down'), key('j')], modes: ['toc'], description: 'Select the next section'},
	{command: 'scrollUp', keys: [key('up'), key('k')], modes: ['toc'], description: 'Select the previous section'},
	{command: 'choose', keys: [key('return')], modes: ['toc'], description: 'Go to the selected section'},
	{command: 'search', keys: [key('/')], modes: ['reader'], description: 'Search the article'},
	{command: 'nextMatch', keys: [key('n')], modes: ['reader'], description: 'Next match'},
	{command: 'previousMatch', keys: [key('N')], modes: ['reader'], description: 'Previous match'},
	{command: 'searchCommit', keys: [key('return')], modes: ['search'], description: 'Search for what you typed'},
	{command: 'searchErase', keys: [key('backspace')], modes: ['search'], description: 'Erase a character'},
	{command: 'searchCancel', keys: [key('escape')], modes: ['search'], description: 'Cancel the search'},
	{command: 'cast', keys: [key('p')], modes: ['reader', 'overlay'], description: 'Cast: the people in the article'},
	{command: 'help', keys: [key('?')], modes: ['reader', 'overlay'], description: 'This help'},
	{command: 'close', keys: [key('escape')], modes: ['reader', 'toc', 'overlay'], description: 'Close an overlay, or clear the search'},
	{command: 'quit', keys: [key('q'), ctrl('c')], modes: ['reader', 'toc', 'overlay'], description: 'Quit'},
	{command: 'quit', keys: [ctrl('c')], modes: ['search'], description: 'Quit'},
];

function matches(binding: KeyPress, press: KeyPress): boolean {
	return binding.name === press.name && Boolean(binding.ctrl) === Boolean(press.ctrl);
}

/** The command a key means in a mode, or null: unknown keys do nothing. */
export function commandFor(mode: Mode, press: KeyPress): Command | null {
	for (const binding of keymap) {
		if (!binding.modes.includes(mode)) continue;
		if (!binding.keys.some((candidate) => matches(candidate, press))) continue;
		return binding.command === 'gotoSection' ? {name: 'gotoSection', number: Number(press.name)} : {name: binding.command};
	}
	return null;
}

const keyLabels: Record<string, string> = {
	right: '→',
	left: '←',
	up: '↑',
	down: '↓',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	space: 'Space',
	backspace: 'Backspace',
};

export function keyLabel(press: KeyPress): string {
	const name = keyLabels[press.name] ?? press.name;
	return press.ctrl ? `Ctrl+${name.toUpperCase()}` : name;
}

/** "→ l Space PgDn", with runs of digits shown as "1–9". */
export function bindingLabel(binding: Binding): string {
	if (binding.command === 'gotoSection') return `${binding.keys[0]!.name}–${binding.keys.at(-1)!.name}`;
	return binding.keys.map(keyLabel).join(' ');
}

/** The bindings a mode offers, for help and footers. */
export function bindingsFor(mode: Mode): Binding[] {
	return keymap.filter((binding) => binding.modes.includes(mode));
}

/** Shortest label for a command in a mode, for footer hints: "→", "q". */
export function shortLabel(mode: Mode, command: CommandName): string {
	const binding = keymap.find((candidate) => candidate.command === command && candidate.modes.includes(mode));
	return binding === undefined ? '' : binding.command === 'gotoSection' ? bindingLabel(binding) : keyLabel(binding.keys[0]!);
}
