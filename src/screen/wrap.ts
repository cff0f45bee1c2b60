// The screen's styled text wrapped into lines (text/wrap.ts does the breaking).
import {wrapRuns} from '../text/wrap.js';
import {sameStyle, type Line, type Segment} from './line.js';

/**
 * Wraps styled text to `width` columns, breaking only where the Unicode line breaking rules allow.
 * `indent` is prefixed to every line (dialogue turns hang under their speaker label).
 */
export function wrapSegments(segments: Segment[], width: number, indent = ''): Line[] {
	return wrapRuns(segments, width, {indent, plain: {role: 'text'}, same: sameStyle});
}
