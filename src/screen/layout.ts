// How the screen is divided: a header, the body, a footer, every row of the terminal used. Frames
// are written with absolute addressing (terminal/inkOutput.ts), so a frame as tall as the
// terminal never scrolls it.

export interface Viewport {
	cols: number;
	rows: number;
}

export const minimumViewport: Viewport = {cols: 40, rows: 10};

/** Lines above and below the body: headline and section title; status and key hints. */
export const headerLines = 2;
export const footerLines = 2;
/** Comfortable reading measure: wider terminals get margins instead of longer lines. */
export const maxMeasure = 88;

export interface Frame {
	/** Lines of the whole frame: the terminal's rows. */
	height: number;
	bodyHeight: number;
	bodyWidth: number;
	/** Columns left of the body, to centre it. */
	margin: number;
}

export function isTooSmall(viewport: Viewport): boolean {
	return viewport.cols < minimumViewport.cols || viewport.rows < minimumViewport.rows;
}

export function frameFor(viewport: Viewport): Frame {
	const cols = Math.max(viewport.cols, minimumViewport.cols);
	const rows = Math.max(viewport.rows, minimumViewport.rows);
	const bodyWidth = Math.min(maxMeasure, cols - 4);
	return {
		height: rows,
		bodyHeight: rows - headerLines - footerLines,
		bodyWidth,
		margin: Math.floor((cols - bodyWidth) / 2),
	};
}
