export * from './consumer';
export * from './event';
export * from './event-log';
export * from './outbox';
export * from './relay';
export * from './stream';
export * from './tail';
export * from './event-type';
