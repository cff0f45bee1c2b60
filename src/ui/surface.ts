// Where whole-screen views draw their finished lines, bypassing Ink's Output pass (see
// frameStream.ts). Absent under ink-testing-library, where the lines go through Ink as text.
import {createContext} from 'react';

export interface FrameSurface {
	/** Puts these lines on screen, rows from the top; Ink's own frames are not drawn meanwhile. */
	draw(lines: string[]): void;
	/** Hands the screen back to Ink's frames. */
	release(): void;
}

export const SurfaceContext = createContext<FrameSurface | null>(null);
