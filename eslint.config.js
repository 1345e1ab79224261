import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'public/mockServiceWorker.js', 'scratch', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render text.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // The API core is shared by the MSW transport (mocks/) and the Node server (server/): it owns neither.
    files: ['core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['msw', 'msw/*', 'node:*', 'hono', 'hono/*', '@hono/*', 'react', 'react-*'], message: 'The API core is pure: no transport, no Node I/O, no UI.' }] },
      ],
    },
  },
);
