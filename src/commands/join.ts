// `press-reader join ADDRESS [CODE]`: play in a room from a terminal. The room's client (ws) and
// screens load here and for nothing else.
import type {RoomClient} from '../room/client.js';
import {createTheme, type ThemeName} from '../screen/theme.js';
import {paint} from '../terminal/firstPaint.js';
import {takeOverTerminal} from '../terminal/session.js';
import {importUi} from './importUi.js';
import {CommandError, exitCodes} from './load.js';

export interface JoinCommandOptions {
	address: string;
	code: string | undefined;
	name: string | undefined;
	theme: ThemeName;
	color: boolean;
}

export async function joinCommand(options: JoinCommandOptions): Promise<number> {
	const [{joinRoom, parseRoomAddress, JoinError}, {initialJoinState}, {joinScreen}] = await Promise.all([import('../room/client.js'), import('../room/joinState.js'), import('../room/joinScreen.js')]);
	let code = options.code;
	let host: string;
	try {
		const address = parseRoomAddress(options.address);
		host = address.host;
		code ??= address.code ?? undefined;
	} catch (error) {
		if (error instanceof JoinError) throw new CommandError(`press-reader: ${error.message}`, 2);
		throw error;
	}
	if (code !== undefined && !/^\d{6}$/.test(code)) throw new CommandError(`press-reader: the room code has 6 digits; "${code}" is not one`, 2);

	const terminal = takeOverTerminal(process.stdin, process.stdout);
	// Set from the view's callbacks: what joined, and why joining failed.
	const outcome: {client: RoomClient | null; failure: string | null} = {client: null, failure: null};
	// Quitting while it connects gives the connection up, so the process ends at once.
	const quitting = new AbortController();
	try {
		const viewport = {cols: process.stdout.columns || 80, rows: process.stdout.rows || 24};
		const first = joinScreen(initialJoinState({address: host, code, name: options.name, viewport, now: Date.now()}));
		const painted = paint(first ?? [], createTheme(options.theme, options.color), process.stdout, terminal);
		const {runJoin} = await importUi();
		await runJoin(terminal, {
			theme: options.theme,
			color: options.color,
			painted,
			props: {
				address: host,
				code,
				name: options.name,
				connect: async (typedCode, name) => (outcome.client = await joinRoom({address: options.address, code: typedCode, name, signal: quitting.signal})),
				onFailure: (message) => {
					outcome.failure = message;
				},
			},
			onSignal: async () => {
				await outcome.client?.leave();
			},
		});
	} finally {
		quitting.abort();
		outcome.client?.close();
		terminal.restore();
	}
	if (outcome.failure !== null) throw new CommandError(`press-reader: ${outcome.failure}`, 1);
	return exitCodes.ok;
}
