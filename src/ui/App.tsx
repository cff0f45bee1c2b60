import {useEffect, useReducer, useRef} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import {appMode, appReducer, initialAppState, type AppAction, type AppState, type Screen} from '../app/state.js';
import {quizScreen} from '../app/quizFrame.js';
import {forwardKeys, isSelectKey} from '../keys/keymap.js';
import {readerScreen} from '../reader/screen.js';
import type {Line} from '../screen/line.js';
import {isTooSmall, type Viewport} from '../screen/layout.js';
import type {Best} from '../quiz/lines.js';
import {randomSeed} from '../quiz/shuffle.js';
import type {QuizState} from '../quiz/session.js';
import {linesToAnsi} from '../screen/ansi.js';
import {toKeyPress} from './inputKeys.js';
import {QuizScreen} from './QuizView.js';
import {ReaderScreen} from './ReaderView.js';
import {useRehearsal} from './surface.js';
import type {Theme} from '../screen/theme.js';
import {useTerminalSize} from './useTerminalSize.js';

export interface AppProps {
	article: Article;
	theme: Theme;
	viewport: Viewport;
	screen?: Screen;
	seed?: number;
	best?: Best | null;
	/** Called once for each round that reaches its end. */
	onRoundEnd?: (quiz: QuizState) => void;
	/** Called with the last state when the user quits. */
	onQuit?: (state: AppState) => void;
}

/** The app's single input owner: every key becomes an action of the one app reducer. */
export function App({article, theme, viewport, screen = 'reader', seed, best = null, onRoundEnd, onQuit}: AppProps) {
	const [state, dispatch] = useReducer(
		(current: AppState, action: AppAction) => appReducer(article, current, action),
		undefined,
		() => initialAppState(article, {viewport, screen, seed: seed ?? randomSeed(), now: Date.now(), best}),
	);
	const {exit} = useApp();

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport.cols, viewport.rows]);

	// The mode of the screen last drawn, kept in a ref: a key can arrive after a frame is on screen
	// but before this handler is re-subscribed with the new render's closure.
	const renderedMode = useRef(appMode(state));
	renderedMode.current = appMode(state);
	useInput((input, key) => {
		const press = toKeyPress(input, key);
		// ink-select-input handles its own keys while the screen that shows it is up. Its choice
		// reaches the reducer first, so the same Enter must not then count as "next question".
		if (isSelectKey(renderedMode.current, press)) return;
		dispatch({type: 'key', press, now: Date.now(), seed: randomSeed()});
	});

	const reported = useRef<QuizState | null>(null);
	useEffect(() => {
		if (state.quiz?.phase === 'end' && reported.current !== state.quiz) {
			reported.current = state.quiz;
			onRoundEnd?.(state.quiz);
		}
	}, [state.quiz]);

	useEffect(() => {
		if (!state.quit) return;
		onQuit?.(state);
		exit();
	}, [state.quit]);

	useRehearsal(
		() =>
			forwardKeys(appMode(state))
				.map((press) => appReducer(article, state, {type: 'key', press, now: Date.now(), seed: 0}))
				.filter((next) => next !== state)
				.map((next) => linesToAnsi(fullScreenLines(article, {...next, reader: {...next.reader, viewport}}), theme)),
		[appMode(state), state.quiz?.index],
	);

	// Draw at the newest size at once; the resize action re-clamps scrolling right after.
	const current = {...state, reader: {...state.reader, viewport}};
	if (showsQuiz(current)) {
		return (
			<QuizScreen
				article={article}
				state={current}
				theme={theme}
				onChoose={(option) => dispatch({type: 'choose', option, now: Date.now()})}
				onEnd={(choice) => dispatch({type: 'end', choice, now: Date.now(), seed: randomSeed()})}
			/>
		);
	}
	return <ReaderScreen article={article} state={current.reader} theme={theme} visiting={current.visiting} />;
}

const showsQuiz = (state: AppState) => state.screen === 'quiz' && state.quiz !== null && !isTooSmall(state.reader.viewport);

/** The lines of the whole screen in this state. */
function fullScreenLines(article: Article, state: AppState): Line[] {
	if (!showsQuiz(state)) return readerScreen(article, state.reader, state.visiting);
	return quizScreen(article, state).lines;
}

/** The app at the terminal's own size. */
export function AppRoot(props: Omit<AppProps, 'viewport'>) {
	return <App {...props} viewport={useTerminalSize()} />;
}
