// Bundles the room's phone page script (src/room/page/main.ts) into one string, for the build
// (scripts/build.mjs) and for the room when it runs from source (src/room/page.ts). Targets the
// mobile Safari and Chrome of the last few years.
import {build} from 'esbuild';
import {fileURLToPath, URL} from 'node:url';

export async function buildRoomPage() {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('../src/room/page/main.ts', import.meta.url))],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: ['safari15', 'chrome100', 'firefox100'],
		minify: true,
		legalComments: 'none',
		logLevel: 'warning',
	});
	return result.outputFiles[0].text;
}
