// The one table from keys to named commands. The input owner resolves keys through it and the
// help screen is generated from it, so the two can never disagree.

export type Mode = 'reader' | 'toc' | 'overlay' | 'search' | 'quizQuestion' | 'quizFeedback' | 'quizEnd' | 'present' | 'notes';

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
	| 'searchErase'
	| 'quiz'
	| 'chooseOption'
	| 'selectOption'
	| 'advance'
	| 'readEvidence'
	| 'toReader'
	| 'blank'
	| 'clock';

export interface Command {
	name: CommandName;
	/** For gotoSection, the 1-based section number; for chooseOption, the option index. */
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
	/** Keys that ink-select-input handles itself: listed for help, never resolved here. */
	handledBySelect?: boolean;
}

const key = (name: string): KeyPress => ({name});
const ctrl = (name: string): KeyPress => ({name, ctrl: true});
const digits = '123456789'.split('').map(key);
const optionLetters = 'abcd'.split('').map(key);

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
	{command: 'quiz', keys: [key('x')], modes: ['reader'], description: 'Take the quiz, or go back to it'},
	{command: 'selectOption', keys: [key('up'), key('k'), key('down'), key('j')], modes: ['quizQuestion', 'quizEnd'], description: 'Move the selection', handledBySelect: true},
	{command: 'selectOption', keys: [key('1'), key('2'), key('3'), key('4')], modes: ['quizQuestion', 'quizEnd'], description: 'Choose by number', handledBySelect: true},
	{command: 'selectOption', keys: [key('return')], modes: ['quizQuestion', 'quizEnd'], description: 'Choose the selected option', handledBySelect: true},
	{command: 'chooseOption', keys: optionLetters, modes: ['quizQuestion'], description: 'Choose option A, B, C or D'},
	{command: 'advance', keys: [key('return'), key('space'), key('right'), key('n')], modes: ['quizFeedback'], description: 'Next question'},
	{command: 'readEvidence', keys: [key('r')], modes: ['quizFeedback'], description: 'Read the cited passage in the article (x or Esc comes back)'},
	{command: 'scrollDown', keys: [key('down'), key('j')], modes: ['quizFeedback'], description: 'Scroll down a line'},
	{command: 'scrollUp', keys: [key('up'), key('k')], modes: ['quizFeedback'], description: 'Scroll up a line'},
	{command: 'scrollDown', keys: [key('pagedown')], modes: ['quizEnd'], description: 'Scroll the missed questions down'},
	{command: 'scrollUp', keys: [key('pageup')], modes: ['quizEnd'], description: 'Scroll the missed questions up'},
	{command: 'toReader', keys: [key('escape')], modes: ['quizQuestion', 'quizFeedback', 'quizEnd'], description: 'Back to the article (x returns to the quiz)'},
	{command: 'help', keys: [key('?')], modes: ['reader', 'overlay'], description: 'This help'},
	{command: 'close', keys: [key('escape')], modes: ['reader', 'toc', 'overlay'], description: 'Close an overlay, or clear the search'},
	{command: 'next', keys: [key('right'), key('space'), key('pagedown'), key('return'), key('l'), key('n')], modes: ['present', 'notes'], description: 'Next step (clickers send PgDn or Enter)'},
	{command: 'previous', keys: [key('left'), key('pageup'), key('backspace'), key('h'), key('p')], modes: ['present', 'notes'], description: 'Previous step (clickers send PgUp or Backspace)'},
	{command: 'first', keys: [key('g'), key('home')], modes: ['present', 'notes'], description: 'First step'},
	{command: 'last', keys: [key('G'), key('end')], modes: ['present', 'notes'], description: 'Last step'},
	{command: 'gotoSection', keys: digits, modes: ['present', 'notes'], description: 'Go to section N (the one after the last: the quiz)'},
	{command: 'blank', keys: [key('b'), key('.')], modes: ['present', 'notes'], description: 'Blank the audience screen; any key brings it back'},
	{command: 'clock', keys: [key('c')], modes: ['present'], description: 'Show or hide the timer and clock'},
	{command: 'quit', keys: [key('q'), ctrl('c')], modes: ['reader', 'toc', 'overlay', 'quizQuestion', 'quizFeedback', 'quizEnd', 'present', 'notes'], description: 'Quit'},
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
		if (binding.handledBySelect) return null;
		if (binding.command === 'gotoSection') return {name: 'gotoSection', number: Number(press.name)};
		if (binding.command === 'chooseOption') return {name: 'chooseOption', number: 'abcd'.indexOf(press.name)};
		return {name: binding.command};
	}
	return null;
}

// The command most often given next in each mode. Its screen is composed ahead of time, while the
// user reads, so the first press does not also pay for compiling the code that draws it.
const forward: Partial<Record<Mode, CommandName>> = {reader: 'next', present: 'next', quizQuestion: 'chooseOption', quizFeedback: 'advance'};

/**
 * Keys for the command most often given next in a mode: its first key, or every key where the key
 * says which (choosing option A, B, C or D leads to a different screen each).
 */
export function forwardKeys(mode: Mode): KeyPress[] {
	const command = forward[mode];
	const binding = keymap.find((candidate) => candidate.command === command && candidate.modes.includes(mode));
	if (binding === undefined) return [];
	return command === 'chooseOption' ? binding.keys : binding.keys.slice(0, 1);
}

/** Whether ink-select-input, mounted in this mode, owns the key. */
export function isSelectKey(mode: Mode, press: KeyPress): boolean {
	return keymap.some((binding) => binding.handledBySelect && binding.modes.includes(mode) && binding.keys.some((candidate) => matches(candidate, press)));
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
	if (binding.command === 'gotoSection' || binding.command === 'chooseOption' || binding.keys.every((press) => /^\d$/.test(press.name))) {
		return `${binding.keys[0]!.name}–${binding.keys.at(-1)!.name}`;
	}
	return binding.keys.map(keyLabel).join(' ');
}

/** The bindings a mode offers, for help and footers. */
export function bindingsFor(mode: Mode): Binding[] {
	return keymap.filter((binding) => binding.modes.includes(mode));
}

/** Shortest label for a command in a mode, for footer hints: "→", "q". */
export function shortLabel(mode: Mode, command: CommandName): string {
	const binding = keymap.find((candidate) => candidate.command === command && candidate.modes.includes(mode));
	return binding === undefined ? '' : ['gotoSection', 'chooseOption'].includes(binding.command) ? bindingLabel(binding) : keyLabel(binding.keys[0]!);
}
