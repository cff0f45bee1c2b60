// `npm run bench` scenario: `press-reader validate` on a generated 50,000-paragraph article
// (test/helpers/bigArticle.ts), with an empty cache (the full check) and again with the entry
// that run left (the cache hit). Prints the median wall time, CPU time (user + system, which a
// busy shared machine inflates less than wall time) and peak RSS of the whole process.
// Targets: ≤ 2 s and ≤ 200 MB for the full check on the development machine.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {bigArticle} from '../test/helpers/bigArticle.js';

const paragraphs = 50_000;

// The process reports its own peak RSS and CPU time (getrusage) on exit, on file descriptor 3.
const reportUsage = 'data:text/javascript,import {writeSync} from "node:fs"; process.on("exit", () => { try { writeSync(3, JSON.stringify(process.resourceUsage())); } catch {} });';

interface Run {
	ms: number;
	cpuMs: number;
	peakMb: number;
	status: number | null;
}

function validate(file: string, cacheHome: string): Run {
	const started = performance.now();
	const result = spawnSync(process.execPath, ['--import', reportUsage, 'dist/cli.js', 'validate', file], {
		encoding: 'utf8',
		env: {...process.env, XDG_CACHE_HOME: cacheHome},
		stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
	});
	const ms = performance.now() - started;
	const usage = JSON.parse(String(result.output[3] ?? '{}')) as Partial<NodeJS.ResourceUsage>;
	return {ms, cpuMs: ((usage.userCPUTime ?? Number.NaN) + (usage.systemCPUTime ?? Number.NaN)) / 1000, peakMb: (usage.maxRSS ?? Number.NaN) / 1024, status: result.status};
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs the scenario `runs` times in `scratch` and returns the lines to print. */
export function validateBig(scratch: string, runs: number): string[] {
	const file = path.join(scratch, 'big-50k.yaml');
	writeFileSync(file, bigArticle({paragraphs}));
	const size = statSync(file).size;
	const fresh: Run[] = [];
	const cached: Run[] = [];
	for (let run = 0; run < runs; run++) {
		const cacheHome = mkdtempSync(path.join(scratch, 'validate-cache-'));
		fresh.push(validate(file, cacheHome));
		cached.push(validate(file, cacheHome));
		rmSync(cacheHome, {recursive: true, force: true});
	}
	const failed = [...fresh, ...cached].find((run) => run.status !== 0);
	const figure = (list: Run[], key: 'ms' | 'cpuMs' | 'peakMb') => median(list.map((run) => run[key])).toFixed(0);
	const row = (name: string, list: Run[]) =>
		`  ${name.padEnd(28)} ${figure(list, 'ms').padStart(6)} ms wall  ${figure(list, 'cpuMs').padStart(6)} ms CPU  ${figure(list, 'peakMb').padStart(4)} MB peak RSS`;
	return [
		`validate, ${paragraphs.toLocaleString('en')} paragraphs (${(size / (1024 * 1024)).toFixed(1)} MB, generated), medians of ${runs}:`,
		row('full check (empty cache)', fresh),
		row('cached result', cached),
		'  Targets for the full check: ≤ 2 s, ≤ 200 MB.',
		...(failed === undefined ? [] : [`  validate exited with ${failed.status}: the generated article is not sound`]),
	];
}
