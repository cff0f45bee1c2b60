// The speaker view's state: whether a presenter is connected, and what it last said.
import type {Article} from '../content/model.js';
import type {NotesStatus, StateMessage} from './channel.js';
import {presentationSteps} from './steps.js';

export interface NotesState {
	status: NotesStatus;
	presenter: StateMessage | null;
}

export type NotesAction = {type: 'state'; state: StateMessage} | {type: 'status'; status: NotesStatus};

export function notesReducer(state: NotesState, action: NotesAction): NotesState {
	if (action.type === 'status') return {status: action.status, presenter: action.status === 'waiting' ? null : state.presenter};
	return {status: 'connected', presenter: action.state};
}

/** Whether the presenter shows this article, with the same steps: only then does the speaker view follow and drive it. */
export function presentsThisArticle(article: Article, presenter: StateMessage): boolean {
	const steps = presentationSteps(article, {quiz: presenter.quiz, room: presenter.room != null});
	return presenter.articleId === article.id && presenter.steps === steps.length && presenter.step < steps.length;
}
