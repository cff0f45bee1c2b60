// Loads the Ink UI (Ink, React, the views).
//
// yoga-layout, Ink's layout engine, instantiates its WebAssembly (embedded as a data: URL) through
// fetch() whenever fetch exists. In Node that loads the whole HTTP client (undici): ~40 ms and a
// few MB, to read bytes that are already in memory. Without fetch, yoga decodes them directly.
// The descriptor is saved and restored as is, without reading fetch, which would load undici too.
export async function importUi(): Promise<typeof import('../ui/run.js')> {
	const saved = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await import('../ui/run.js');
	} finally {
		if (saved === undefined) delete (globalThis as {fetch?: unknown}).fetch;
		else Object.defineProperty(globalThis, 'fetch', saved);
	}
}
