// The room as `present --room` drives it: opens it (server.ts), draws the join address as QR codes
// (qr.ts) in every size the projector may pick from, and hands the presenter's view its controls
// (src/present/room.ts). Loaded by src/commands/present.ts only for --room, with ws and uqr.
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Article} from '../content/model.js';
import {resultsFileName, type RoomCommand, type RoomControl, type RoomLink} from '../present/room.js';
import {qrText, type QrText} from './qr.js';
import {openRoom, type Room} from './server.js';

export {RoomError} from './server.js';

export interface PresenterRoomOptions {
	host?: string;
	port?: number;
	timer?: number;
	maxPlayers?: number;
	/** --results FILE: the room writes it at the end and when it closes. */
	results?: string;
	hideTally: boolean;
}

export interface PresenterRoom {
	room: Room;
	control: RoomControl;
	/** Whether results were asked for with `w` (so closing writes them again, with the latest answers). */
	saved(): boolean;
}

/** A results file in `folder` that is not there yet: the name, or the name with -2, -3… */
export function freeResultsFile(folder: string, name: string): string {
	for (let attempt = 1; ; attempt++) {
		const candidate = attempt === 1 ? name : name.replace(/\.json$/, `-${attempt}.json`);
		if (!existsSync(path.join(folder, candidate))) return candidate;
	}
}

/** The join address as QR codes, largest first: full blocks with the standard quiet zone, a narrower one, then half blocks. */
export function qrForms(text: string): QrText[] {
	return (
		[
			['full', 4],
			['full', 2],
			['half', 4],
			['half', 2],
		] as const
	).map(([variant, quietZone]) => qrText(text, variant, quietZone));
}

export async function openPresenterRoom(article: Article, options: PresenterRoomOptions, now = new Date()): Promise<PresenterRoom> {
	const room = await openRoom({
		article,
		questions: article.quiz,
		host: options.host,
		port: options.port,
		timer: options.timer,
		maxPlayers: options.maxPlayers,
		hideTally: options.hideTally,
		results: options.results ?? null,
	});
	const results = options.results === undefined ? {file: freeResultsFile(process.cwd(), resultsFileName(article.id, now)), automatic: false} : {file: options.results, automatic: true};
	const link: RoomLink = {code: room.code, urls: room.urls, qr: qrForms(room.qrText), results};
	let saved = false;
	const apply = (command: RoomCommand) => {
		switch (command.type) {
			case 'open':
				return room.openQuestion(command.question);
			case 'close':
				return room.closeQuestion();
			case 'leaderboard':
				return room.showLeaderboard();
			case 'end':
				return room.end();
			case 'follow':
				return room.follow(command.step);
			case 'lock':
				return room.lock(command.locked);
		}
	};
	const control: RoomControl = {
		link,
		snapshot: () => room.snapshot(),
		subscribe: (listener) => room.on('change', listener),
		apply,
		saveResults() {
			saved = true;
			// A failure shows in the snapshot (and so on the projector) with the file and the reason.
			room.writeResults(results.file).catch(() => undefined);
		},
	};
	return {room, control, saved: () => saved};
}
