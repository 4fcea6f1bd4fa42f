export * from './idempotency-key.decorator';
export * from './idempotency-key.entity';
export * from './expire-idempotency-keys.job';
