// The content checks' own unit tests, for `npx stryker run stryker.content.config.json`: with every
// unit test (stryker.config.json), the many test files that load the bundled article when they
// are imported make most mutants of the checks "static", run against every test, which takes hours.
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: [
			'test/content/check.test.ts',
			'test/content/checkRules.test.ts',
			'test/content/names.test.ts',
			'test/content/quoteIndex.test.ts',
			'test/content/schemaCheck.test.ts',
			'test/content/yamlSource.test.ts',
			'test/content/jsonSource.test.ts',
		],
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 20_000,
	},
});
