import {useEffect, useState} from 'react';
import {useStdout} from 'ink';
import type {Viewport} from '../screen/layout.js';
import {terminalSize} from '../terminal/size.js';


/** Ink 6 has no resize hook: follow the terminal's size so views can take it as props. */
export function useTerminalSize(): Viewport {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => terminalSize(stdout));
	useEffect(() => {
		const onResize = () => setSize(terminalSize(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
