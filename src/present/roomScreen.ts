// The projector in a room (`present --room`), as lines: the join panel (addresses, code, QR code)
// beside the title slide and every quiz slide, a question live (countdown, "n of m answered", a
// bar per option), its reveal with the evidence, the leaderboard and the podium. Pure: the room's
// snapshot and the time come in with the state. A slide's line count never depends on the live
// figures, so its pages stay put while answers come in.
import type {Article} from '../content/model.js';
import type {QrText} from '../room/qr.js';
import type {RoomSnapshot} from '../room/views.js';
import {appendLines, lineWidth, type Line, type Segment, type Style} from '../screen/line.js';
import {wrapSegments} from '../screen/wrap.js';
import {fitWidth, textWidth} from '../text/width.js';
import type {Viewport} from '../screen/layout.js';
import {paragraphPosition, passageLines} from '../quiz/lines.js';
import {optionLetters} from '../quiz/session.js';
import {bigText} from './bigText.js';
import {questionsPlayed, type PresentRoom, type RoomLink} from './room.js';
import {paginate, presentGeometry, slideFor, title, type PresentGeometry} from './slide.js';
import type {PresentState} from './state.js';
import {isQuizStep, type Step} from './steps.js';

const blank: Line = [];
const margin = 2;
const gap = 4;
/** The slide keeps at least this many columns beside the panel; below that the panel gives way to a line. */
const leastSlide = 36;
const leastPanel = 26;

const points = (value: number) => value.toLocaleString('en');
const shortUrl = (url: string) => url.replace(/\/$/, '');

/** A QR code's rows as lines: runs of light and dark modules, or rows of half blocks. */
export function qrLines(qr: QrText): Line[] {
	if (qr.variant === 'half') return qr.plain.map((row): Line => [{text: row, style: {role: 'qrHalf'}}]);
	return qr.plain.map((row): Line => (row.match(/█+| +/g) ?? []).map((run) => ({text: run, style: {role: run.startsWith('█') ? 'qrLight' : 'qrDark'}})));
}

export interface JoinPanel {
	lines: Line[];
	width: number;
	/** The QR code shown, or null when none fits. */
	qr: QrText | null;
}

/** Where and how to join, at most `maxWidth` columns and `rows` lines: the largest QR code that fits, the code in big digits when there is room. */
export function joinPanel(link: RoomLink, locked: boolean, maxWidth: number, rows: number): JoinPanel {
	const urls = link.urls.map(shortUrl);
	const head: Line[] = [[{text: 'Join the quiz at', style: {role: 'heading'}}], ...urls.slice(0, 3).map((url): Line => [{text: url, style: {role: 'headline'}}])];
	if (urls.length > 3) head.push([{text: `or ${urls.length - 3} more addresses of this machine`, style: {role: 'dim'}}]);
	const codeLine: Line = [{text: 'code ', style: {role: 'dim'}}, {text: link.code, style: {role: 'headline'}}];
	const textWidthOf = (lines: Line[]) => Math.max(0, ...lines.map(lineWidth));
	const base = Math.min(maxWidth, Math.max(leastPanel, textWidthOf([...head, codeLine])));
	const notes = (text: string, width: number) => wrapSegments([{text, style: {role: 'marker'}}], width);
	const lockNote = (width: number) => (locked ? notes('Locked: nobody else can join.', width) : []);
	for (const qr of link.qr) {
		const width = Math.max(base, qr.width);
		if (width > maxWidth) continue;
		const note = qr.variant === 'half' ? notes('Small QR code (half blocks): it may not scan everywhere. Enlarge the terminal for a full one.', width) : [];
		const used = head.length + 1 + 1 + qr.height + note.length + lockNote(width).length;
		if (used > rows) continue;
		// The code in big digits when the rest leaves room for them: it is read from the back of the hall.
		const big = bigText(link.code, 'Standard', width) ?? [];
		const code = big.length > 0 && used + big.length <= rows ? [codeLine, ...big.map((line): Line => [{text: line, style: {role: 'headline'}}])] : [codeLine];
		return {lines: [...head, ...code, blank, ...qrLines(qr), ...note, ...lockNote(width)], width, qr};
	}
	const note = notes('Enlarge the terminal to show the QR code.', base);
	return {lines: [...head, codeLine, blank, ...note, ...lockNote(base)].slice(0, rows), width: base, qr: null};
}

