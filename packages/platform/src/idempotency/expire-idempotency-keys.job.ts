import type { JobDefinition } from '../jobs';

/** How long a key replays its create; a retry comes in seconds, a queued phone in days. */
export const IDEMPOTENCY_RETENTION_DAYS = 7;

/** Forgets a service's idempotency keys once they are older than the retention. */
export const expireIdempotencyKeys = (service: string): JobDefinition => ({
  name: `${service}.expire-idempotency-keys`,
  description: `Deletes idempotency keys older than ${IDEMPOTENCY_RETENTION_DAYS} days`,
  everyMs: 3_600_000,
  async run(manager, now) {
    await manager.query('DELETE FROM idempotency_key WHERE created_at < $1', [
      new Date(now.getTime() - IDEMPOTENCY_RETENTION_DAYS * 86_400_000),
    ]);
  },
});
