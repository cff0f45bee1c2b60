// `press-reader draft` speed: a 1.3 MB saved news page (readability's yahoo-3 test page) and a
// 2,000-word text, each through the built CLI (Node's start included) and in-process (the
// extraction and drafting alone). Targets: the page ≤ 1 s, the text ≤ 300 ms.
import {execFileSync} from 'node:child_process';
import {readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {draftArticle} from '../src/draft/draft.js';
import {draftToYaml} from '../src/draft/emit.js';
import {extractHtml} from '../src/draft/html.js';
import {extractPlainText} from '../src/draft/plain.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A text of `words` words from the guardian-1 page's paragraphs, repeated if need be. */
function textOf(words: number): string {
	const page = extractHtml(readFileSync('test/fixtures/draft/pages/guardian-1/source.html', 'utf8'));
	const paragraphs: string[] = [];
	let count = 0;
	for (let index = 0; count < words; index++) {
		const block = page.blocks.filter((entry) => entry.kind === 'paragraph')[index % page.blocks.length];
		if (block === undefined) continue;
		const take = block.text.split(' ').slice(0, words - count);
		paragraphs.push(take.join(' '));
		count += take.length;
	}
	return `${page.title}\n\n${paragraphs.join('\n\n')}\n`;
}

export function benchDraft(runs: number, scratch: string): void {
	const page = 'test/fixtures/draft/pages/yahoo-3/source.html';
	const text = path.join(scratch, 'two-thousand-words.txt');
	writeFileSync(text, textOf(2000));
	const cases = [
		{name: `saved page (${(statSync(page).size / 1e6).toFixed(2)} MB)`, file: page, target: 1000, inProcess: () => draftArticle(extractHtml(readFileSync(page, 'utf8')), 'page')},
		{name: 'text (2,000 words)', file: text, target: 300, inProcess: () => draftArticle(extractPlainText(readFileSync(text, 'utf8')), 'text')},
	];
	const rows: string[] = [];
	for (const entry of cases) {
		const cli: number[] = [];
		const alone: number[] = [];
		for (let run = -1; run < runs; run++) {
			const started = performance.now();
			execFileSync(process.execPath, ['dist/cli.js', 'draft', entry.file], {stdio: ['ignore', 'ignore', 'ignore']});
			const cliTime = performance.now() - started;
			const before = performance.now();
			draftToYaml(entry.inProcess(), 'press-reader.schema.json', entry.file);
			const aloneTime = performance.now() - before;
			if (run >= 0) {
				cli.push(cliTime);
				alone.push(aloneTime);
			}
		}
		rows.push(`  ${entry.name.padEnd(26)} CLI ${median(cli).toFixed(0).padStart(5)} ms (target ≤ ${entry.target} ms)   in-process ${median(alone).toFixed(0).padStart(4)} ms`);
	}
	console.log(`\npress-reader draft: medians of ${runs} runs after a warm-up (CLI includes Node's start)\n${rows.join('\n')}`);
}