export interface RoomFrame {
	/** The slide's column beside the panel. */
	geometry: PresentGeometry;
	panel: {lines: Line[]; left: number; qr: QrText | null} | null;
	/** Where to join, in a line or two above the slide, when the panel does not fit beside it. */
	strip: Line[];
}

/** How the screen is shared between a slide and the join panel. */
export function roomFrame(viewport: Viewport, clock: boolean, link: RoomLink, locked: boolean): RoomFrame {
	const height = Math.max(1, viewport.rows - 1 - (clock ? 1 : 0));
	const widest = viewport.cols - 2 * margin - gap - leastSlide;
	if (widest >= leastPanel) {
		const panel = joinPanel(link, locked, widest, height);
		const slideCols = viewport.cols - 2 * margin - gap - panel.width;
		const measure = Math.min(slideCols, 100);
		const top = Math.max(0, Math.floor((height - panel.lines.length) / 2));
		return {
			geometry: {height, measure, left: margin + Math.floor((slideCols - measure) / 2)},
			panel: {lines: [...Array.from({length: top}, () => blank), ...panel.lines], left: viewport.cols - margin - panel.width, qr: panel.qr},
			strip: [],
		};
	}
	const text = `Join at ${shortUrl(link.urls[0] ?? '')} · code ${link.code}${locked ? ' · locked' : ''} · enlarge the terminal for the QR code`;
	const strip = wrapSegments([{text, style: {role: 'marker'}}], Math.max(1, viewport.cols - 2 * margin), ' '.repeat(margin)).slice(0, 2);
	const geometry = presentGeometry({cols: viewport.cols, rows: Math.max(2, viewport.rows - strip.length - 1)}, clock);
	return {geometry, panel: null, strip: [...strip, blank]};
}

function padTo(line: Line, column: number): Line {
	const width = lineWidth(line);
	return width >= column ? line : [...line, {text: ' '.repeat(column - width), style: {role: 'text'}}];
}

/** Puts the panel beside a page of the slide, and the strip above it. */
function besidePanel(frame: RoomFrame, page: Line[]): Line[] {
	if (frame.panel === null) return [...frame.strip, ...page];
	const {lines, left} = frame.panel;
	return Array.from({length: Math.max(page.length, lines.length)}, (_, row) => {
		const beside = lines[row] ?? blank;
		const slide = page[row] ?? blank;
		return beside.length === 0 ? slide : [...padTo(slide, left), ...beside];
	});
}

function wrap(text: string, style: Style, width: number, indent = ''): Line[] {
	return wrapSegments([{text, style}], width, indent);
}

function bar(fraction: number, width: number): string {
	const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
	return '█'.repeat(filled) + ' '.repeat(width - filled);
}

interface OptionTally {
	counts: number[] | null;
	/** The right answer, marked once revealed. */
	answer: number | null;
}

/** Each option under its letter, with a bar and a count on its first line when there is a tally. */
function optionLines(options: readonly string[], width: number, tally: OptionTally): Line[] {
	const barWidth = Math.max(6, Math.min(24, Math.floor(width / 4)));
	const countWidth = 5;
	const room = tally.counts === null ? 0 : barWidth + countWidth + 2;
	const total = tally.counts === null ? 0 : tally.counts.reduce((sum, count) => sum + count, 0);
	const lines: Line[] = [];
	options.forEach((option, index) => {
		const right = tally.answer === index;
		const faded = tally.answer !== null && !right;
		const style: Style = right ? {role: 'marker'} : {role: 'text', dim: faded};
		const [first = [], ...rest] = wrapSegments([{text: `${optionLetters[index]}. `, style: {role: 'key', dim: faded}}, {text: option, style}], Math.max(8, width - 2 - room));
		const mark: Segment = {text: right ? '✓ ' : '  ', style: {role: 'marker'}};
		let head: Line = [mark, ...first];
		if (tally.counts !== null) {
			const count = tally.counts[index] ?? 0;
			head = [...padTo(head, width - room + 1), {text: bar(total === 0 ? 0 : count / total, barWidth), style: {role: 'progress', dim: faded}}, {text: String(count).padStart(countWidth), style: {role: right ? 'marker' : 'position', dim: faded}}];
		}
		appendLines(lines, [head, ...rest.map((line): Line => [{text: '     ', style: {role: 'text'}}, ...line]), blank]);
	});
	return lines;
}

