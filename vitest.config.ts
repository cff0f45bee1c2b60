import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Ink draws only the last frame when CI is set; tests must see live frames.
		env: {CI: 'false', FORCE_COLOR: '0'},
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 20_000,
	},
});
