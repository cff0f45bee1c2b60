// The theme every view draws with, from one provider at the root instead of a prop on each view.
import {createContext, useContext} from 'react';
import {createTheme, type Theme} from '../screen/theme.js';

export const ThemeContext = createContext<Theme>(createTheme('dark', true));

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
