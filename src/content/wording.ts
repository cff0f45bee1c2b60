// Wording shared by the schema check and the content checks, so one rule reads the same from both.

/** What an answer may be: the index of one of the question's options. */
export function answerRange(optionCount: number | null): string {
	if (optionCount === null || optionCount < 1) return 'a whole number from 0 (the index of the correct option)';
	return `a whole number from 0 to ${optionCount - 1} (the index of the correct option among ${optionCount})`;
}
