import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from './logger';

export interface JobDefinition {
  /** Unique across the system: replicas of every service share one lock per name. */
  name: string;
  description: string;
  everyMs: number;
  /** Runs in a transaction; must be idempotent (a later tick may see the same work). */
  run(manager: EntityManager, now: Date): Promise<void>;
}

/**
 * Runs a job on a timer in every replica, but each tick in at most one: the tick holds a
 * transaction-scoped advisory lock, and a replica that cannot take it skips the tick.
 */
export class JobRunner {
  private timer?: NodeJS.Timeout;
  private running?: Promise<boolean>;

  constructor(
    private readonly dataSource: DataSource,
    readonly definition: JobDefinition,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.runOnce(), this.definition.everyMs);
    this.timer.unref();
    void this.runOnce();
  }

  /** One tick now; true when this replica ran it, false when another held the lock. */
  runOnce(now: Date = new Date()): Promise<boolean> {
    this.running ??= this.dataSource
      .transaction(async (manager) => {
        const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
          `fieldloop-job:${this.definition.name}`,
        ]);
        if (!locked) return false;
        await this.definition.run(manager, now);
        return true;
      })
      .catch((error: unknown) => {
        if (this.dataSource.isInitialized)
          this.logger.error({ err: error, job: this.definition.name }, 'job failed; the next tick retries');
        return false;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
