export * from './free-port';
export * from './graphql-client';
export * from './postgres-server';
export * from './stack';
export * from './test-database';
export * from './subscription';
export * from './customer-fixtures';
export * from './tcp-proxy';
