import {describe, expect, it} from 'vitest';
import type {StateMessage} from '../../src/present/channel.js';
import {notesReducer, presentsThisArticle, type NotesState} from '../../src/present/notesState.js';
import {presentationSteps} from '../../src/present/steps.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const withQuiz = presentationSteps(article, {quiz: true}).length;
const withoutQuiz = presentationSteps(article, {quiz: false}).length;
const presenter = (overrides: Partial<StateMessage> = {}): StateMessage => ({type: 'state', articleId: article.id, steps: withQuiz, quiz: true, step: 3, page: 0, pages: 1, blank: false, talkStartedAt: 0, enteredAt: 0, spent: [0], ...overrides});
const waiting: NotesState = {status: 'waiting', presenter: null};

describe('the speaker view following the presenter', () => {
	it('shows the presenter’s step as soon as a state arrives, as connected', () => {
		const state = notesReducer(waiting, {type: 'state', state: presenter({step: 5})});
		expect(state).toEqual({status: 'connected', presenter: presenter({step: 5})});
	});

	it('keeps the last step on screen when the connection is made again, and forgets it when the presenter goes away', () => {
		const following = notesReducer(waiting, {type: 'state', state: presenter({step: 5})});
		expect(notesReducer(following, {type: 'status', status: 'connected'})).toEqual({status: 'connected', presenter: presenter({step: 5})});
		expect(notesReducer(following, {type: 'status', status: 'waiting'})).toEqual({status: 'waiting', presenter: null});
	});

	it('says connected before the first state arrives', () => {
		expect(notesReducer(waiting, {type: 'status', status: 'connected'})).toEqual({status: 'connected', presenter: null});
	});
});

describe('whether the speaker view follows and drives a presenter', () => {
	it('follows one showing this article with the same steps, with or without the quiz', () => {
		expect(presentsThisArticle(article, presenter())).toBe(true);
		expect(presentsThisArticle(article, presenter({quiz: false, steps: withoutQuiz, step: withoutQuiz - 1}))).toBe(true);
	});

	it('refuses one showing another article', () => {
		expect(presentsThisArticle(article, presenter({articleId: 'another-article'}))).toBe(false);
	});

	it('refuses one whose steps differ (another version of the file, or the quiz left out on one side)', () => {
		expect(presentsThisArticle(article, presenter({steps: withQuiz + 1}))).toBe(false);
		expect(presentsThisArticle(article, presenter({quiz: false}))).toBe(false);
	});

	it('refuses a step past the last one, which it could not show', () => {
		expect(presentsThisArticle(article, presenter({step: withQuiz - 1}))).toBe(true);
		expect(presentsThisArticle(article, presenter({step: withQuiz}))).toBe(false);
	});
});
