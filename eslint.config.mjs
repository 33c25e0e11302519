import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'fetch'].map(
  (name) => ({ name, message: 'lib/ is shared by the browser, the CLI and tests: no DOM or browser globals here.' }),
);

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next-bench/**',
      '.next-static/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'public/**',
    ],
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/export/browser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ has no React: it is the pure core.' },
            { group: ['next', 'next/*'], message: 'lib/ has no Next.js: it runs in the CLI and tests too.' },
            { group: ['zustand', 'zustand/*'], message: 'lib/ has no store: state lives in components/.' },
            { group: ['@xyflow/*', 'recharts', 'recharts/*'], message: 'lib/ has no UI libraries.' },
            { group: ['@/components/*', '@/app/*'], message: 'lib/ never reaches into the UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    // lib/design sits below lib/calc: the design document never depends on the calculations.
    files: ['lib/design/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ has no React: it is the pure core.' },
            { group: ['next', 'next/*'], message: 'lib/ has no Next.js: it runs in the CLI and tests too.' },
            { group: ['zustand', 'zustand/*'], message: 'lib/ has no store: state lives in components/.' },
            { group: ['@xyflow/*', 'recharts', 'recharts/*'], message: 'lib/ has no UI libraries.' },
            { group: ['@/components/*', '@/app/*'], message: 'lib/ never reaches into the UI.' },
            {
              group: ['../calc', '../calc/*', '@/lib/calc', '@/lib/calc/*'],
              message: 'lib/design sits below lib/calc: move what it needs into lib/design or lib/catalog.',
            },
          ],
        },
      ],
    },
  },
  {
    // Typed linting for the one rule that needs types: a switch over a union (a component kind, a
    // deployment type) lists every member, and a `default:` does not count as covering a missing one.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false, allowDefaultCaseForExhaustiveSwitch: true },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
