// One lint setup for every package, service and app in the repository.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The service layout (docs/new-service.md, held also by services/service-layout.test.ts).
const SERVICE_BOUNDARY = [
  {
    group: ['@fieldloop/*/src/*', '@fieldloop/*/dist/*', '../../../*'],
    message: 'A service reaches another service or package only through its package root (@fieldloop/<name>).',
  },
  { group: ['@fieldloop/testkit'], message: 'testkit is for tests: service code must not depend on it.' },
];
/** Resolvers call services, services use entities and rules: never the other way round. */
const NO_RESOLVERS = { group: ['**/*.resolver'], message: 'Only index.ts and other resolvers import a resolver.' };
const NO_SERVICES = { group: ['**/*.service'], message: 'Entities, inputs, enums, events and rules do not depend on services.' };

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
    files: ['services/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: SERVICE_BOUNDARY }] },
  },
  {
    files: ['services/*/src/**/*.{entity,inputs,enums,events,scope}.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...SERVICE_BOUNDARY, NO_RESOLVERS, NO_SERVICES] }],
    },
  },
  {
    // Pure rules: no database, no schema, no service; a type from an entity is fine.
    files: ['services/*/src/**/*.rules.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...SERVICE_BOUNDARY,
            NO_RESOLVERS,
            NO_SERVICES,
            { group: ['typeorm', 'type-graphql', 'class-validator', '**/*.entity'], allowTypeImports: true, message: 'Rules are pure.' },
          ],
        },
      ],
    },
  },
  {
    // The portal's browser code: React components and hooks.
    files: ['portal/*/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['portal/*/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@apollo/client',
              importNames: ['gql'],
              message:
                "Write documents with graphql(…) from the app's ./gql: typed from the supergraph, checked by portal-documents.test.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
