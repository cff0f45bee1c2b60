import {useEffect, useLayoutEffect, useReducer, useRef} from 'react';
import {useApp, useInput} from 'ink';
import type {Article} from '../content/model.js';
import {appMode, appReducer, initialAppState, keyAction, type AppAction, type AppPage, type AppState} from '../app/state.js';
import {quizFeedbackScreen} from '../app/quizFrame.js';
import {commandFor, forwardKeys} from '../keys/keymap.js';
import {readerScreen, tocScreen} from '../reader/screen.js';
import {linesToAnsi} from '../screen/ansi.js';
import {isTooSmall, type Viewport} from '../screen/layout.js';
import type {Line} from '../screen/line.js';
import type {Best} from '../quiz/lines.js';
import {randomSeed} from '../quiz/shuffle.js';
import type {QuizState} from '../quiz/session.js';
import {FullScreenText} from './FullScreenText.js';
import {toKeyPress} from './inputKeys.js';
import {ListView} from './ListView.js';
import {QuizView} from './QuizView.js';
import {useRehearsal} from './surface.js';
import {useTheme} from './theme.js';
import {useTerminalSize} from './useTerminalSize.js';

export interface AppProps {
	article: Article;
	viewport: Viewport;
	page?: AppPage;
	seed?: number;
	best?: Best | null;
	/** Called once for each round that reaches its end. */
	onRoundEnd?: (quiz: QuizState) => void;
	/** Called with the last state when the user quits. */
	onQuit?: (state: AppState) => void;
	/** Told every state, so that a signal can still record a round in progress. */
	onState?: (state: AppState) => void;
	/** Messages from outside (a history warning) for the status line. */
	subscribeNotices?: (show: (text: string) => void) => () => void;
}

/**
 * The app's single input owner: every key is resolved through the keymap, against the screen it
 * was pressed on, into a command for the one app reducer. A list on screen (ink-select-input)
 * takes its own keys, which the keymap marks as the list's.
 */
export function App({article, viewport, page = 'reader', seed, best = null, onRoundEnd, onQuit, onState, subscribeNotices}: AppProps) {
	const [state, dispatch] = useReducer(
		(current: AppState, action: AppAction) => appReducer(article, current, action),
		undefined,
		() => initialAppState(article, {viewport, page, seed: seed ?? randomSeed(), now: Date.now(), best}),
	);
	const {exit} = useApp();
	const theme = useTheme();

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport]);
	useEffect(() => subscribeNotices?.((text) => dispatch({type: 'notice', text})), [subscribeNotices]);
	// In the same commit that draws the state, not after it: a signal that arrives once the screen
	// shows an answer must find that answer recorded (see run.tsx).
	useLayoutEffect(() => onState?.(state), [state, onState]);

	useInput((input, key) => {
		// Resolved against the screen this key was pressed on: keys arrive one render apart (see
		// terminal/keyFeed.ts), so this closure's state is the one on screen.
		const action = keyAction(state, toKeyPress(input, key), Date.now(), randomSeed());
		if (action !== null) dispatch(action);
	});

	const reported = useRef<QuizState | null>(null);
	// As above: a round on screen as ended is saved as finished, whatever comes next.
	useLayoutEffect(() => {
		if (state.quiz?.phase === 'end' && reported.current !== state.quiz) {
			reported.current = state.quiz;
			onRoundEnd?.(state.quiz);
		}
	}, [state.quiz, onRoundEnd]);

	useEffect(() => {
		if (!state.quit) return;
		onQuit?.(state);
		exit();
	}, [state, onQuit, exit]);

	const mode = appMode(state);
	useRehearsal(
		() =>
			forwardKeys(mode)
				.map((press) => commandFor(mode, press))
				.flatMap((command) => (command === null ? [] : [appReducer(article, state, {type: 'command', command, now: Date.now(), seed: 0})]))
				.filter((next) => next !== state)
				.flatMap((next) => {
					const lines = textScreen(article, {...next, reader: {...next.reader, viewport}});
					return lines === null ? [] : [linesToAnsi(lines, theme)];
				}),
		`${mode} ${state.quiz?.index} ${state.reader.section} ${state.reader.reveal} ${state.reader.scroll} ${viewport.cols}x${viewport.rows}`,
	);

	// Draw at the newest size at once; the resize action re-clamps scrolling right after.
	const current = {...state, reader: {...state.reader, viewport}};
	const lines = textScreen(article, current);
	if (lines !== null) return <FullScreenText lines={lines} />;
	if (current.page === 'quiz') {
		return (
			<QuizView
				article={article}
				state={current}
				onChoose={(option) => dispatch({type: 'choose', option, now: Date.now()})}
				onEnd={(choice) => dispatch({type: 'end', choice, now: Date.now(), seed: randomSeed()})}
			/>
		);
	}
	return <ListView key="toc" screen={tocScreen(article, current.reader, {notice: current.notice})} cols={viewport.cols} onSelect={(section) => dispatch({type: 'gotoSection', section})} />;
}

/** The whole screen as lines, for the screens that are long text; null for those with a list. */
function textScreen(article: Article, state: AppState): Line[] | null {
	// The too-small notice comes from the reader's screen whatever is showing.
	if (isTooSmall(state.reader.viewport)) return readerScreen(article, state.reader);
	if (state.page === 'quiz' && state.quiz !== null) return state.quiz.phase === 'feedback' ? quizFeedbackScreen(article, state) : null;
	if (state.reader.overlay === 'toc') return null;
	return readerScreen(article, state.reader, {visiting: state.visiting, notice: state.notice});
}

/** The app at the terminal's own size. */
export function AppRoot(props: Omit<AppProps, 'viewport'>) {
	return <App {...props} viewport={useTerminalSize()} />;
}
