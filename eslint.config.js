// Lint: typescript-eslint's recommended rules for TypeScript, eslint-plugin-astro's for
// components. Formatting is Prettier's job (npm run format:check), not the linter's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist-*/',
      '.astro/',
      '.bench/',
      'node_modules/',
      'src/kernel/generated/',
      'test/fixtures/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_`-prefixed names are deliberate placeholders (unused destructured fields, callback slots).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts are the product's tools; tests may use them, never the other way round (helpers shared by both
    // live in scripts/lib or src/).
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)test/', message: 'scripts never import test/: move the helper to scripts/lib or src/' },
          ],
        },
      ],
    },
  },
);
