// Colours for each role of text, for dark and light backgrounds. Meaning never rests on colour
// alone: speakers are always named, matches are inverted, reported speech is italic.
import type {Style} from './line.js';

export type ThemeName = 'dark' | 'light';

export interface TextProps {
	color?: string;
	backgroundColor?: string;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	dimColor?: boolean;
	inverse?: boolean;
}

export interface Theme {
	name: ThemeName;
	/** Whether colours are drawn at all (not with NO_COLOR or --no-color). */
	colored: boolean;
	props(style: Style): TextProps;
	speakerColor(index: number | undefined): string | undefined;
	accent: string | undefined;
}

const palettes: Record<ThemeName, {speakers: string[]; accent: string; currentHit: string}> = {
	dark: {speakers: ['cyanBright', 'yellowBright', 'magentaBright', 'greenBright', 'blueBright', 'redBright'], accent: 'yellow', currentHit: 'yellow'},
	light: {speakers: ['blue', 'magenta', 'red', 'green', 'cyan', '#875f00'], accent: 'blue', currentHit: 'magenta'},
};

export function createTheme(name: ThemeName, color: boolean): Theme {
	const palette = palettes[name];
	const speakerColor = (index: number | undefined) =>
		color && index !== undefined ? palette.speakers[index % palette.speakers.length] : undefined;
	const accent = color ? palette.accent : undefined;

	const roleProps = (style: Style): TextProps => {
		switch (style.role) {
			case 'headline':
				return {bold: true};
			case 'standfirst':
				return {italic: true};
			case 'meta':
			case 'rights':
			case 'cue':
			case 'dim':
				return {dimColor: true};
			case 'subhead':
				return {bold: true, underline: true};
			case 'heading':
			case 'key':
			case 'marker':
				return {bold: true, color: accent};
			case 'quote':
				return style.speaker === undefined ? {italic: true} : {color: speakerColor(style.speaker)};
			case 'label':
				return {bold: true, color: speakerColor(style.speaker)};
			case 'reported':
			case 'narration':
				return {italic: true, dimColor: true};
			case 'selected':
				return {inverse: true, bold: true};
			case 'position':
				return {bold: true};
			case 'progress':
				return {color: accent};
			case 'text':
				return {};
			case 'qrLight':
			case 'qrDark':
			case 'qrHalf':
				return qrProps(style.role);
		}
	};

	// A QR code scans only with light modules light and dark ones dark, whatever the theme: with
	// colour both are explicit (src/room/qr.ts); without, the glyphs draw light modules in the
	// foreground, right on a dark background and inverted back on a light one.
	const qrProps = (role: 'qrLight' | 'qrDark' | 'qrHalf'): TextProps => {
		if (!color) return name === 'light' ? {inverse: true} : {};
		if (role === 'qrLight') return {color: 'whiteBright', backgroundColor: 'whiteBright'};
		if (role === 'qrDark') return {color: 'black', backgroundColor: 'black'};
		return {color: 'whiteBright', backgroundColor: 'black'};
	};

	return {
		name,
		colored: color,
		accent,
		speakerColor,
		props(style) {
			const props = style.dim ? {...roleProps(style), dimColor: true} : roleProps(style);
			if (style.hit === 'match') return {...props, inverse: true};
			if (style.hit === 'current') {
				return color ? {...props, color: 'black', backgroundColor: palette.currentHit, bold: true} : {...props, inverse: true, bold: true, underline: true};
			}
			return props;
		},
	};
}
