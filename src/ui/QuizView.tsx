import type {Article} from '../content/model.js';
import type {AppState} from '../app/state.js';
import {quizFeedbackScreen, quizListScreen} from '../app/quizFrame.js';
import {endChoices, type EndChoice} from '../quiz/lines.js';
import {FullScreenText} from './FullScreenText.js';
import {ListView} from './ListView.js';

interface Props {
	article: Article;
	state: AppState;
	onChoose: (option: number) => void;
	onEnd: (choice: EndChoice) => void;
}

/** The quiz: a question with its options, the feedback with its cited passage, or the results. */
export function QuizView({article, state, onChoose, onEnd}: Props) {
	const quiz = state.quiz!;
	if (quiz.phase === 'feedback') return <FullScreenText lines={quizFeedbackScreen(article, state)} />;
	// A new list for each question and each end screen, so it starts on the first entry.
	const asking = quiz.phase === 'end' ? `${quiz.round} end ${quiz.startedAt}` : `${quiz.round} ${quiz.startedAt} ${quiz.index}`;
	return (
		<ListView
			key={asking}
			screen={quizListScreen(article, state)}
			cols={state.reader.viewport.cols}
			onSelect={(index) => (quiz.phase === 'end' ? onEnd(endChoices(quiz)[index]!.value) : onChoose(index))}
		/>
	);
}
