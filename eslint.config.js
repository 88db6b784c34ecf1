// @ts-check
// ESLint with typescript-eslint's type-checked rules; Prettier formats (eslint-config-prettier turns
// off the rules it owns). Why ESLint and not Biome: the type-aware rules (no floating promises, no
// unsafe `any` flows, no needless or unsafe type assertions) need the TypeScript type checker, which
// Biome does not run.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/corpus/', '.scratch/', '.tools/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A cast that changes what a value is, is how type holes get in.
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unsafe-type-assertion': 'error',
      // tsconfig's noPropertyAccessFromIndexSignature asks for `properties['id']` on index signatures (hast's
      // Properties); this stylistic rule would ask for the opposite.
      '@typescript-eslint/dot-notation': 'off',
      // Numbers in template literals are how messages are written.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `_name` destructuring drops a key on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests may assert what they just checked (`chapters[0]!`), and cast what they poke at.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-type-assertion': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['preview/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
