// `press-reader join`'s screens as lines, pure: the prompts, then what the phone page shows
// (src/room/page/main.ts) for each screen of the shared PlayerView: following the talk, a
// question (its options drawn by ink-select-input: see src/ui/JoinApp.tsx), the answer locked
// in, the reveal with the evidence marked, the leaderboard and the podium.
import {fitHints} from '../keys/hints.js';
import {composeFrame, frameFooter, frameHeader, hintsWidth, tooSmallLines} from '../screen/frame.js';
import {frameFor, isTooSmall} from '../screen/layout.js';
import {appendLines, type Line, type Segment, type Style} from '../screen/line.js';
import {listLimit, pointerWidth, type ListScreen} from '../screen/list.js';
import {wrapSegments} from '../screen/wrap.js';
import {fitWidth, textWidth} from '../text/width.js';
import {joinMode, type JoinState} from './joinState.js';
import {chosenOption, markedRuns, optionLetters, ordinal, screenOf, secondsLeft, type PlayerView} from './playerView.js';
import type {PlayerSnapshot} from './protocol.js';

const blank: Line = [];
const points = (value: number) => value.toLocaleString('en');

function wrap(text: string, style: Style, width: number, indent = ''): Line[] {
	return wrapSegments([{text, style}], width, indent);
}

function you(snapshot: PlayerSnapshot): string {
	return snapshot.rank === null ? `${points(snapshot.score)} points` : `You: ${ordinal(snapshot.rank)} of ${snapshot.players}, ${points(snapshot.score)} points`;
}

function followLines(snapshot: PlayerSnapshot, width: number): Line[] {
	if (snapshot.follow === null) return [];
	const lines: Line[] = [blank];
	if (snapshot.follow.title !== '') appendLines(lines, wrap(snapshot.follow.title, {role: 'heading'}, width));
	appendLines(lines, wrap(snapshot.follow.text, {role: 'text'}, width));
	return lines;
}

function standings(top: PlayerSnapshot['top'], width: number, podium: boolean): Line[] {
	if (top.length === 0) return wrap('Nobody has scored yet.', {role: 'dim'}, width);
	return top.map((entry, at): Line => {
		const score = points(entry.score);
		const place = `${ordinal(entry.rank)}`.padStart(5);
		const room = Math.max(4, width - place.length - 2 - score.length - 1);
		const name = fitWidth(entry.name, room);
		return [
			{text: `${place}  `, style: {role: 'position'}},
			{text: name, style: {role: podium && at < 3 ? 'marker' : 'text'}},
			{text: ' '.repeat(Math.max(1, room - textWidth(name) + 1)), style: {role: 'text'}},
			{text: score, style: {role: 'position'}},
		];
	});
}

/** The reveal as the phone shows it: right or wrong, points, rank, the options with the tally, the explanation and the evidence marked. */
function revealLines(snapshot: PlayerSnapshot, reveal: NonNullable<PlayerSnapshot['reveal']>, width: number): Line[] {
	const answered = reveal.chosen !== null;
	const verdict = !answered ? '– No answer' : reveal.correct ? '✓ Right!' : `✗ Wrong: you chose ${optionLetters[reveal.chosen!]}`;
	const earned = reveal.points + reveal.bonus;
	const lines: Line[] = [
		[
			{text: verdict, style: {role: 'marker'}},
			{text: `   ${earned > 0 ? `+${points(reveal.points)}${reveal.bonus > 0 ? ` +${points(reveal.bonus)} streak` : ''}` : '+0'}`, style: {role: 'headline'}},
		],
		...wrap(you(snapshot), {role: 'text'}, width),
		blank,
		...wrap(reveal.text, {role: 'headline'}, width),
		blank,
	];
	reveal.options.forEach((option, index) => {
		const right = index === reveal.answer;
		const count = reveal.counts === null ? '' : ` (${reveal.counts[index] ?? 0})`;
		const mine = index === reveal.chosen ? '  ← you' : '';
		const style: Style = right ? {role: 'marker'} : {role: 'text', dim: true};
		const [first = [], ...rest] = wrapSegments([{text: `${optionLetters[index]}. `, style: {role: 'key', dim: !right}}, {text: `${option}${count}${mine}`, style}], width - 2);
		appendLines(lines, [[{text: right ? '✓ ' : '  ', style: {role: 'marker'}}, ...first], ...rest.map((line): Line => [{text: '     ', style: {role: 'text'}}, ...line])]);
	});
	appendLines(lines, [blank, ...wrap(reveal.explanation, {role: 'text'}, width)]);
	for (const passage of reveal.evidence) {
		const segments: Segment[] = markedRuns(passage.text, passage.marks).map((run) => ({text: run.text, style: run.marked ? {role: 'text', hit: 'current'} : {role: 'text'}}));
		appendLines(lines, [blank, ...wrap(`From ${passage.place}:`, {role: 'dim'}, width), ...wrapSegments(segments, width, '  ')]);
	}
	return lines;
}

