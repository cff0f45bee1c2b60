import {useEffect, useState} from 'react';
import {useStdout} from 'ink';
import type {Viewport} from '../screen/layout.js';

const sizeOf = (stdout: NodeJS.WriteStream): Viewport => ({cols: stdout.columns || 80, rows: stdout.rows || 24});

/** Ink 6 has no resize hook: follow the terminal's size so views can take it as props. */
export function useTerminalSize(): Viewport {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const onResize = () => setSize(sizeOf(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
