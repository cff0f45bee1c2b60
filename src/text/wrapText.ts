import {wrapSegments} from '../screen/wrap.js';
import {lineText} from '../screen/line.js';

/**
 * Plain prose wrapped to `width` columns between words (0: not at all), the first line prefixed
 * with `first` and the others with `rest`, for hanging indents ("12. " then "    ").
 */
export function wrapText(text: string, width: number, first = '', rest = first): string {
	if (width <= 0) return first + text;
	const room = Math.max(1, width - Math.max(first.length, rest.length));
	return wrapSegments([{text, style: {role: 'text'}}], room)
		.map((line, index) => (index === 0 ? first : rest) + lineText(line))
		.join('\n');
}
