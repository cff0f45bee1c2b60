// A room for the presenter's tests without a network: the real game reducer and the projector's
// snapshot of it (src/room), the real QR codes, fixed addresses and code.
import type {Article} from '../../src/content/model.js';
import {newGame, reduce, type GameAction, type GameState} from '../../src/room/game.js';
import {qrText} from '../../src/room/qr.js';
import {presenterSnapshot, roomQuestions} from '../../src/room/views.js';
import type {RoomLink} from '../../src/present/room.js';

export const code = '123456';
export const urls = ['http://10.0.0.5:4242/'];

export function roomLink(options: Partial<RoomLink> = {}): RoomLink {
	const text = `${urls[0]!.toUpperCase()}${code}`;
	const qr = (
		[
			['full', 4],
			['full', 2],
			['half', 4],
			['half', 2],
		] as const
	).map(([variant, quiet]) => qrText(text, variant, quiet));
	return {code, urls, qr, results: {file: 'press-reader-results-test.json', automatic: false}, ...options};
}

export class FakeGame {
	state: GameState;
	constructor(
		readonly article: Article,
		readonly options: {hideTally?: boolean} = {},
	) {
		this.state = newGame({questions: article.quiz.map((question) => ({options: question.options.length, answer: question.answer})), timerMs: 20_000});
	}
	apply(...actions: GameAction[]) {
		this.state = actions.reduce(reduce, this.state);
		return this;
	}
	join(...names: string[]) {
		return this.apply(...names.map((name): GameAction => ({type: 'join', now: 0, id: name, token: `t-${name}`, name})));
	}
	snapshot(now = 0) {
		return presenterSnapshot(this.state, now, {questions: roomQuestions(this.article, this.article.quiz), hideTally: this.options.hideTally ?? false, code, urls, dropped: 0});
	}
}
