// `press-reader join` as a pure reducer: asking for the code and a nickname when they were not
// given, connecting, then playing, with the game itself kept by the shared PlayerView
// (playerView.ts, which the phone page draws from too). Time comes in with the actions.
import {commandFor, type Command, type KeyPress, type Mode} from '../keys/keymap.js';
import type {Viewport} from '../screen/layout.js';
import {joinScrollLimit} from './joinScreen.js';
import {cleanName} from './nickname.js';
import {initialView, screenOf, type PlayerView} from './playerView.js';

export type JoinStage = 'code' | 'name' | 'connecting' | 'playing';

export interface JoinState {
	stage: JoinStage;
	/** The room's address as typed ("10.0.0.5:4242"), for the screens. */
	address: string;
	code: string;
	/** The nickname asked for ('' for a generated one); null until given or typed. */
	name: string | null;
	/** What is being typed at a prompt. */
	draft: string;
	/** Why the last thing typed was refused ("the room code has 6 digits"), or the room's refusal. */
	problem: string | null;
	view: PlayerView;
	viewport: Viewport;
	/** Lines scrolled on a long screen (the reveal on a small terminal). */
	scroll: number;
	now: number;
	quit: boolean;
}

export type JoinAction =
	| {type: 'command'; command: Command; now: number}
	| {type: 'type'; text: string}
	| {type: 'view'; view: PlayerView; now: number}
	/** The room refused the nickname: ask again, saying why. */
	| {type: 'refused'; problem: string}
	| {type: 'tick'; now: number}
	| {type: 'resize'; viewport: Viewport};

/** Typed at most: a nickname is cut to 20 characters by the room anyway. */
const maxDraft = 40;

export function initialJoinState(start: {address: string; code?: string | null; name?: string | null; viewport: Viewport; now: number}): JoinState {
	const code = start.code ?? '';
	const name = start.name ?? null;
	return {
		stage: code === '' ? 'code' : name === null ? 'name' : 'connecting',
		address: start.address,
		code,
		name,
		draft: '',
		problem: null,
		view: initialView,
		viewport: start.viewport,
		scroll: 0,
		now: start.now,
		quit: false,
	};
}

/** Which keys mean what: typing at a prompt, a question's list, or a screen to read. */
export function joinMode(state: JoinState): Mode {
	if (state.stage === 'code' || state.stage === 'name') return 'joinPrompt';
	return state.stage === 'playing' && screenOf(state.view) === 'question' ? 'joinQuestion' : 'join';
}

/** What identifies the screen shown: scrolling starts again at the top of a new one. */
export function screenKey(view: PlayerView): string {
	const snapshot = view.snapshot;
	return `${screenOf(view)} ${snapshot?.question?.index ?? snapshot?.reveal?.index ?? ''} ${snapshot?.phase ?? ''}`;
}

function submit(state: JoinState): JoinState {
	if (state.stage === 'code') {
		const code = state.draft.trim();
		if (!/^\d{6}$/.test(code)) return {...state, problem: `The room code has 6 digits${code === '' ? '' : `; "${code}" is not one`}.`};
		return {...state, code, draft: '', problem: null, stage: state.name === null ? 'name' : 'connecting'};
	}
	if (state.stage === 'name') return {...state, name: cleanName(state.draft), draft: '', problem: null, stage: 'connecting'};
	return state;
}

export function joinReducer(state: JoinState, action: JoinAction): JoinState {
	switch (action.type) {
		case 'resize':
			return {...state, viewport: action.viewport};
		case 'tick':
			return action.now === state.now ? state : {...state, now: action.now};
		case 'type': {
			if (state.stage !== 'code' && state.stage !== 'name') return state;
			const text = state.stage === 'code' ? action.text.replace(/\D/g, '') : action.text.replace(/[\p{Cc}]/gu, '');
			const draft = [...(state.draft + text)].slice(0, state.stage === 'code' ? 6 : maxDraft).join('');
			return draft === state.draft ? state : {...state, draft, problem: null};
		}
		case 'refused':
			return {...state, stage: 'name', draft: state.name ?? '', problem: action.problem, view: initialView};
		case 'view': {
			const moved = screenKey(action.view) !== screenKey(state.view);
			return {...state, view: action.view, stage: 'playing', now: action.now, scroll: moved ? 0 : state.scroll};
		}
		case 'command': {
			const {command} = action;
			const timed = {...state, now: action.now};
			switch (command.name) {
				case 'quit':
					return {...timed, quit: true};
				case 'promptSubmit':
					return submit(timed);
				case 'promptErase':
					return {...timed, draft: [...state.draft].slice(0, -1).join(''), problem: null};
				case 'scrollDown':
				case 'scrollUp':
				case 'pageDown':
				case 'pageUp': {
					const page = Math.max(1, state.viewport.rows - 6);
					const by = {scrollDown: 1, scrollUp: -1, pageDown: page, pageUp: -page}[command.name];
					return {...timed, scroll: Math.min(joinScrollLimit(state), Math.max(0, state.scroll + by))};
				}
				default:
					return timed;
			}
		}
	}
}

/** A key on the screen `state` shows: a command, text typed at a prompt, or nothing. */
export function joinKeyAction(state: JoinState, press: KeyPress, now: number): JoinAction | null {
	const mode = joinMode(state);
	const command = commandFor(mode, press);
	if (command !== null) return {type: 'command', command, now};
	if (mode === 'joinPrompt' && press.text !== undefined && !press.ctrl) return {type: 'type', text: press.text};
	return null;
}
