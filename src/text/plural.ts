// Counts in messages, so that none reads "1 problems", "Quoted 1 time" or "fix them" for one.
// English only, like the rest of the interface.

/** "1 question", "3 questions"; `many` for nouns that do not just add an s ("1 person", "2 people"). */
export function plural(count: number, noun: string, many = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : many}`;
}

/** "once", "twice", "3 times". */
export function times(count: number): string {
	return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

/** "it" for one thing, "them" for more: "1 problem; fix it". */
export function them(count: number): string {
	return count === 1 ? 'it' : 'them';
}
