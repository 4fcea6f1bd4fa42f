/** What every portal app shares: loaded once, from the shell, as a federated singleton. */
export * from './connection';
export * from './errors';
export * from './filter-select';
export * from './flags';
export * from './format';
export * from './geo-plot';
export * from './graphql-request';
export * from './i18n';
export * from './language-switch';
export * from './portal-client';
export * from './portal-runtime';
export * from './remote-marker';
export * from './runtime-config';
export * from './session';
export * from './sign-in-form';
export * from './states';
export * from './url-state';
