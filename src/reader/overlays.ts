// The help, contents and cast screens as lines, built from the keymap and the article.
import type {Article} from '../content/model.js';
import {bindingLabel, bindingsFor, type Mode} from './keymap.js';
import {turnsIn} from './document.js';
import {plural, times} from '../text/plural.js';
import {wrapSegments, type Line, type Segment} from './wrap.js';

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
];

export function helpLines(width: number): Line[] {
	const lines: Line[] = [];
	for (const [mode, title] of modeTitles) {
		if (lines.length > 0) lines.push([]);
		lines.push([{text: title, style: {role: 'heading'}}]);
		const bindings = bindingsFor(mode);
		const labelWidth = Math.min(16, Math.max(...bindings.map((binding) => bindingLabel(binding).length)) + 2);
		for (const binding of bindings) {
			const label = bindingLabel(binding).padEnd(labelWidth);
			if (width >= labelWidth + 20) {
				const text = wrapSegments([{text: binding.description, style: {role: 'text'}}], width - labelWidth);
				text.forEach((line, index) => {
					lines.push([{text: index === 0 ? label : ' '.repeat(labelWidth), style: {role: 'key'}}, ...line]);
				});
			} else {
				lines.push([{text: bindingLabel(binding), style: {role: 'key'}}]);
				lines.push(...wrapSegments([{text: binding.description, style: {role: 'text'}}], width, '  '));
			}
		}
	}
	return lines;
}

export function tocLines(article: Article, selected: number, current: number, width: number): Line[] {
	return article.sections.flatMap((section, index) => {
		const turns = turnsIn(section);
		const details = [
			`${section.paragraphs.length} ¶`,
			turns > 0 ? plural(turns, 'turn') : '',
			section.targetMinutes === null ? '' : `${section.targetMinutes} min`,
		].filter(Boolean);
		const text = `${index + 1}. ${section.title}  (${details.join(', ')})`;
		// "●" marks the section being read; the selection is shown inverted.
		return wrapSegments([{text, style: {role: index === selected ? 'selected' : 'text'}}], width, index === current ? '● ' : '  ');
	});
}

export function castLines(article: Article, width: number): Line[] {
	const lines: Line[] = [];
	for (const person of article.people) {
		if (lines.length > 0) lines.push([]);
		const name: Segment = {text: person.name, style: {role: 'label', speaker: person.index}};
		lines.push(...wrapSegments([name], width));
		if (person.role) lines.push(...wrapSegments([{text: person.role, style: {role: 'text'}}], width, '  '));
		const aliases = person.aliases.filter((alias) => alias !== person.name);
		if (aliases.length > 0) {
			lines.push(...wrapSegments([{text: `Called: ${aliases.map((alias) => `“${alias}”`).join(', ')}`, style: {role: 'dim'}}], width, '  '));
		}
		const quoted = article.quotes.filter((quote) => quote.speakerId === person.id).length;
		if (quoted > 0) lines.push(...wrapSegments([{text: `Quoted ${times(quoted)}`, style: {role: 'dim'}}], width, '  '));
	}
	return lines;
}
