// The phone page as served by the room: a small HTML shell, /app.css and /app.js, all from the
// room's own process (no CDN, no external fonts). The script is src/room/page/main.ts bundled by
// esbuild: at build time into dist (scripts/build.mjs defines PRESS_READER_ROOM_SCRIPT), and on
// first use when running from source (tests), with the same options (scripts/room-page.mjs).
import {pageCss} from './page/style.js';

declare const PRESS_READER_ROOM_SCRIPT: string | undefined;

export interface PageAssets {
	html: string;
	css: string;
	script: string;
}

let loaded: Promise<PageAssets> | null = null;

async function bundledScript(): Promise<string> {
	if (typeof PRESS_READER_ROOM_SCRIPT === 'string') return PRESS_READER_ROOM_SCRIPT;
	// From source only: the bundler is a development dependency, so its path is computed to keep
	// esbuild from pulling it into dist.
	const builder = new URL('../../scripts/room-page.mjs', import.meta.url).href;
	const module = (await import(builder)) as {buildRoomPage(): Promise<string>};
	return module.buildRoomPage();
}

export const pageHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Join the room · press-reader</title>
<link rel="stylesheet" href="/app.css">
</head>
<body>
<main id="app" data-screen="loading"><h1>Joining…</h1><noscript><p>This page needs JavaScript to play along.</p></noscript></main>
<div id="status" role="status" aria-live="polite" hidden></div>
<script src="/app.js" defer></script>
</body>
</html>
`;

/** The page's three files, bundled once per process. */
export function pageAssets(): Promise<PageAssets> {
	loaded ??= bundledScript().then((script) => ({html: pageHtml, css: pageCss, script}));
	return loaded;
}
