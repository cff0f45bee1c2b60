// The unit tests, for mutation testing (npm run mutate): Stryker runs them once per mutant, so the
// end-to-end tests, which run the built CLI and would not see a mutant anyway, are left out (and
// so is test/commands/quiz.test.ts, which runs nothing but the built CLI: without a build it fails).
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		exclude: ['test/e2e/**', 'test/cli.test.ts', 'test/commands/quiz.test.ts', '**/node_modules/**'],
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 20_000,
	},
});