/** The body of a screen without a list, and its title. */
function textScreen(state: JoinState, width: number): {title: string; lines: Line[]} {
	const {view} = state;
	if (state.stage === 'code' || state.stage === 'name') {
		const asking = state.stage === 'code' ? 'The room’s code (6 digits, on the big screen):' : 'Your nickname (up to 20 characters; leave it blank for a generated one):';
		const lines: Line[] = [...wrap(`Joining the room at ${state.address}`, {role: 'dim'}, width), blank, ...wrap(asking, {role: 'text'}, width), blank];
		lines.push([{text: '> ', style: {role: 'key'}}, {text: state.draft, style: {role: 'headline'}}, {text: '█', style: {role: 'marker'}}]);
		if (state.problem !== null) appendLines(lines, [blank, ...wrap(state.problem, {role: 'marker'}, width)]);
		return {title: state.stage === 'code' ? 'Room code' : 'Nickname', lines};
	}
	if (state.stage === 'connecting') return {title: 'Joining', lines: wrap(`Connecting to ${state.address}…`, {role: 'text'}, width)};
	const snapshot = view.snapshot;
	const screen = screenOf(view);
	if (screen === 'ended' || snapshot === null) {
		const [title, text] =
			view.ended === 'replaced'
				? ['Playing elsewhere', 'This game carries on in the terminal or phone that joined with your place last.']
				: view.ended === 'left'
					? ['You left the room', 'Thanks for playing.']
					: view.ended === 'room-closed'
						? ['The room has closed', 'Thanks for playing.']
						: view.ended === 'expired'
							? ['Your place has expired', 'Join again to play on.']
							: ['Joining', `Waiting for the room at ${state.address}…`];
		return {title, lines: [...wrap(title, {role: 'headline'}, width), ...wrap(text, {role: 'dim'}, width)]};
	}
	const seconds = secondsLeft(view, state.now);
	const countdown = seconds === null ? '' : ` · ${seconds} s`;
	const questionTitle = (index: number) => `Question ${index + 1} of ${snapshot.questionCount}`;
	switch (screen) {
		case 'question':
		case 'locked': {
			const question = snapshot.question!;
			const chosen = chosenOption(view) ?? 0;
			return {
				title: `${questionTitle(question.index)}${countdown}`,
				lines: [
					...wrap('Answer locked', {role: 'marker'}, width),
					blank,
					...wrap(question.text, {role: 'dim'}, width),
					blank,
					...wrap(`${optionLetters[chosen]}. ${question.options[chosen] ?? ''}`, {role: 'headline'}, width, '  '),
					blank,
					...wrap('Wait for the reveal on the big screen.', {role: 'dim'}, width),
				],
			};
		}
		case 'next-question':
			return {title: `${questionTitle(snapshot.question!.index)}${countdown}`, lines: [...wrap('The next question is yours', {role: 'headline'}, width), ...wrap('This one started before you joined.', {role: 'dim'}, width)]};
		case 'reveal':
			return {title: `${questionTitle(snapshot.reveal!.index)} · the answer`, lines: revealLines(snapshot, snapshot.reveal!, width)};
		case 'leaderboard':
			return {title: 'Leaderboard', lines: [...standings(snapshot.top, width, false), blank, ...wrap(you(snapshot), {role: 'headline'}, width), ...followLines(snapshot, width)]};
		case 'end': {
			const closed = view.ended === 'room-closed' ? [blank, ...wrap('The room has closed. Thanks for playing.', {role: 'dim'}, width)] : [];
			return {title: 'Final results', lines: [...wrap('Podium', {role: 'heading'}, width), ...standings(snapshot.top, width, true), blank, ...wrap(you(snapshot), {role: 'headline'}, width), ...closed]};
		}
		default:
			return {
				title: 'Following the talk',
				lines: [...wrap(`You’re in, ${snapshot.name}.`, {role: 'headline'}, width), ...wrap('Waiting for the presenter’s next question…', {role: 'dim'}, width), ...followLines(snapshot, width)],
			};
	}
}

