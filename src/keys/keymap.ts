// The one table from keys to named commands. The input owner resolves keys through it, and the
// help screen and the footer hints are generated from it, so they can never disagree. While a
// list is on screen, ink-select-input acts on the list's own keys; they are in the table too,
// marked `list`, so that help shows them, and the input owner leaves them to the list.

export type Mode = 'reader' | 'toc' | 'overlay' | 'search' | 'quizQuestion' | 'quizFeedback' | 'quizEnd' | 'present' | 'notes' | 'joinPrompt' | 'joinQuestion' | 'join';

/** Commands that carry nothing but their name. */
export type PlainCommandName =
	| 'next'
	| 'previous'
	| 'scrollDown'
	| 'scrollUp'
	| 'pageDown'
	| 'pageUp'
	| 'first'
	| 'last'
	| 'toc'
	| 'search'
	| 'nextMatch'
	| 'previousMatch'
	| 'dialogue'
	| 'cast'
	| 'help'
	| 'close'
	| 'quit'
	| 'searchCommit'
	| 'searchCancel'
	| 'searchErase'
	| 'quiz'
	| 'advance'
	| 'readEvidence'
	| 'toReader'
	| 'blank'
	| 'clock'
	| 'lock'
	| 'saveResults'
	| 'promptSubmit'
	| 'promptErase'
	| 'reconnect';

/** Commands of the list on screen, carried out by ink-select-input itself. */
export type ListCommandName = 'moveSelection' | 'chooseSelected' | 'chooseByNumber';

export type CommandName = PlainCommandName | ListCommandName | 'gotoSection' | 'chooseOption';

export type Command =
	| {name: PlainCommandName}
	/** Section index, from 0 (the key "1" is section index 0). */
	| {name: 'gotoSection'; section: number}
	/** Option index, from 0 ("a" is 0). */
	| {name: 'chooseOption'; option: number};

/** A key as the input owner reports it: a named key ("right", "pagedown") or the character typed. */
export interface KeyPress {
	name: string;
	ctrl?: boolean;
	/** The printable text typed, for search input; absent for named keys. */
	text?: string;
}

export interface Binding {
	command: CommandName;
	keys: KeyPress[];
	modes: Mode[];
	description: string;
	/** ink-select-input acts on these keys while its list is on screen: listed for help, never resolved here. */
	list?: true;
}

const key = (name: string): KeyPress => ({name});
const ctrl = (name: string): KeyPress => ({name, ctrl: true});
const digits = '123456789'.split('').map(key);
const optionLetters = 'abcd'.split('').map(key);
const listModes: Mode[] = ['toc', 'quizQuestion', 'quizEnd', 'joinQuestion'];

