import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The pure core (../shared/DESIGN.md): no browser APIs, no UI, no entrypoints.
    files: ['lib/**/*.ts'],
    ignores: ['lib/settings/storage.ts', 'lib/messaging/**', 'lib/store/**', 'lib/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ must not import entrypoints.' },
            { group: ['**/components/**', '@/components/**'], message: 'lib/ must not import UI components.' },
            { group: ['wxt/browser', '#imports'], message: 'lib/ stays pure: pass browser access in from entrypoints.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['lib/cli/**', 'scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
