// Lint rules whose main job is to enforce the layers (architecture notes):
//   shared/   imports nothing outside shared/: no Node, no Electron, no React, no DOM
//   renderer/ imports shared/ and browser APIs only: never main/, never Node or Electron
//   main/     never imports renderer/
// A violation fails `npm test` (which runs `npm run lint`). Tests may read files with Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `${m}/*`]);
const nodeImports = {
  group: ['node:*', ...nodeBuiltins],
  message: 'Node 模块只能在 main/ 中使用（分层规则）。',
};
const electronImports = { group: ['electron', 'electron/*'], message: 'Electron 只能在 main/ 中使用（分层规则）。' };
const uiImports = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*'],
  message: 'shared/ 不能依赖界面库（分层规则）。',
};
const mainImports = { group: ['**/main/**', '../main', '../../main'], message: 'renderer/ 不能引用 main/（分层规则）。' };
const rendererImports = { group: ['**/renderer/**', '../renderer'], message: 'main/ 不能引用 renderer/（分层规则）。' };
const outsideShared = {
  // The top-level templates/ folder (data files) is main's to load; shared/templates/ (the template
  // model: schema, fields, filling) is shared code, reached as ./templates/… from shared/*.ts and as
  // ../templates/… from the contract in shared/api/ (for whose files ../../* already means outside shared/).
  group: ['../../*', '**/main/**', '**/renderer/**', '**/templates/**', '!./templates/**'],
  message: 'shared/ 只能引用 shared/ 内的模块（分层规则）。',
};
const outsideSharedFromApi = { ...outsideShared, group: ['../../*', '**/main/**', '**/renderer/**'] };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.tsbuild/**', 'fixtures/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeImports, electronImports, uiImports, outsideShared] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'shared/ 是纯 TypeScript：不能使用 DOM 或 Node 全局对象（分层规则）。',
        })),
      ],
    },
  },
  {
    files: ['shared/api/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeImports, electronImports, uiImports, outsideSharedFromApi] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeImports,
            electronImports,
            mainImports,
            // The contract's types only: its zod schemas belong to main, and zod probes eval(), which the CSP forbids.
            { group: ['**/shared/api', '**/shared/api/**'], allowTypeImports: true, message: 'renderer/ 只能以 import type 引用 shared/api（zod 只在 main 中运行）。' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['main/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [rendererImports] }],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs,js}', 'bin/**/*.js', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
