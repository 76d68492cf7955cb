// Lint rules, including the process boundary: each folder may import only what
// runs where that folder's code runs (see README "Code layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = { name: 'electron', message: 'Only src/main/electron/, src/main/index.ts and src/preload/ may import electron.' };
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'zlib', 'url'],
  message: 'Node built-ins do not exist in the renderer or in src/shared/.',
};
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
  message: 'React belongs to the renderer.',
};
const noMain = { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through window.folio.' };
const noParseToJob = {
  // `../x` is the rest of import/ (the job, the worker's file task); deeper `../../` paths are checked by folder name.
  // Of images/ only the tracking-pixel rules (pure, shared with the downloader) may be used: an <img> is judged by them.
  regex: '^\\.\\./(?!\\.\\./)|/(?:library|store|search)/|/images/(?!tracking-pixel$)',
  message: 'import/parse/ is the pure parse pipeline: it must not reach the import job, the library, the store or search.',
};
// Inner layers of the service: search (the index included) is pure text and index code; the
// library, its databases and the import call into it, never the other way round.
const searchOnly = {
  group: ['**/store/**', '**/import/**', '**/library/**'],
  message: 'src/main/search/ must not import store/, import/ or library/: take what it needs as a parameter (see IndexHost).',
};
// The databases, packs and lock are reached only through library/ (one door to the data).
const noStore = {
  group: ['**/store/**'],
  message: 'store/ is reached only through library/: ask the Library for an intent, or import what you need from library/records.',
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its failure silently, and one passed where
    // a plain callback is expected runs unawaited. Type information comes from the two tsconfigs.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/main/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.mjs', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noReact, noStore] }] },
  },
  {
    files: ['src/main/library/**/*.ts', 'src/main/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noReact] }] },
  },
  {
    // The parse pipeline turns bytes into an article and knows nothing of jobs, workers or the library,
    // so it can run in any thread and be tested on strings.
    files: ['src/main/import/parse/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noReact, noParseToJob] }] },
  },
  {
    files: ['src/main/search/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noReact, searchOnly] }] },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noStore] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins, noReact, noMain] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins, noMain] }],
    },
  },
);
