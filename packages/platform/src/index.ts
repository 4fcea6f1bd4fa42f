import 'reflect-metadata';

export * from './config';
export * from './context';
export * from './database';
export * from './errors';
export * from './loaders';
export * from './logger';
export * from './pagination';
export * from './server';
export * from './subgraph';
export * from './locale';
export * from './migration-generator';
export * from './composition';
export * from './gateway-process';
export * from './embedded-postgres';
export * from './events';
export * from './jobs';
export * from './gateway-signature';
