import type { Logger } from '../logger';
import type { EventBus } from './bus';
import { CoalescingRunner } from './coalescing-runner';
import { OUTBOX_CHANNEL } from './event-log';
import { NotificationListener } from './notifications';

/**
 * Moves one service's outbox into the log whenever a transaction that published commits,
 * and every couple of seconds in case a notification was missed (or a crash left rows).
 * Any number of replicas may run it: rows are claimed with SKIP LOCKED.
 */
export class OutboxRelay {
  private readonly listener: NotificationListener;

  constructor(
    private readonly bus: EventBus,
    private readonly schema: string,
    url: string,
    private readonly logger: Logger,
    private readonly batchSize = 500,
  ) {
    this.listener = new NotificationListener(
      url,
      OUTBOX_CHANNEL,
      (payload) => {
        if (payload === '' || payload === schema) this.kick();
      },
      logger,
    );
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  /** Drains now; a kick while draining runs one more pass after it. */
  kick(): Promise<void> {
    return this.drain.kick();
  }

  private readonly drain = new CoalescingRunner(async () => {
    try {
      while ((await this.bus.appendFromOutbox(this.schema, this.batchSize)) === this.batchSize);
    } catch (error) {
      if (!this.stopped) this.logger.error({ err: error }, 'outbox relay failed; retrying');
    }
  });

  private stopped = false;

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener.stop();
    await this.drain.idle();
  }
}
