// Nicknames typed on a phone end up on the projector and in other people's terminals: they are
// cleaned of anything that could move the cursor, recolour a terminal, flip text direction or
// hide itself, and compared ignoring case so that "Ann" and "ANN" cannot both play.

export const maxNameLength = 20;

// CSI, OSC, DCS/SOS/PM/APC strings and two-character escapes, in 7-bit and 8-bit forms.
const escapeSequences = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -~]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?/g;
// Control characters, line and paragraph separators, bidirectional controls, and every character
// drawn as nothing (Unicode's default-ignorables: soft hyphen, word joiner, zero-width space, the
// byte-order mark, Hangul fillers…), which would let "Ann" and "Ann" plus one of them both play,
// or a name show blank. The zero-width joiner, emoji variation selectors and tags stay: emoji
// sequences and flags need them (nameKey ignores them). Halves of surrogate pairs and the
// interlinear annotation controls are drawn as "�" or nothing: two names of them look the same.
const unwanted = /[\p{Cc}\p{Cs}\ufff9-\ufffb\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|(?!\u200d|\ufe0e|\ufe0f|[\u{e0020}-\u{e007f}])\p{Default_Ignorable_Code_Point}/gu;
const invisible = /\p{Default_Ignorable_Code_Point}/gu;
/** Combining marks kept on one character: enough for any script, not for a tower over the row above. */
const maxMarks = 4;
// Spacing marks count too: each takes a column of its own in a terminal (wcwidth), while the
// character they extend is measured as one (src/text/width.ts gives marks no width).
const combiningMark = /\p{M}/u;
/** Code points kept of one character: the longest emoji sequences (a couple with skin tones) take 10. */
const maxPoints = 16;

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Text from elsewhere as a terminal may show it: escape sequences removed whole, line breaks and
 * tabs as spaces, other control and bidirectional characters removed. What a room sends is a
 * stranger's text, and a terminal acts on an ESC in it.
 */
export function terminalText(raw: string): string {
	return raw.replace(escapeSequences, '').replace(/[\t\n\v\f\r\u2028\u2029]/g, ' ').replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
}

/** The name as it will be shown: NFC, no escapes or invisible controls, spaces collapsed, at most 20 characters. */
export function cleanName(raw: string): string {
	const text = raw.normalize('NFC').replace(escapeSequences, '').replace(/\s+/gu, ' ').replace(unwanted, '').replace(/ +/g, ' ').trim();
	const characters = [...graphemes.segment(text)].map((part) => withMarks(part.segment, maxMarks));
	const name = characters.slice(0, maxNameLength).join('').trim();
	// Only joiners and selectors left: nothing to see.
	return name.replace(invisible, '').trim() === '' ? '' : name;
}

/**
 * A character with at most `limit` combining marks, and no longer than an emoji sequence: "Z" with
 * 150 accents stacks up past its row, and joiners or tags can make one character of any length.
 */
function withMarks(grapheme: string, limit: number): string {
	let marks = 0;
	let points = 0;
	let kept = '';
	for (const point of grapheme) {
		if (combiningMark.test(point) && ++marks > limit) continue;
		if (++points > maxPoints) break;
		kept += point;
	}
	return kept;
}

/**
 * What two names are compared by: compatibility-normalised, without characters drawn as nothing,
 * case folded; so "Ann", "ANN", "ann", "Ａｎｎ" (full width) and "Ann" with a zero-width joiner are one name.
 */
export function nameKey(name: string): string {
	// Lower, upper, lower: ẞ lower-cases to ß, whose upper case is SS; upper-casing can decompose
	// (ΐ becomes Ϊ and an accent), hence NFKC again at the end.
	return name.normalize('NFKC').replace(invisible, '').toLowerCase().toUpperCase().toLowerCase().normalize('NFKC');
}

const adjectives = ['Brave', 'Calm', 'Clever', 'Swift', 'Quiet', 'Lucky', 'Bold', 'Bright', 'Curious', 'Eager', 'Gentle', 'Happy', 'Jolly', 'Keen', 'Lively', 'Merry', 'Nimble', 'Proud', 'Quick', 'Sunny', 'Witty', 'Zesty', 'Cosy', 'Daring'];
const animals = ['Otter', 'Badger', 'Falcon', 'Fox', 'Heron', 'Lynx', 'Marten', 'Owl', 'Panda', 'Puffin', 'Raven', 'Seal', 'Stoat', 'Swan', 'Tiger', 'Wren', 'Yak', 'Koala', 'Gecko', 'Bison', 'Crane', 'Hare', 'Ibis', 'Mole'];

/**
 * A friendly name for a player who left the field blank, not yet taken (by key). `random(n)`
 * returns an integer in [0, n); the server passes crypto.randomInt.
 */
export function generatedName(taken: (key: string) => boolean, random: (n: number) => number): string {
	const base = `${adjectives[random(adjectives.length)]!} ${animals[random(animals.length)]!}`;
	if (!taken(nameKey(base))) return base;
	for (let suffix = 2; ; suffix++) {
		const name = `${base} ${suffix}`;
		if (!taken(nameKey(name))) return name;
	}
}
