import type {Article} from '../content/model.js';
import {readerScreen} from '../reader/screen.js';
import type {ReaderState} from '../reader/state.js';
import {FullScreen} from './FullScreenText.js';
import type {Theme} from '../screen/theme.js';

interface Props {
	article: Article;
	state: ReaderState;
	theme: Theme;
	/** Showing a passage the quiz cited. */
	visiting?: boolean;
}

/** The reader: sizes come from state.viewport, never from the terminal. */
export function ReaderScreen({article, state, theme, visiting = false}: Props) {
	return <FullScreen lines={readerScreen(article, state, visiting)} theme={theme} />;
}
