// Where <FullScreenText> draws its finished lines: the output stream Ink renders to
// (terminal/inkOutput.ts), which also takes whole screens directly.
import {createContext, useContext, useEffect, useRef} from 'react';

export interface FrameSurface {
	/** Puts these lines on screen, rows from the top; Ink's own frames are not drawn meanwhile. */
	draw(lines: string[]): void;
	/** Hands the screen back to Ink's frames. */
	release(): void;
	/** Goes through drawing these lines without writing anything or changing what is on screen. */
	rehearse(lines: string[]): void;
}

export const SurfaceContext = createContext<FrameSurface | null>(null);

export function useSurface(): FrameSurface {
	const surface = useContext(SurfaceContext);
	if (surface === null) throw new Error('FullScreenText needs the output stream: mount views with ui/mount.tsx');
	return surface;
}

/**
 * Once the screen is drawn and the user is reading, composes the screens the likely next keys would
 * show and goes through drawing them. V8 compiles functions on their first call, which made the
 * first key after start 2-3 ms slower than later ones; this moves that cost off the key, and fills
 * the caches (slides, quiz feedback) the next screen is made from.
 */
export function useRehearsal(compose: () => string[][], key: string) {
	const surface = useSurface();
	// The newest composition is used, but the work is redone only when `key` (what is on screen) changes.
	const latest = useRef(compose);
	useEffect(() => {
		latest.current = compose;
	});
	useEffect(() => {
		const timer = setTimeout(() => {
			try {
				for (const lines of latest.current()) surface.rehearse(lines);
			} catch {
				// Work done ahead of time only saves time: if it fails, the key does it for real.
			}
		}, 0);
		return () => clearTimeout(timer);
	}, [surface, key]);
}
