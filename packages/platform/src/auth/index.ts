export * from './access';
export * from './identity';
export * from './signing-keys';
export * from './request-identity';
export * from './session-ended';
export * from './permission-names';
