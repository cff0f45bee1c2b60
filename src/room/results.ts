// The room's results as JSON, written atomically (write-file-atomic) so a crash mid-write never
// leaves half a file: per question the players per option, per player their answers, times and
// points. README.md ("Room", results) documents every field.
import writeFileAtomic from 'write-file-atomic';
import type {Article} from '../content/model.js';
import {standings, tally, type GameState} from './game.js';
import type {RoomQuestion} from './views.js';

export interface PlayerAnswerResult {
	/** Index of the question in the presentation's order. */
	question: number;
	id: string;
	/** The option chosen (index), or null when the player did not answer. */
	option: number | null;
	correct: boolean;
	/** Milliseconds from the question opening to the answer, by the server's clock. */
	timeMs: number | null;
	points: number;
	bonus: number;
	/** False when the player joined after the question opened, so it was not theirs to answer. */
	eligible: boolean;
}

export interface RoomResults {
	version: 1;
	article: {id: string; headline: string};
	code: string;
	openedAt: string;
	writtenAt: string;
	timerSeconds: number;
	questions: Array<{index: number; id: string; question: string; options: string[]; answer: number; played: boolean; counts: number[]; answered: number; correct: number}>;
	players: Array<{name: string; score: number; rank: number | null; left: boolean; joinedAt: string; answers: PlayerAnswerResult[]}>;
}

export function roomResults(state: GameState, context: {article: Article; questions: readonly RoomQuestion[]; code: string; openedAt: number; now: number}): RoomResults {
	const ranks = new Map(standings(state.players).map((standing) => [standing.id, standing.rank]));
	const everyone = [...state.players.map((player) => ({player, left: false})), ...state.departed.map((player) => ({player, left: true}))];
	const played = context.questions.map((_, index) => state.openedIn[index]! > 0);
	return {
		version: 1,
		article: {id: context.article.id, headline: context.article.headline},
		code: context.code,
		openedAt: new Date(context.openedAt).toISOString(),
		writtenAt: new Date(context.now).toISOString(),
		timerSeconds: state.config.timerMs / 1000,
		questions: context.questions.map((question, index) => {
			const counts = tally(state, index);
			return {
				index,
				id: question.id,
				question: question.text,
				options: question.options,
				answer: question.answer,
				played: played[index]!,
				counts,
				answered: counts.reduce((sum, count) => sum + count, 0),
				correct: counts[question.answer] ?? 0,
			};
		}),
		players: everyone.map(({player, left}) => ({
			name: player.name,
			score: player.score,
			rank: left ? null : (ranks.get(player.id) ?? null),
			left,
			joinedAt: new Date(player.joinedAt).toISOString(),
			answers: context.questions.flatMap((question, index) => {
				if (!played[index]) return [];
				const answer = player.answers[index];
				return [
					{
						question: index,
						id: question.id,
						option: answer?.option ?? null,
						correct: answer?.correct ?? false,
						timeMs: answer?.elapsedMs ?? null,
						points: answer?.points ?? 0,
						bonus: answer?.bonus ?? 0,
						eligible: player.firstRound <= state.openedIn[index]!,
					},
				];
			}),
		})),
	};
}

export class ResultsError extends Error {}

/** Writes the results; a failure is one line naming the file. */
export async function writeResults(file: string, results: RoomResults): Promise<void> {
	try {
		await writeFileAtomic(file, `${JSON.stringify(results, null, '\t')}\n`, {mode: 0o600});
	} catch (error) {
		const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
		throw new ResultsError(`cannot write the room's results to ${file}: ${reason}`);
	}
}
