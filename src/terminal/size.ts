import type {Viewport} from '../screen/layout.js';

/** A terminal's size, or the usual 80×24 when it does not say (a pipe, a terminal that reports 0). */
export function terminalSize(stream: {columns?: number; rows?: number}): Viewport {
	return {cols: stream.columns || 80, rows: stream.rows || 24};
}
