import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'fetch'].map(
  (name) => ({ name, message: 'lib/ is shared by the browser, the CLI and tests: no DOM or browser globals here.' }),
);

const config = [
  ...next,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-bench/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'public/**'],
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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
