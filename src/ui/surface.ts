// Where whole-screen views draw their finished lines, bypassing Ink's Output pass (see
// frameStream.ts). Absent under ink-testing-library, where the lines go through Ink as text.
import {createContext, useContext, useEffect} from 'react';

export interface FrameSurface {
	/** Puts these lines on screen, rows from the top; Ink's own frames are not drawn meanwhile. */
	draw(lines: string[]): void;
	/** Hands the screen back to Ink's frames. */
	release(): void;
	/** Goes through drawing these lines without writing anything or changing what is on screen. */
	rehearse(lines: string[]): void;
}

export const SurfaceContext = createContext<FrameSurface | null>(null);

/**
 * Once the screen is drawn and the user is reading, composes the screens the likely next keys would
 * show and goes through drawing them. V8 compiles functions on their first call, which made the
 * first key after start 2-3 ms slower than later ones; this moves that cost off the key, and fills
 * the caches (slides, quiz feedback) the next screen is made from.
 */
export function useRehearsal(compose: () => string[][], deps: unknown[]) {
	const surface = useContext(SurfaceContext);
	useEffect(() => {
		if (surface === null) return;
		const timer = setTimeout(() => {
			try {
				for (const lines of compose()) surface.rehearse(lines);
			} catch {
				// Work done ahead of time only saves time: if it fails, the key does it for real.
			}
		}, 0);
		return () => clearTimeout(timer);
	}, [surface, ...deps]);
}
