// Bundles the CLI into dist/ with esbuild: one small entry that parses arguments, and chunks
// (Ink, React, the UI) loaded only when the interactive reader starts.
import {chmod, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile} from 'node:fs/promises';
import {createHash} from 'node:crypto';
import {execFileSync} from 'node:child_process';
import {setTimeout as sleep} from 'node:timers/promises';

const stubDevtools = {
	name: 'stub-react-devtools-core',
	setup(builder) {
		// Ink imports it only when DEV is set; marking it external would leave a static import that fails.
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
	},
};

// Cached article checks are valid only for the code that made them: key them to that code.
async function modelVersion() {
	const hash = createHash('sha256');
	const {version} = JSON.parse(await readFile('package.json', 'utf8'));
	hash.update(version);
	for (const name of (await readdir('src/content')).sort()) hash.update(await readFile(`src/content/${name}`));
	return hash.digest('hex').slice(0, 16);
}

// Caches of what the code draws (FIGlet titles) are valid only for this build: its sources and
// the exact dependencies in the lockfile.
async function buildId() {
	const hash = createHash('sha256');
	hash.update(await readFile('package-lock.json'));
	const entries = await readdir('src', {recursive: true, withFileTypes: true});
	const files = entries.filter((entry) => entry.isFile()).map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`);
	for (const file of files.sort()) hash.update(file).update(await readFile(file));
	return hash.digest('hex').slice(0, 16);
}

// Everything the build reads: with --if-changed (npm start), an unchanged tree is not built again.
async function sourceHash() {
	const hash = createHash('sha256');
	const roots = ['src', 'scripts', 'content'];
	const files = ['package.json', 'package-lock.json'];
	for (const root of roots) {
		const entries = await readdir(root, {recursive: true, withFileTypes: true});
		files.push(...entries.filter((entry) => entry.isFile()).map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`));
	}
	for (const file of files.sort()) hash.update(file).update(await readFile(file));
	return hash.digest('hex');
}

// One build at a time (test runs started together, npm start beside a test run): the others wait,
// then find the tree built. A lock left by a build that was killed is taken over after a while.
async function withBuildLock(run) {
	const lock = 'dist.lock';
	for (;;) {
		try {
			await mkdir(lock);
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const since = await stat(lock).then((info) => Date.now() - info.mtimeMs, () => 0);
			if (since > 120_000) await rmdir(lock).catch(() => undefined);
			else await sleep(200);
		}
	}
	try {
		return await run();
	} finally {
		await rmdir(lock).catch(() => undefined);
	}
}

const built = () => readFile('dist/.sources', 'utf8').catch(() => '');
const sources = await sourceHash();
const ifChanged = process.argv.includes('--if-changed');
if (ifChanged && (await built()) === sources) process.exit(0);
await withBuildLock(async () => {
	if (ifChanged && (await built()) === sources) return;
	await buildInto(`dist.next-${process.pid}`);
	// dist is replaced whole, never left half written: the CLI that tests (or a user) are running
	// meanwhile finds the old build or the new one. dist/.sources, written last, marks it complete.
	const old = `dist.old-${process.pid}`;
	await rename('dist', old).catch((error) => {
		if (error.code !== 'ENOENT') throw error;
	});
	await rename(`dist.next-${process.pid}`, 'dist');
	await rm(old, {recursive: true, force: true});
	// The bundled article's checked result, in dist/cache (found from the bundled article, so run
	// from dist itself).
	execFileSync(process.execPath, ['dist/cli.js', '__warm-cache'], {stdio: 'inherit'});
	await writeFile('dist/.sources', sources);
});

async function buildInto(outdir) {
	// Loaded only when there is something to build: loading esbuild is most of an unchanged run.
	const {build} = await import('esbuild');
	const {buildRoomPage} = await import('./room-page.mjs');

	await rm(outdir, {recursive: true, force: true});
	await build({
		entryPoints: ['src/cli.ts'],
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		// PRESS_READER_NO_MINIFY=1 keeps names readable in CPU profiles.
		minify: process.env['PRESS_READER_NO_MINIFY'] !== '1',
		legalComments: 'linked',
		chunkNames: 'chunks/[name]-[hash]',
		define: {'process.env.NODE_ENV': '"production"', PRESS_READER_MODEL_VERSION: JSON.stringify(await modelVersion()), PRESS_READER_BUILD_ID: JSON.stringify(await buildId()), PRESS_READER_ROOM_SCRIPT: JSON.stringify(await buildRoomPage())},
		// CommonJS dependencies bundled into ESM still expect require and __filename.
		banner: {
			js: [
				"import {createRequire as __createRequire} from 'node:module';",
				"import {fileURLToPath as __fileURLToPath} from 'node:url';",
				'const require = __createRequire(import.meta.url);',
				'const __filename = __fileURLToPath(import.meta.url);',
			].join(' '),
		},
		plugins: [stubDevtools],
		logLevel: 'warning',
	});
	await chmod(`${outdir}/cli.js`, 0o755);
}
