import {useState} from 'react';
import SelectInput from 'ink-select-input';
import type {Article} from '../content/model.js';
import type {AppState} from '../app/state.js';
import {keepInView, quizScreen, type ListView} from '../app/quizFrame.js';
import {endChoices, type EndChoice} from '../quiz/lines.js';
import {FullScreen} from './FullScreenText.js';
import type {Theme} from '../screen/theme.js';

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
 * The quiz: a question, the feedback with its cited passage, or the results. ink-select-input is
 * mounted afresh for each question and for the end screen (keyed by what is asked), so it starts
 * on the first entry; it stays mounted, not listening, while the feedback is up, since tearing it
 * down on every answer was a third of the answer's time.
 */
export function QuizScreen({article, state, theme, onChoose, onEnd}: Props) {
	const quiz = state.quiz!;
	const asking = quiz.phase === 'end' ? `${quiz.round} end` : `${quiz.round} ${quiz.index}`;
	const [view, setView] = useState<ListView & {asking: string}>({asking, highlighted: 0, start: 0});
	const shown = view.asking === asking ? view : {asking, highlighted: 0, start: 0};
	const model = quizScreen(article, state, shown);
	const count = quiz.phase === 'end' ? endChoices(quiz).length : (quiz.questions[quiz.index]?.options.length ?? 0);
	const limit = model.list?.limit ?? count;
	return (
		<>
			<FullScreen lines={model.lines} theme={theme} />
			<SelectInput
				key={asking}
				isFocused={model.list !== null}
				items={Array.from({length: count}, (_, index) => ({key: String(index), label: String(index), value: index}))}
				indicatorComponent={Nothing}
				itemComponent={Nothing}
				onHighlight={(item) => setView((current) => ({asking, highlighted: item.value, start: keepInView(current.asking === asking ? current.start : 0, item.value, limit)}))}
				onSelect={(item) => (quiz.phase === 'end' ? onEnd(endChoices(quiz)[item.value]!.value) : onChoose(item.value))}
			/>
		</>
	);
}
