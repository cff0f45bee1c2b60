// The presenter's state in one reducer: the step and page on screen, blanking, the clock, and
// the time spent in each section. Keys from the laptop and commands from the speaker view
// (`press-reader notes`) go through the same transitions.
import type {Article} from '../content/model.js';
import {commandFor, type Command, type KeyPress} from '../keys/keymap.js';
import type {RoomSnapshot} from '../room/views.js';
import type {Viewport} from '../screen/layout.js';
import type {PresentRoom, RoomLink} from './room.js';
import {roomPages} from './roomScreen.js';
import {presentGeometry, slideFor} from './slide.js';
import {firstStepOf, sectionOfStep, type Step} from './steps.js';

export interface PresentState {
	viewport: Viewport;
	step: number;
	/** A step too long for the screen is shown a page at a time. */
	page: number;
	blank: boolean;
	clock: boolean;
	talkStartedAt: number;
	/** When the current section was entered, and time spent earlier in each (index: section + 1). */
	enteredAt: number;
	spent: number[];
	/** The time of the latest action: the one clock the timer reads, so a step and the timer never disagree. */
	now: number;
	quit: boolean;
	/** `present --room`: the room's details and its last snapshot; null without a room. */
	room: PresentRoom | null;
}

export type PresentAction =
	| {type: 'key'; press: KeyPress; now: number}
	| {type: 'command'; command: Command; now: number}
	/** The clock moving on, every second while a timer is shown (and while a question counts down). */
	| {type: 'tick'; now: number}
	| {type: 'resize'; viewport: Viewport}
	/** The room's new snapshot (answers coming in, a question closing itself). */
	| {type: 'room'; snapshot: RoomSnapshot; now: number};

export function initialPresentState(article: Article, viewport: Viewport, now: number, room: {link: RoomLink; live: RoomSnapshot} | null = null): PresentState {
	return {
		viewport,
		step: 0,
		page: 0,
		blank: false,
		clock: false,
		talkStartedAt: now,
		enteredAt: now,
		spent: Array.from({length: article.sections.length + 2}, () => 0),
		now,
		quit: false,
		room: room === null ? null : {...room, locked: room.live.locked, saveRequests: 0},
	};
}

export function pageCount(article: Article, steps: readonly Step[], state: PresentState): number {
	return roomPages(article, steps, state)?.length ?? slideFor(article, steps[state.step]!, presentGeometry(state.viewport, state.clock)).pages.length;
}

/**
 * A new snapshot from the room. When the question on screen closes by itself (everyone answered,
 * or its time ran out), the talk moves on to its reveal, as if the presenter had pressed next.
 */
function roomChanged(article: Article, steps: readonly Step[], state: PresentState, snapshot: RoomSnapshot, now: number): PresentState {
	if (state.room === null) return state;
	const before = state.room.live;
	const next: PresentState = {...state, room: {...state.room, live: snapshot}};
	const step = steps[state.step]!;
	const closedHere =
		step.kind === 'question' && !step.answer && before.phase === 'question' && before.question === step.index && snapshot.phase === 'reveal' && snapshot.question === step.index;
	if (closedHere) return goTo(article, steps, next, state.step + 1, now);
	return {...next, page: Math.min(next.page, pageCount(article, steps, next) - 1)};
}

/** Moves to a step, booking the time spent in the section being left. */
function goTo(article: Article, steps: readonly Step[], state: PresentState, step: number, now: number, page = 0): PresentState {
	const target = Math.min(Math.max(0, step), steps.length - 1);
	const from = sectionOfStep(article, steps[state.step]!);
	const to = sectionOfStep(article, steps[target]!);
	if (from === to) return {...state, step: target, page};
	const spent = [...state.spent];
	spent[from + 1] = (spent[from + 1] ?? 0) + (now - state.enteredAt);
	return {...state, step: target, page, spent, enteredAt: now};
}

