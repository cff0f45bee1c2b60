// Results remembered per object (an article, a quiz question) and key, least recently used first
// out: a long session of resizes and searches keeps composing new screens, and what it keeps of
// them must not grow with it.
import {LRUCache} from 'lru-cache';

export function memoPer<Owner extends object, Value extends NonNullable<unknown>>(max: number): (owner: Owner, key: string, compute: () => Value) => Value {
	const caches = new WeakMap<Owner, LRUCache<string, Value>>();
	return (owner, key, compute) => {
		let cache = caches.get(owner);
		if (cache === undefined) caches.set(owner, (cache = new LRUCache<string, Value>({max})));
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = compute()));
		return value;
	};
}
