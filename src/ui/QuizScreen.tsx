import {useState} from 'react';
import SelectInput from 'ink-select-input';
import type {Article} from '../content/model.js';
import type {AppState} from '../app/state.js';
import {keepInView, quizScreen, type ListView} from '../app/quizScreen.js';
import {endChoices, type EndChoice} from '../quiz/screens.js';
import {FullScreen} from './Screen.js';
import type {Theme} from './theme.js';

interface Props {
	article: Article;
	state: AppState;
	theme: Theme;
	onChoose: (option: number) => void;
	onEnd: (choice: EndChoice) => void;
}

// ink-select-input keeps the highlight and takes the keys (arrows, j/k, digits, Enter); the entries
// are drawn with the rest of the frame, so its own items draw nothing.
const Nothing = () => null;

/**
 * The quiz: a question, the feedback with its cited passage, or the results. Mount it afresh for
 * each question and screen (the app keys it), so the highlight starts on the first entry.
 */
export function QuizScreen({article, state, theme, onChoose, onEnd}: Props) {
	const [view, setView] = useState<ListView>({highlighted: 0, start: 0});
	const model = quizScreen(article, state, view);
	const {list} = model;
	const quiz = state.quiz!;
	return (
		<>
			<FullScreen lines={model.lines} theme={theme} />
			{list === null ? null : (
				<SelectInput
					items={Array.from({length: list.count}, (_, index) => ({key: String(index), label: String(index), value: index}))}
					indicatorComponent={Nothing}
					itemComponent={Nothing}
					onHighlight={(item) => setView((current) => ({highlighted: item.value, start: keepInView(current.start, item.value, list.limit)}))}
					onSelect={(item) => (list.kind === 'options' ? onChoose(item.value) : onEnd(endChoices(quiz)[item.value]!.value))}
				/>
			)}
		</>
	);
}
