import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CommandError, loadSoundArticle} from '../../src/commands/load.js';
import {minimalSource} from '../helpers/content.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'press-reader-load-'));
const silent = {write: () => true};

async function refusal(text: string): Promise<CommandError> {
	const file = path.join(scratch, 'article.yaml');
	writeFileSync(file, text);
	const error = await loadSoundArticle(file, {progress: silent}).catch((caught: unknown) => caught);
	expect(error).toBeInstanceOf(CommandError);
	return error as CommandError;
}

describe('a command refusing an article with problems', () => {
	it('says "1 problem; fix it" for one', async () => {
		const error = await refusal(minimalSource.replace('    role: Mayor\n', '    rol: Mayor\n'));
		expect(error.exitCode).toBe(1);
		expect(error.message.split('\n').at(-1)).toMatch(/article\.yaml: 1 problem; fix it and check with: press-reader validate .*article\.yaml$/);
	});

	it('says "2 problems; fix them" for more', async () => {
		const error = await refusal(minimalSource.replace('    role: Mayor\n', '    rol: Mayor\n').replace('    role: Council leader\n', '    rol: Council leader\n'));
		expect(error.message.split('\n').at(-1)).toMatch(/: 2 problems; fix them and check/);
	});

	it('exits 2 for a file that cannot be read', async () => {
		const error = await loadSoundArticle(path.join(scratch, 'missing.yaml'), {progress: silent}).catch((caught: unknown) => caught);
		expect(error).toMatchObject({exitCode: 2, message: `${path.join(scratch, 'missing.yaml')}: cannot read: no such file`});
	});
});
