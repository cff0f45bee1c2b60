import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {Article} from '../content/model.js';
import {fitHints, hintsWidth} from '../reader/chrome.js';
import {frameFor} from '../reader/layout.js';
import type {Line} from '../reader/wrap.js';
import {appMode, quizTextLines, type AppState} from '../app/state.js';
import {endChoices, optionLines, questionLines, type EndChoice} from '../quiz/screens.js';
import {answeredCount, score} from '../quiz/session.js';
import {Frame} from './Frame.js';
import {Lines} from './ReaderScreen.js';
import {StyledLine} from './StyledLine.js';
import type {Theme} from './theme.js';

interface Props {
	article: Article;
	state: AppState;
	theme: Theme;
	onChoose: (option: number) => void;
	onEnd: (choice: EndChoice) => void;
}

/** The quiz: a question with ink-select-input, the feedback with its cited passage, or the results. */
export function QuizScreen({article, state, theme, onChoose, onEnd}: Props) {
	const quiz = state.quiz!;
	const {viewport} = state.reader;
	const frame = frameFor(viewport);
	const total = quiz.questions.length;
	const position = quiz.phase === 'end' ? 'done' : `${quiz.index + 1}/${total}`;
	const round = quiz.round === 'review' ? 'Review' : 'Quiz';
	const title = quiz.phase === 'end' ? `${round} · results` : `${round} · question ${quiz.index + 1} of ${total}`;
	const answered = answeredCount(quiz);
	const right = score(quiz);
	const status = quiz.phase === 'end' ? '' : answered === 0 ? 'Choose an answer' : `${right} of ${answered} right so far`;

	let body: React.ReactNode;
	let above = '';
	let below = '';
	if (quiz.phase === 'question') {
		const question = quiz.questions[quiz.index]!;
		const lines = questionLines(question, frame.bodyWidth);
		const items = question.options.map((_, index) => ({key: String(index), label: String(index), value: index}));
		const optionHeights = question.options.map((_, index) => optionLines(question, index, frame.bodyWidth - 2).length);
		const room = frame.bodyHeight - lines.length - 1;
		// On a short terminal ink-select-input shows fewer options at once and scrolls through them.
		const limit = Math.max(1, Math.min(items.length, Math.floor(room / Math.max(...optionHeights))));
		body = (
			<>
				<Lines lines={lines} first={0} theme={theme} indent={frame.margin} />
				<Text> </Text>
				<Box marginLeft={frame.margin}>
					<SelectInput
						items={items}
						limit={limit < items.length ? limit : undefined}
						onSelect={(item) => onChoose(item.value)}
						indicatorComponent={({isSelected}) => <Text color={theme.accent}>{isSelected ? '❯ ' : '  '}</Text>}
						itemComponent={({isSelected, label}) => (
							<OptionLines lines={optionLines(question, Number(label), frame.bodyWidth - 2)} selected={Boolean(isSelected)} theme={theme} />
						)}
					/>
				</Box>
			</>
		);
	} else {
		const lines = quizTextLines(article, state);
		const choices = quiz.phase === 'end' ? endChoices(quiz) : [];
		const room = frame.bodyHeight - (choices.length > 0 ? choices.length + 1 : 0);
		const visible = lines.slice(state.quizScroll, state.quizScroll + room);
		if (state.quizScroll > 0) above = `↑ ${state.quizScroll} more above`;
		const hidden = lines.length - state.quizScroll - room;
		if (hidden > 0) below = `↓ ${hidden} more below`;
		body = (
			<>
				<Lines lines={visible} first={state.quizScroll} theme={theme} indent={frame.margin} />
				{choices.length > 0 ? (
					<>
						{Array.from({length: Math.max(0, room - visible.length) + 1}, (_, index) => (
							<Text key={`gap-${index}`}> </Text>
						))}
						<Box marginLeft={frame.margin}>
							<SelectInput items={choices.map((choice) => ({key: choice.value, label: choice.label, value: choice.value}))} onSelect={(item) => onEnd(item.value)} />
						</Box>
					</>
				) : null}
			</>
		);
	}

	return (
		<Frame
			cols={viewport.cols}
			height={frame.height}
			bodyHeight={frame.bodyHeight}
			headline={article.headline}
			position={position}
			title={title}
			above={above}
			status={[{text: status, style: {role: 'dim'}}]}
			below={below}
			progress={total === 0 ? 1 : answered / total}
			hints={fitHints(appMode(state), hintsWidth(viewport.cols))}
			theme={theme}
		>
			{body}
		</Frame>
	);
}

function OptionLines({lines, selected, theme}: {lines: Line[]; selected: boolean; theme: Theme}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<StyledLine key={index} line={selected ? line.map((segment) => ({...segment, style: {...segment.style, role: 'selected'}})) : line} theme={theme} />
			))}
		</Box>
	);
}
