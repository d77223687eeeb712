// Lint rules kept modest on purpose: the recommended typescript-eslint set that the code already
// meets, no `any` in the pure core, and no import cycles anywhere (a cycle makes module load order
// decide whether a binding is still undefined, which differs between webpack, SWC and the Apps
// Script bundle).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', '.lo-profile*/**', 'gas/generated/**', 'docs/**', 'bench/**', '*.config.js'],
  },
  {
    files: ['{shared,excel-addin,gas,playground,tools,fakes,test}/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Parameters and locals named with a leading underscore are deliberately unused
      // (host callback signatures); tsc's noUnusedLocals already checks the rest.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // Node scripts run as CommonJS by jest's reporter loader.
    files: ['test/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', process: 'readonly', require: 'readonly' } },
  },
);
