export * from './identity';
export * from './signing-keys';
export * from './request-identity';
