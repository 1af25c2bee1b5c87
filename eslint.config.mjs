import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'devTools/**', 'test-artifacts/**', '.playground/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'URL', 'Buffer', 'fetch', 'performance', 'AbortController', 'structuredClone', '__dirname', 'require', 'module'].map((g) => [g, 'readonly']),
      ),
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', '@microsoft/*', 'restify', 'kysely', 'better-sqlite3', 'pg', 'pino', '../storage/*', '../teams/*', '../../storage/*', '../../teams/*'] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject the clock: no new Date() in the domain core.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Inject the clock: no Date.now() in the domain core.' }],
    },
  },
);
