// Key hints for the footer, from the keymap: what each screen offers, in display order. On a
// narrow terminal the labels go before any key does, so every key stays discoverable.
import {textWidth} from '../text/width.js';
import {shortLabel, type CommandName, type Mode} from './keymap.js';

/** Commands whose keys to show (joined with "/"), and what they do. */
export type Hint = [CommandName[], string];

const hintsByMode: Record<Mode, Hint[]> = {
	reader: [
		[['next'], 'next'],
		[['previous'], 'back'],
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['toc'], 'contents'],
		[['search'], 'search'],
		[['dialogue'], 'dialogue'],
		[['cast'], 'cast'],
		[['quiz'], 'quiz'],
		[['help'], 'help'],
		[['quit'], 'quit'],
	],
	toc: [
		[['moveSelection'], 'select'],
		[['chooseSelected'], 'go'],
		[['close'], 'close'],
		[['quit'], 'quit'],
	],
	overlay: [
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['pageDown'], 'page'],
		[['close'], 'close'],
		[['quit'], 'quit'],
	],
	search: [
		[['searchCommit'], 'search'],
		[['searchCancel'], 'cancel'],
	],
	quizQuestion: [
		[['moveSelection'], 'move'],
		[['chooseSelected', 'chooseOption'], 'choose'],
		[['toReader'], 'article'],
		[['help'], 'help'],
		[['quit'], 'quit'],
	],
	quizFeedback: [
		[['advance'], 'next'],
		[['readEvidence'], 'read passage'],
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['toReader'], 'article'],
		[['help'], 'help'],
		[['quit'], 'quit'],
	],
	quizEnd: [
		[['moveSelection'], 'move'],
		[['chooseSelected'], 'choose'],
		[['pageDown', 'pageUp'], 'page'],
		[['toReader'], 'article'],
		[['help'], 'help'],
		[['quit'], 'quit'],
	],
	present: [],
	notes: [
		[['next'], 'next'],
		[['previous'], 'back'],
		[['first', 'last'], 'first/last'],
		[['gotoSection'], 'section'],
		[['blank'], 'blank'],
		[['lock'], 'lock room'],
		[['saveResults'], 'results'],
		[['quit'], 'quit'],
	],
	joinPrompt: [
		[['promptSubmit'], 'OK'],
		[['promptErase'], 'erase'],
		[['quit'], 'quit'],
	],
	joinQuestion: [
		[['moveSelection'], 'move'],
		[['chooseSelected', 'chooseOption'], 'answer'],
		[['quit'], 'leave'],
	],
	join: [
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['reconnect'], 'reconnect'],
		[['quit'], 'leave'],
	],
};

/** A hint's keys, "↓/↑" for a pair of directions; the option letters as far as there are options ("a–c"). */
function hintKeys(mode: Mode, commands: CommandName[], optionCount?: number): string {
	if (commands.length === 1 && commands[0] === 'moveSelection') return '↑/↓';
	return commands.map((name) => (name === 'chooseOption' && optionCount !== undefined ? optionKeys(optionCount) : shortLabel(mode, name))).join('/');
}

function optionKeys(count: number): string {
	const last = 'abcd'[Math.min(Math.max(count, 1), 4) - 1]!;
	return last === 'a' ? 'a' : `a–${last}`;
}

/**
 * Key hints that fit in `width`: with labels while they fit, keys alone when they do not.
 * `label` can rename a hint for the moment ("dialogue" → "paragraphs"); `available` leaves out
 * what does nothing now (scrolling a section that fits); `optionCount` shows the option letters
 * there are ("a–c" for three).
 */
export function fitHints(
	mode: Mode,
	width: number,
	{
		available = () => true,
		label = (_command: CommandName, text: string) => text,
		optionCount,
	}: {available?: (command: CommandName) => boolean; label?: (command: CommandName, text: string) => string; optionCount?: number} = {},
): string {
	const hints = hintsByMode[mode].filter(([commands]) => commands.some(available));
	// Labels go first from the end of the list, except help's: it names every other key.
	const order = [...hints.filter(([commands]) => commands.includes('help')), ...hints.filter(([commands]) => !commands.includes('help'))];
	for (let labelled = order.length; labelled >= 0; labelled--) {
		const withLabel = new Set(order.slice(0, labelled));
		const text = hints.map((hint) => (withLabel.has(hint) ? `${hintKeys(mode, hint[0], optionCount)} ${label(hint[0][0]!, hint[1])}` : hintKeys(mode, hint[0], optionCount))).join(withLabel.size > 0 ? '  ' : ' ');
		if (textWidth(text) <= width) return text;
	}
	const bare = hints.map(([commands]) => hintKeys(mode, commands, optionCount)).join(' ');
	return bare.slice(0, Math.max(0, width));
}
