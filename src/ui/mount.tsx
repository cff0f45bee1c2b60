// Renders a view with Ink the one way the app does it, in production and in tests alike: keys
// from the key feed (terminal/keyFeed.ts), frames to the output stream (terminal/inkOutput.ts),
// which full-screen text views also draw to, and the theme from context.
import type {ReactElement} from 'react';
import {render, type Instance} from 'ink';
import type {KeyFeed} from '../terminal/keyFeed.js';
import {InkOutputStream} from '../terminal/inkOutput.js';
import type {Theme} from '../screen/theme.js';
import {SurfaceContext} from './surface.js';
import {ThemeContext} from './theme.js';

export interface Mounted {
	instance: Instance;
	output: InkOutputStream;
}

export function mountView(element: ReactElement, {keys, stdout, theme, painted = []}: {keys: KeyFeed; stdout: NodeJS.WriteStream; theme: Theme; painted?: string[]}): Mounted {
	const output = new InkOutputStream(stdout);
	// What is already on screen (painted before Ink loaded), so the first frame writes only differences.
	output.seed(painted);
	const instance = render(
		<SurfaceContext.Provider value={output}>
			<ThemeContext.Provider value={theme}>{element}</ThemeContext.Provider>
		</SurfaceContext.Provider>,
		// At most a frame every 16 ms: a list never waits longer than one frame at 60 Hz to show a move.
		{stdout: output as unknown as NodeJS.WriteStream, stdin: keys as unknown as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
	return {instance, output};
}