/** The status line: the connection, or why the room refused something. */
function status(view: PlayerView, state: JoinState): Segment[] {
	if (state.stage !== 'playing') return [];
	if (view.connection === 'reconnecting') return [{text: 'Connection lost: reconnecting… (r: try now)', style: {role: 'marker'}}];
	if (view.error !== null) return [{text: view.error.message, style: {role: 'marker'}}];
	return [{text: view.connection === 'closed' ? 'Disconnected' : 'Connected', style: {role: 'dim'}}];
}

function chrome(state: JoinState, title: string, above: string, below: string) {
	const {viewport, view} = state;
	const snapshot = view.snapshot;
	const who = snapshot === null ? (state.name || '') : `${snapshot.name} · ${points(snapshot.score)} pts${snapshot.rank === null ? '' : ` · ${ordinal(snapshot.rank)}/${snapshot.players}`}`;
	const header = frameHeader({cols: viewport.cols, headline: `Room ${state.code || '······'} at ${state.address}`, position: who, title, above});
	const index = snapshot?.question?.index ?? snapshot?.reveal?.index ?? -1;
	const footer = frameFooter({
		cols: viewport.cols,
		status: status(view, state),
		below,
		progress: snapshot === null || snapshot.questionCount === 0 ? 0 : snapshot.phase === 'end' ? 1 : (index + 1) / snapshot.questionCount,
		hints: fitHints(joinMode(state), hintsWidth(viewport.cols), {optionCount: snapshot?.question?.options.length}),
	});
	return {header, footer};
}

/** How far a long screen can scroll, for the reducer to keep within. */
export function joinScrollLimit(state: JoinState): number {
	const frame = frameFor(state.viewport);
	return Math.max(0, textScreen(state, frame.bodyWidth).lines.length - frame.bodyHeight);
}

/** Every screen but a question's: the whole screen as lines. Null when a list is on screen. */
export function joinScreen(state: JoinState): Line[] | null {
	if (isTooSmall(state.viewport)) return tooSmallLines(state.viewport);
	if (joinMode(state) === 'joinQuestion') return null;
	const frame = frameFor(state.viewport);
	const {title, lines} = textScreen(state, frame.bodyWidth);
	const scroll = Math.min(state.scroll, Math.max(0, lines.length - frame.bodyHeight));
	const hidden = lines.length - scroll - frame.bodyHeight;
	const {header, footer} = chrome(state, title, scroll > 0 ? `↑ ${scroll} more above` : '', hidden > 0 ? `↓ ${hidden} more below` : '');
	return composeFrame({height: frame.height, header, body: lines.slice(scroll, scroll + frame.bodyHeight), margin: frame.margin, footer});
}

/** A question: the text and countdown around the options, which ink-select-input draws. */
export function joinListScreen(state: JoinState): ListScreen {
	const frame = frameFor(state.viewport);
	const snapshot = state.view.snapshot!;
	const question = snapshot.question!;
	const entryWidth = frame.bodyWidth - pointerWidth;
	const entries = question.options.map((option, index) => {
		const lines = wrap(option, {role: 'text'}, entryWidth - 3);
		return lines.map((line, row): Line => [{text: row === 0 ? `${optionLetters[index]}. ` : '   ', style: {role: 'key'}}, ...line]);
	});
	let intro = [...wrap(question.text, {role: 'headline'}, frame.bodyWidth), blank];
	const tallest = Math.max(...entries.map((lines) => lines.length));
	if (intro.length + tallest > frame.bodyHeight) intro = [...intro.slice(0, Math.max(1, frame.bodyHeight - tallest - 1)), [{text: '…', style: {role: 'dim'}}]];
	const limit = listLimit(entries, frame.bodyHeight - intro.length);
	const seconds = secondsLeft(state.view, state.now);
	const {header, footer} = chrome(state, `Question ${question.index + 1} of ${snapshot.questionCount}${seconds === null ? '' : ` · ${seconds} s`}`, limit === undefined ? '' : `${question.options.length - limit} more: ↑/↓`, '');
	return {header, intro, entries, limit, initial: 0, footer, margin: frame.margin, width: frame.bodyWidth, height: frame.height};
}
