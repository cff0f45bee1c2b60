// Key hints for the footer, from the keymap: which commands each screen offers, in display order,
// and which survive on a narrow terminal.
import {textWidth} from '../text/width.js';
import {shortLabel, type CommandName, type Mode} from './keymap.js';

/** Commands whose keys to show, or literal keys for ink-select-input's own, and what they do. */
type Hint = [CommandName[] | string, string];

// Listed in display order; on a narrow terminal the essential ones (keepFirst) survive.
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
		[['scrollDown', 'scrollUp'], 'select'],
		[['choose'], 'go'],
		[['close'], 'close'],
		[['quit'], 'quit'],
	],
	overlay: [
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['close'], 'close'],
		[['quit'], 'quit'],
	],
	search: [
		[['searchCommit'], 'search'],
		[['searchCancel'], 'cancel'],
	],
	quizQuestion: [
		['↑/↓', 'move'],
		[`Enter/1–4/${shortLabel('quizQuestion', 'chooseOption')}`, 'choose'],
		[['toReader'], 'article'],
		[['quit'], 'quit'],
	],
	quizFeedback: [
		[['advance'], 'next'],
		[['readEvidence'], 'read passage'],
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['toReader'], 'article'],
		[['quit'], 'quit'],
	],
	present: [],
	notes: [
		[['next'], 'next'],
		[['previous'], 'back'],
		[['first', 'last'], 'first/last'],
		[['gotoSection'], 'section'],
		[['blank'], 'blank'],
		[['quit'], 'quit'],
	],
	quizEnd: [
		['↑/↓ Enter', 'choose'],
		[['scrollDown', 'scrollUp'], 'scroll'],
		[['toReader'], 'article'],
		[['quit'], 'quit'],
	],
};
const keepFirst: CommandName[] = ['next', 'previous', 'help', 'quit', 'quiz', 'close', 'choose', 'searchCommit', 'searchCancel', 'advance', 'chooseOption'];

function hintText(mode: Mode, [commands, label]: Hint): string {
	const keys = typeof commands === 'string' ? commands : commands.map((name) => shortLabel(mode, name)).join('/');
	return label === '' ? keys : `${keys} ${label}`;
}

/** Key hints that fit in `width`, dropping the least needed first. */
export function fitHints(mode: Mode, width: number): string {
	const hints = hintsByMode[mode];
	const essential = (hint: Hint) => typeof hint[0] === 'string' || hint[0].some((name) => keepFirst.includes(name));
	const chosen = new Set<Hint>();
	let used = 0;
	for (const hint of [...hints.filter(essential), ...hints.filter((hint) => !essential(hint))]) {
		const cost = textWidth(hintText(mode, hint)) + (chosen.size > 0 ? 2 : 0);
		if (used + cost > width) continue;
		chosen.add(hint);
		used += cost;
	}
	return hints.filter((hint) => chosen.has(hint)).map((hint) => hintText(mode, hint)).join('  ');
}
