// ESLint with typescript-eslint's recommended rules, and the few the house keeps besides: bounded
// complexity, no non-null assertions, bounded line length (strings excepted: a message stays whole,
// so that it can be searched for). `npm run lint`, run first by `npm test`. A line-level exception
// names its rule and says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['out/', '**/dist/', 'node_modules/', 'server/node_modules/', 'test/fixtures/', 'test/corpus/', '.vscode-test/', 'server/src/reference/data/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    rules: {
      complexity: ['error', 20],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'max-len': ['error', { code: 180, ignoreRegExpLiterals: true, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS files (the package's bin shims, the test workbench's shims): require is their import.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { exports: 'writable', URLSearchParams: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
