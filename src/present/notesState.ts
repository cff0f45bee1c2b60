// The speaker view's state: whether a presenter is connected, and what it last said.
import type {NotesStatus, StateMessage} from './channel.js';

export interface NotesState {
	status: NotesStatus;
	presenter: StateMessage | null;
}

export type NotesAction = {type: 'state'; state: StateMessage} | {type: 'status'; status: NotesStatus};

export function notesReducer(state: NotesState, action: NotesAction): NotesState {
	if (action.type === 'status') return {status: action.status, presenter: action.status === 'waiting' ? null : state.presenter};
	return {status: 'connected', presenter: action.state};
}
