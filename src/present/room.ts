// The presenter's side of a room (`present --room`), pure: what the room is asked to do as the
// talk reaches each step, and what the phones read between questions. The room itself
// (src/room/server.ts, with ws and the QR encoder) is loaded only for --room, so this file knows
// it by its types alone.
import type {Article} from '../content/model.js';
import {turnInWords} from '../content/view.js';
import type {QrText} from '../room/qr.js';
import type {RoomSnapshot} from '../room/views.js';
import {sectionUnits, type Step} from './steps.js';

/** What stays the same while the room is open: where to join, and where the results go. */
export interface RoomLink {
	code: string;
	/** Join addresses, best first ("http://10.0.0.5:4242/"). */
	urls: string[];
	/** The join address as QR codes, largest first: the projector shows the largest that fits. */
	qr: QrText[];
	/** --results FILE (written by the room at the end), or the file `w` writes to. */
	results: {file: string; automatic: boolean};
}

/** The room as the presenter holds it: its details, its last snapshot, and what was asked of it. */
export interface PresentRoom {
	link: RoomLink;
	live: RoomSnapshot;
	/** Locked or not, as the presenter last asked (the snapshot confirms it). */
	locked: boolean;
	/** How many times the results were asked for (`w`). */
	saveRequests: number;
}

export type RoomCommand =
	| {type: 'open'; question: number}
	| {type: 'close'}
	| {type: 'leaderboard'}
	| {type: 'end'}
	| {type: 'follow'; step: {title: string; text: string}}
	| {type: 'lock'; locked: boolean};

/** The room's controls as the presenter's view uses them (wired to src/room/server.ts by the command). */
export interface RoomControl {
	link: RoomLink;
	snapshot(): RoomSnapshot;
	/** Returns a function that unsubscribes. */
	subscribe(listener: (snapshot: RoomSnapshot) => void): () => void;
	apply(command: RoomCommand): void;
	/** Writes the results to link.results.file; the snapshot then says where, or why not. */
	saveResults(): void;
}

/** What the phones show for a step of the talk: its section and its words. */
export function followFor(article: Article, step: Step): {title: string; text: string} {
	if (step.kind !== 'unit') return {title: article.headline, text: article.standfirst ?? ''};
	const section = article.sections[step.section]!;
	const unit = sectionUnits(article, step.section)[step.unit]!;
	if (unit.kind === 'paragraph') return {title: section.title, text: unit.paragraph.text};
	return {title: section.title, text: turnInWords(article, unit.turn, ' ')};
}

/**
 * What the room is asked to do when the talk arrives at a step. A question's first step opens it
 * (a question already played is shown revealed again: the room never replays one); its second
 * closes it, or shows a played one revealed again, but never opens a question just to reveal it;
 * the leaderboard and the podium follow; every other step is what the phones read meanwhile.
 */
export function roomCommandsFor(article: Article, step: Step, live: RoomSnapshot): RoomCommand[] {
	switch (step.kind) {
		case 'title':
		case 'unit':
			return [{type: 'follow', step: followFor(article, step)}];
		case 'question': {
			const here = live.question === step.index;
			if (!step.answer) return here && (live.phase === 'question' || live.phase === 'reveal') ? [] : [{type: 'open', question: step.index}];
			if (here && live.phase === 'question') return [{type: 'close'}];
			if (live.closed[step.index] === true && !(here && live.phase === 'reveal')) return [{type: 'open', question: step.index}];
			return [];
		}
		case 'leaderboard':
			return live.phase === 'leaderboard' ? [] : [{type: 'leaderboard'}];
		case 'podium':
			return live.phase === 'end' ? [] : [{type: 'end'}];
	}
}

/** Questions opened so far (closed ones, and the one open now). */
export function questionsPlayed(live: RoomSnapshot): number {
	return live.closed.filter(Boolean).length + (live.phase === 'question' && live.closed[live.question] !== true ? 1 : 0);
}

/** Whether a game was played: a room nobody joined, or that asked nothing, has no results worth a warning. */
export function gamePlayed(live: RoomSnapshot): boolean {
	return questionsPlayed(live) > 0 && live.playerCount > 0;
}

/** A file name for the results in the current folder: press-reader-results-<article>-<date>-<time>.json. */
export function resultsFileName(articleId: string, now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
	const id = articleId.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'article';
	return `press-reader-results-${id}-${stamp}.json`;
}