export const keymap: Binding[] = [
	{command: 'next', keys: [key('right'), key('l'), key('space'), key('pagedown')], modes: ['reader'], description: 'Next: the rest of a long section a page at a time, then the next turn, then the next section'},
	{command: 'previous', keys: [key('left'), key('h'), key('b'), key('pageup')], modes: ['reader'], description: 'Back: a page up, then hide the last turn, then the previous section'},
	{command: 'scrollDown', keys: [key('down'), key('j')], modes: ['reader', 'overlay', 'quizFeedback', 'join'], description: 'Scroll down a line'},
	{command: 'scrollUp', keys: [key('up'), key('k')], modes: ['reader', 'overlay', 'quizFeedback', 'join'], description: 'Scroll up a line'},
	{command: 'pageDown', keys: [key('space'), key('pagedown')], modes: ['overlay', 'quizEnd', 'join'], description: 'Page down'},
	{command: 'pageUp', keys: [key('pageup'), key('b')], modes: ['overlay', 'quizEnd', 'join'], description: 'Page up'},
	{command: 'first', keys: [key('g'), key('home')], modes: ['reader'], description: 'First section'},
	{command: 'last', keys: [key('G'), key('end')], modes: ['reader'], description: 'Last section'},
	{command: 'first', keys: [key('home')], modes: ['overlay', 'quizEnd'], description: 'Top'},
	{command: 'last', keys: [key('end')], modes: ['overlay', 'quizEnd'], description: 'Bottom'},
	{command: 'gotoSection', keys: digits, modes: ['reader'], description: 'Go to section N'},
	{command: 'dialogue', keys: [key('d')], modes: ['reader'], description: 'Switch between dialogue and paragraphs'},
	{command: 'toc', keys: [key('t')], modes: ['reader', 'toc'], description: 'Table of contents'},
	{command: 'moveSelection', keys: [key('down'), key('j'), key('up'), key('k')], modes: listModes, description: 'Move the selection', list: true},
	{command: 'chooseByNumber', keys: digits, modes: ['toc', 'quizEnd'], description: 'Choose the Nth entry shown', list: true},
	{command: 'chooseByNumber', keys: digits.slice(0, 4), modes: ['quizQuestion', 'joinQuestion'], description: 'Choose the Nth option shown', list: true},
	{command: 'chooseSelected', keys: [key('return')], modes: listModes, description: 'Choose the selected entry', list: true},
	{command: 'search', keys: [key('/')], modes: ['reader'], description: 'Search the article'},
	{command: 'nextMatch', keys: [key('n')], modes: ['reader'], description: 'Next match'},
	{command: 'previousMatch', keys: [key('N')], modes: ['reader'], description: 'Previous match'},
	{command: 'searchCommit', keys: [key('return')], modes: ['search'], description: 'Search for what you typed'},
	{command: 'searchErase', keys: [key('backspace')], modes: ['search'], description: 'Erase a character'},
	{command: 'searchCancel', keys: [key('escape')], modes: ['search'], description: 'Cancel the search'},
	{command: 'cast', keys: [key('p')], modes: ['reader', 'overlay'], description: 'Cast: the people in the article'},
	{command: 'quiz', keys: [key('x')], modes: ['reader'], description: 'Take the quiz, or go back to it'},
	{command: 'chooseOption', keys: optionLetters, modes: ['quizQuestion', 'joinQuestion'], description: 'Choose option A, B, C or D'},
	{command: 'advance', keys: [key('return'), key('space'), key('right'), key('n')], modes: ['quizFeedback'], description: 'Next question'},
	{command: 'readEvidence', keys: [key('r')], modes: ['quizFeedback'], description: 'Read the cited passage in the article (x or Esc comes back)'},
	{command: 'toReader', keys: [key('escape')], modes: ['quizQuestion', 'quizFeedback', 'quizEnd'], description: 'Back to the article (x returns to the quiz)'},
	{command: 'help', keys: [key('?')], modes: ['reader', 'overlay', 'quizQuestion', 'quizFeedback', 'quizEnd'], description: 'This help'},
	{command: 'close', keys: [key('escape')], modes: ['reader', 'toc', 'overlay'], description: 'Close an overlay, or clear the search'},
	{command: 'next', keys: [key('right'), key('space'), key('pagedown'), key('return'), key('l'), key('n')], modes: ['present', 'notes'], description: 'Next step (clickers send PgDn or Enter)'},
	{command: 'previous', keys: [key('left'), key('pageup'), key('backspace'), key('h'), key('p')], modes: ['present', 'notes'], description: 'Previous step (clickers send PgUp or Backspace)'},
	{command: 'first', keys: [key('g'), key('home')], modes: ['present', 'notes'], description: 'First step'},
	{command: 'last', keys: [key('G'), key('end')], modes: ['present', 'notes'], description: 'Last step'},
	{command: 'gotoSection', keys: digits, modes: ['present', 'notes'], description: 'Go to section N (the one after the last: the quiz)'},
	{command: 'blank', keys: [key('b'), key('.')], modes: ['present', 'notes'], description: 'Blank the audience screen; any key brings it back'},
	{command: 'clock', keys: [key('c')], modes: ['present'], description: 'Show or hide the timer and clock'},
	{command: 'lock', keys: [key('L')], modes: ['present', 'notes'], description: 'Lock the room (nobody else can join), or unlock it (present --room)'},
	{command: 'saveResults', keys: [key('w')], modes: ['present', 'notes'], description: 'Write the room’s results to a file in this folder (present --room without --results)'},
	{command: 'promptSubmit', keys: [key('return')], modes: ['joinPrompt'], description: 'Enter what you typed (a blank nickname gets a generated one)'},
	{command: 'promptErase', keys: [key('backspace')], modes: ['joinPrompt'], description: 'Erase a character'},
	{command: 'reconnect', keys: [key('r')], modes: ['join', 'joinQuestion'], description: 'Reconnect now, when the connection to the room has dropped'},
	// Each screen's help says what q does there: a reader has no room to leave.
	{command: 'quit', keys: [key('q'), ctrl('c')], modes: ['reader', 'toc', 'overlay', 'quizQuestion', 'quizFeedback', 'quizEnd', 'notes'], description: 'Quit'},
	{command: 'quit', keys: [key('q'), ctrl('c')], modes: ['present'], description: 'Quit (with --room: close the room)'},
	{command: 'quit', keys: [key('q'), ctrl('c')], modes: ['joinQuestion', 'join'], description: 'Leave the room'},
	{command: 'quit', keys: [ctrl('c'), key('escape')], modes: ['joinPrompt'], description: 'Quit'},
	{command: 'quit', keys: [ctrl('c')], modes: ['search'], description: 'Quit'},
];

function matches(binding: KeyPress, press: KeyPress): boolean {
	return binding.name === press.name && Boolean(binding.ctrl) === Boolean(press.ctrl);
}

function bindingFor(mode: Mode, press: KeyPress): Binding | undefined {
	return keymap.find((binding) => binding.modes.includes(mode) && binding.keys.some((candidate) => matches(candidate, press)));
}

/** The command a key means in a mode, or null: unknown keys, and keys the list on screen takes, do nothing here. */
export function commandFor(mode: Mode, press: KeyPress): Command | null {
	const binding = bindingFor(mode, press);
	if (binding === undefined || binding.list) return null;
	if (binding.command === 'gotoSection') return {name: 'gotoSection', section: Number(press.name) - 1};
	if (binding.command === 'chooseOption') return {name: 'chooseOption', option: 'abcd'.indexOf(press.name)};
	return {name: binding.command as PlainCommandName};
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

/** "→ l Space PgDn", with runs of digits or letters shown as "1–9", "a–d". */
export function bindingLabel(binding: Binding): string {
	const names = binding.keys.map((press) => press.name);
	if (names.length > 2 && (names.every((name) => /^\d$/.test(name)) || names.every((name) => /^[a-z]$/.test(name)))) {
		const consecutive = names.every((name, index) => index === 0 || name.charCodeAt(0) === names[index - 1]!.charCodeAt(0) + 1);
		if (consecutive) return `${names[0]}–${names.at(-1)}`;
	}
	return binding.keys.map(keyLabel).join(' ');
}

/** The bindings a mode offers, for help and footers. */
export function bindingsFor(mode: Mode): Binding[] {
	return keymap.filter((binding) => binding.modes.includes(mode));
}

/** Shortest label for a command in a mode, for footer hints: "→", "q", "a–d". */
export function shortLabel(mode: Mode, command: CommandName): string {
	const binding = keymap.find((candidate) => candidate.command === command && candidate.modes.includes(mode));
	if (binding === undefined) return '';
	return binding.keys.length > 2 && bindingLabel(binding).includes('–') ? bindingLabel(binding) : keyLabel(binding.keys[0]!);
}
