// linebreak (UAX #14) ships no types; only what is used here.
declare module 'linebreak' {
	export default class LineBreaker {
		constructor(text: string);
		nextBreak(): {position: number; required: boolean} | null;
	}
}
