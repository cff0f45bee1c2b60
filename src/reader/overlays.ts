// The help and cast screens as lines, built from the keymap and the article.
import type {Article} from '../content/model.js';
import {bindingLabel, bindingsFor, type Mode} from '../keys/keymap.js';
import {wrapSegments} from '../screen/wrap.js';
import {appendLines, type Line, type Segment} from '../screen/line.js';
import {times} from '../text/plural.js';

const modeTitles: Array<[Mode, string]> = [
	['reader', 'Reading'],
	['toc', 'Table of contents'],
	['search', 'Typing a search'],
	['overlay', 'Help and cast screens'],
	['quizQuestion', 'Quiz: a question'],
	['quizFeedback', 'Quiz: after an answer'],
	['quizEnd', 'Quiz: the end'],
	['present', 'Presenting (press-reader present)'],
	['notes', 'Speaker view (press-reader notes)'],
	['joinPrompt', 'Joining a room: typing the code or a nickname (press-reader join)'],
	['joinQuestion', 'In a room: a question'],
	['join', 'In a room'],
];

/** The line of the help on which a screen's keys begin (its heading), for opening the help there. */
export function helpLineOf(mode: Mode, width: number): number {
	const title = modeTitles.find(([candidate]) => candidate === mode)?.[1];
	return Math.max(0, helpLines(width).findIndex((line) => line.length === 1 && line[0]!.text === title));
}

export function helpLines(width: number): Line[] {
	const lines: Line[] = [];
	for (const [mode, title] of modeTitles) {
		if (lines.length > 0) lines.push([]);
		lines.push([{text: title, style: {role: 'heading'}}]);
		const bindings = bindingsFor(mode);
		const labelWidth = Math.min(16, Math.max(...bindings.map((binding) => bindingLabel(binding).length)) + 2);
		for (const binding of bindings) {
			const label = bindingLabel(binding).padEnd(labelWidth);
			// A label longer than the column (six keys for "next step") gets a line of its own.
			if (width >= labelWidth + 20 && bindingLabel(binding).length < labelWidth) {
				const text = wrapSegments([{text: binding.description, style: {role: 'text'}}], width - labelWidth);
				text.forEach((line, index) => {
					lines.push([{text: index === 0 ? label : ' '.repeat(labelWidth), style: {role: 'key'}}, ...line]);
				});
			} else {
				lines.push([{text: bindingLabel(binding), style: {role: 'key'}}]);
				appendLines(lines, wrapSegments([{text: binding.description, style: {role: 'text'}}], width, '  '));
			}
		}
	}
	return lines;
}

export function castLines(article: Article, width: number): Line[] {
	const quotesBy = new Map<string, number>();
	for (const quote of article.quotes) if (quote.speakerId !== null) quotesBy.set(quote.speakerId, (quotesBy.get(quote.speakerId) ?? 0) + 1);
	const lines: Line[] = [];
	for (const person of article.people) {
		if (lines.length > 0) lines.push([]);
		const name: Segment = {text: person.name, style: {role: 'label', speaker: person.index}};
		appendLines(lines, wrapSegments([name], width));
		if (person.role) appendLines(lines, wrapSegments([{text: person.role, style: {role: 'text'}}], width, '  '));
		const aliases = person.aliases.filter((alias) => alias !== person.name);
		if (aliases.length > 0) {
			appendLines(lines, wrapSegments([{text: `Called: ${aliases.map((alias) => `“${alias}”`).join(', ')}`, style: {role: 'dim'}}], width, '  '));
		}
		const quoted = quotesBy.get(person.id) ?? 0;
		if (quoted > 0) appendLines(lines, wrapSegments([{text: `Quoted ${times(quoted)}`, style: {role: 'dim'}}], width, '  '));
	}
	return lines;
}