function heading(text: string, width: number): Line[] {
	return wrap(text, {role: 'heading'}, width);
}

/** A question open to the room: the time left, how many answered, and the tally unless it is hidden. */
function openLines(article: Article, index: number, live: RoomSnapshot, now: number, width: number): Line[] {
	const question = article.quiz[index]!;
	const isOpen = live.phase === 'question' && live.question === index && live.deadline !== null;
	const left = isOpen ? Math.max(0, live.deadline! - now) : live.timerMs;
	const seconds = Math.ceil(left / 1000);
	const label = `${String(seconds).padStart(3)} s left `;
	const clockLine: Line = [
		{text: label, style: {role: 'headline'}},
		{text: '━'.repeat(Math.round((Math.max(0, Math.min(1, left / Math.max(1, live.timerMs))) * Math.max(0, width - label.length)))), style: {role: 'progress'}},
	];
	const answered = isOpen ? live.answered : 0;
	const expected = isOpen ? live.expected : live.connectedCount;
	const hidden = live.tallyHidden;
	const counts = hidden ? null : isOpen ? live.counts : question.options.map(() => 0);
	return [
		...heading(`Question ${index + 1} of ${article.quiz.length}`, width),
		blank,
		...wrap(question.question, {role: 'headline'}, width),
		blank,
		...optionLines(question.options, width, {counts, answer: null}),
		clockLine,
		[
			{text: `${answered} of ${expected} answered`, style: {role: 'headline'}},
			{text: hidden ? ' · answers hidden until the reveal' : '', style: {role: 'dim'}},
		],
	];
}

/** The answer: the distribution, the right option, the explanation and the cited passages with the evidence marked. */
function revealLines(article: Article, index: number, live: RoomSnapshot, width: number): Line[] {
	const question = article.quiz[index]!;
	const played = live.question === index || live.closed[index] === true;
	const counts = played && live.question === index ? live.counts : null;
	const answered = counts === null ? 0 : counts.reduce((sum, count) => sum + count, 0);
	const right = counts?.[question.answer] ?? 0;
	const lines: Line[] = [
		...heading(`Question ${index + 1} of ${article.quiz.length} · the answer`, width),
		blank,
		...wrap(question.question, {role: 'headline'}, width),
		blank,
		...optionLines(question.options, width, {counts: counts ?? question.options.map(() => 0), answer: question.answer}),
		[{text: counts === null ? 'Not played in the room.' : `${answered} answered · ${right} right`, style: {role: 'headline'}}],
		blank,
		...wrap(question.explanation, {role: 'text'}, width),
	];
	for (const evidence of question.evidence) {
		appendLines(lines, [blank, ...wrap(`From ${paragraphPosition(article, evidence.paragraphId)}:`, {role: 'dim'}, width), ...passageLines(article, evidence.paragraphId, evidence.text, width)]);
	}
	return lines;
}

function standingLines(top: RoomSnapshot['top'], width: number, podium: boolean): Line[] {
	if (top.length === 0) return wrap('Nobody has joined the room.', {role: 'dim'}, width);
	const scoreWidth = Math.max(...top.map((entry) => points(entry.score).length));
	const nameWidth = Math.max(4, width - 6 - scoreWidth - 2);
	return top.map((entry, at): Line => {
		const style: Style = {role: podium && at < 3 ? 'marker' : 'headline'};
		const name = fitWidth(entry.name, nameWidth);
		return [
			{text: `${String(entry.rank).padStart(3)}. `, style: {role: 'position'}},
			{text: name, style},
			{text: ' '.repeat(Math.max(1, nameWidth - textWidth(name) + 2)), style: {role: 'text'}},
			{text: points(entry.score).padStart(scoreWidth), style: {role: 'position'}},
		];
	});
}

