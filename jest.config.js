/** One jest run for the whole repository, against real PostgreSQL (see packages/testkit). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    // type-graphql and TypeORM read the types of decorated members at run time.
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  testMatch: ['<rootDir>/{packages,services,infra}/**/*.test.ts', '<rootDir>/portal/e2e/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/packages/testkit/dist/jest-global-setup.js',
  globalTeardown: '<rootDir>/packages/testkit/dist/jest-global-teardown.js',
  reporters: ['default', '<rootDir>/packages/testkit/dist/jest-summary-reporter.js'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
