// Lint rules for the project: typescript-eslint's type-aware recommendations and React's hook rules.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'dist.next-*/', 'dist.old-*/', '.bench/', '.stryker-tmp/', 'reports/', 'node_modules/', 'coverage/']},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {parserOptions: {projectService: {allowDefaultProject: ['*.js', 'scripts/*.mjs']}, tsconfigRootDir: import.meta.dirname}},
		plugins: {'react-hooks': reactHooks},
		rules: {
			...reactHooks.configs.recommended.rules,
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
			// Control characters are the point of a terminal app's escape sequences.
			'no-control-regex': 'off',
		},
	},
	// vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
	{files: ['test/**/*.ts', 'test/**/*.tsx'], rules: {'@typescript-eslint/no-unsafe-assignment': 'off'}},
	// The phone page and its browser test are checked with the DOM's types (tsconfig.page.json).
	{files: ['src/room/page/**/*.ts', 'test/room/page.browser.test.ts'], languageOptions: {parserOptions: {projectService: false, project: './tsconfig.page.json'}}},
	{files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked, languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly'}}},
);