function leaderboardLines(article: Article, index: number, live: RoomSnapshot, width: number, height: number): Line[] {
	return [
		...title('Leaderboard', {role: 'heading'}, width, Math.max(1, Math.floor(height / 4))),
		blank,
		...wrap(`After question ${index + 1} of ${article.quiz.length} · ${live.playerCount} ${live.playerCount === 1 ? 'player' : 'players'}`, {role: 'dim'}, width),
		blank,
		...standingLines(live.top, width, false),
	];
}

/** Where the results are, or how to get them: the room writes --results itself; otherwise `w` does. */
export function resultsNote(link: RoomLink, live: RoomSnapshot): string {
	const status = live.results;
	const where = link.results.automatic ? link.results.file : `./${link.results.file}`;
	if (status !== null && status.error !== null) return `Could not write the results: ${status.error}. Press w to try again.`;
	if (status !== null && status.writtenAt !== null) return `Results written to ${status.file === link.results.file ? where : status.file}.`;
	return link.results.automatic ? `Writing the results to ${where}…` : `Press w to write the results to ${where}.`;
}

function podiumLines(link: RoomLink, live: RoomSnapshot, width: number, height: number): Line[] {
	return [
		...title('Podium', {role: 'heading'}, width, Math.max(1, Math.floor(height / 4))),
		blank,
		...wrap(`${live.playerCount} ${live.playerCount === 1 ? 'player' : 'players'} · ${questionsPlayed(live)} of ${live.questionCount} questions played`, {role: 'dim'}, width),
		blank,
		...standingLines(live.top, width, true),
		blank,
		...wrap(resultsNote(link, live), {role: 'marker'}, width),
	];
}

/** The lines of a quiz step in a room, before pagination. */
function quizStepLines(article: Article, step: Step, room: PresentRoom, now: number, geometry: PresentGeometry): Line[] {
	const {live} = room;
	const width = geometry.measure;
	switch (step.kind) {
		case 'question': {
			// A question played already is shown revealed, whichever of its steps the talk is on.
			const revealed = step.answer || (live.closed[step.index] === true && !(live.phase === 'question' && live.question === step.index));
			return revealed ? revealLines(article, step.index, live, width) : openLines(article, step.index, live, now, width);
		}
		case 'leaderboard':
			return leaderboardLines(article, step.index, live, width, geometry.height);
		case 'podium':
			return podiumLines(room.link, live, width, geometry.height);
		default:
			return [];
	}
}

/**
 * The pages of the step on screen when the room draws it (the title and the quiz's steps, with the
 * join panel), or null for the talk's other steps, which are drawn as without a room.
 */
export function roomPages(article: Article, steps: readonly Step[], state: PresentState): Line[][] | null {
	const {room} = state;
	const step = steps[state.step];
	if (room === null || step === undefined || !(step.kind === 'title' || isQuizStep(step))) return null;
	const frame = roomFrame(state.viewport, state.clock, room.link, room.locked);
	const {geometry} = frame;
	const pages =
		step.kind === 'title'
			? slideFor(article, step, geometry).pages
			: paginate([blank, ...quizStepLines(article, step, room, state.now, geometry)], geometry.height).map((page) =>
					page.map((line): Line => (line.length === 0 ? line : [{text: ' '.repeat(geometry.left), style: {role: 'text'}}, ...line])),
				);
	return pages.map((page) => besidePanel(frame, page));
}

/** For the progress line of the talk's other steps: where latecomers join. */
export function joinHint(room: PresentRoom): string {
	return `join ${shortUrl(room.link.urls[0] ?? '').replace(/^http:\/\//, '')} · code ${room.link.code}${room.live.locked ? ' · locked' : ''}`;
}
