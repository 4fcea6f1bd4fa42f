import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { moveOutboxToLog, OUTBOX_CHANNEL } from './event-log';
import { NotificationListener } from './notifications';

/**
 * Moves one service's outbox into the log whenever a transaction that published commits,
 * and every couple of seconds in case a notification was missed (or a crash left rows).
 * Any number of replicas may run it: rows are claimed with SKIP LOCKED.
 */
export class OutboxRelay {
  private readonly listener: NotificationListener;
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    url: string,
    private readonly logger: Logger,
    private readonly batchSize = 500,
  ) {
    this.listener = new NotificationListener(url, OUTBOX_CHANNEL, (payload) => {
      if (payload === '' || payload === schema) this.kick();
    }, logger);
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  /** Drains now; a kick while draining runs one more pass after it. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          while ((await moveOutboxToLog(this.dataSource, this.schema, this.batchSize)) === this.batchSize);
        } catch (error) {
          if (this.dataSource.isInitialized) this.logger.error({ err: error }, 'outbox relay failed; retrying');
        }
      } while (this.again);
      this.running = undefined;
    })();
    return this.running;
  }

  async stop(): Promise<void> {
    await this.listener.stop();
    await this.running;
  }
}