export function applyPresentCommand(article: Article, steps: readonly Step[], state: PresentState, command: Command, now: number): PresentState {
	switch (command.name) {
		case 'quit':
			return {...state, quit: true};
		case 'blank':
			return {...state, blank: !state.blank};
		case 'clock':
			return {...state, clock: !state.clock, page: 0};
		case 'lock':
			return state.room === null ? state : {...state, room: {...state.room, locked: !state.room.locked}};
		case 'saveResults':
			return state.room === null ? state : {...state, room: {...state.room, saveRequests: state.room.saveRequests + 1}};
		case 'next': {
			if (state.page + 1 < pageCount(article, steps, state)) return {...state, page: state.page + 1};
			return state.step + 1 < steps.length ? goTo(article, steps, state, state.step + 1, now) : state;
		}
		case 'previous': {
			if (state.page > 0) return {...state, page: state.page - 1};
			return state.step > 0 ? goTo(article, steps, state, state.step - 1, now) : state;
		}
		case 'first':
			return goTo(article, steps, state, 0, now);
		case 'last':
			return goTo(article, steps, state, steps.length - 1, now);
		case 'gotoSection': {
			const first = firstStepOf(article, steps, command.section);
			return first === -1 ? state : goTo(article, steps, state, first, now);
		}
		default:
			return state;
	}
}

export function presentReducer(article: Article, steps: readonly Step[], state: PresentState, action: PresentAction): PresentState {
	if (action.type === 'resize') {
		const resized = {...state, viewport: action.viewport};
		return {...resized, page: Math.min(state.page, pageCount(article, steps, resized) - 1)};
	}
	const timed = action.now === state.now ? state : {...state, now: action.now};
	if (action.type === 'tick') return timed;
	if (action.type === 'room') return roomChanged(article, steps, timed, action.snapshot, action.now);
	if (action.type === 'command') {
		// From the speaker view: while blank, its navigation still works and the screen stays blank.
		return applyPresentCommand(article, steps, timed, action.command, action.now);
	}
	if (timed.blank) {
		// Any key brings the screen back; Ctrl+C still quits.
		return action.press.ctrl && action.press.name === 'c' ? {...timed, quit: true} : {...timed, blank: false};
	}
	const command = commandFor('present', action.press);
	return command === null ? timed : applyPresentCommand(article, steps, timed, command, action.now);
}

export interface Timing {
	section: number;
	sectionElapsed: number;
	sectionTarget: number | null;
	talkElapsed: number;
	talkTarget: number | null;
}

/** Elapsed time against targets (ms), for the section on screen and the whole talk. */
export function timing(article: Article, steps: readonly Step[], state: Pick<PresentState, 'step' | 'spent' | 'enteredAt' | 'talkStartedAt'>, now: number): Timing {
	const section = sectionOfStep(article, steps[state.step]!);
	const targets = article.sections.map((candidate) => candidate.targetMinutes);
	const talkTarget = targets.every((target) => target === null) ? null : targets.reduce<number>((sum, target) => sum + (target ?? 0), 0) * 60_000;
	const sectionTarget = section >= 0 && section < article.sections.length ? (targets[section] ?? null) : null;
	return {
		section,
		sectionElapsed: (state.spent[section + 1] ?? 0) + (now - state.enteredAt),
		sectionTarget: sectionTarget === null ? null : sectionTarget * 60_000,
		talkElapsed: now - state.talkStartedAt,
		talkTarget,
	};
}

/** "3:07". */
export function clockTime(milliseconds: number): string {
	const seconds = Math.max(0, Math.floor(milliseconds / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function timingText(value: Timing, now: number): string {
	const against = (elapsed: number, target: number | null) => (target === null ? clockTime(elapsed) : `${clockTime(elapsed)} / ${clockTime(target)}`);
	const wall = new Date(now).toTimeString().slice(0, 5);
	const parts = [`talk ${against(value.talkElapsed, value.talkTarget)}`];
	if (value.section >= 0) parts.push(`section ${against(value.sectionElapsed, value.sectionTarget)}`);
	parts.push(wall);
	return parts.join(' · ');
}
