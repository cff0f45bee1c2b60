import {useEffect, useState} from 'react';
import {useStdout} from 'ink';
import type {Viewport} from '../screen/layout.js';

/** Ink 6 has no resize hook: follow the terminal's size so views can take it as props. */
export function useTerminalSize(): Viewport {
	const {stdout} = useStdout();
	const read = (): Viewport => ({cols: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
