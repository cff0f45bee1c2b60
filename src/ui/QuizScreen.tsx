import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {Article} from '../content/model.js';
import {indent} from '../reader/frame.js';
import type {Line} from '../reader/wrap.js';
import type {AppState} from '../app/state.js';
import {quizScreen} from '../app/quizScreen.js';
import {endChoices, optionLines, type EndChoice} from '../quiz/screens.js';
import {linesToAnsi} from './ansi.js';
import {FullScreen, Screen} from './Screen.js';
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
	const model = quizScreen(article, state);
	if (model.list === null) return <FullScreen lines={model.lines} theme={theme} />;
	const quiz = state.quiz!;
	const header = model.lines.slice(0, 2);
	const footer = model.lines.slice(-2);
	const above = model.bodyAbove.map((line) => indent(line, model.margin));
	let list: React.ReactNode;
	if (model.list.kind === 'options') {
		const question = quiz.questions[quiz.index]!;
		const {width, limit} = model.list;
		list = (
			<SelectInput
				items={question.options.map((_, index) => ({key: String(index), label: String(index), value: index}))}
				limit={limit}
				onSelect={(item) => onChoose(item.value)}
				indicatorComponent={({isSelected}) => <Text color={theme.accent}>{isSelected ? '❯ ' : '  '}</Text>}
				itemComponent={({isSelected, label}) => <OptionLines lines={optionLines(question, Number(label), width)} selected={Boolean(isSelected)} theme={theme} />}
			/>
		);
	} else {
		list = <SelectInput items={endChoices(quiz).map((choice) => ({key: choice.value, label: choice.label, value: choice.value}))} onSelect={(item) => onEnd(item.value)} />;
	}
	return (
		<Box flexDirection="column" width={state.reader.viewport.cols}>
			<Screen lines={header} theme={theme} />
			<Box flexDirection="column" height={model.bodyHeight} overflow="hidden">
				{above.length > 0 ? <Screen lines={above} theme={theme} /> : null}
				<Box marginLeft={model.margin}>{list}</Box>
			</Box>
			<Screen lines={footer} theme={theme} />
		</Box>
	);
}

function OptionLines({lines, selected, theme}: {lines: Line[]; selected: boolean; theme: Theme}) {
	const shown = selected ? lines.map((line) => line.map((segment) => ({...segment, style: {...segment.style, role: 'selected' as const}}))) : lines;
	return <Text>{linesToAnsi(shown, theme).join('\n')}</Text>;
}
