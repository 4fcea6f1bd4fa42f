// One lint setup for every package, service and app in the repository.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', '**/*.d.ts', 'portal/*/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // type-graphql and TypeORM read decorated signatures through emitted metadata; with these
    // options consistent-type-imports knows which imports that metadata needs as values.
    languageOptions: { globals: { ...globals.node }, parserOptions: { experimentalDecorators: true, emitDecoratorMetadata: true } },
    rules: {
      // type-graphql and TypeORM take class references typed as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The portal's browser code: React components and hooks.
    files: ['portal/*/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
