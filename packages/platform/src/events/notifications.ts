import { Client } from 'pg';
import type { Logger } from '../logger';

/**
 * One LISTEN connection that calls `onNotify` for a channel and also every `fallbackMs`, so a
 * lost connection or a missed notification delays work but never loses it. Reconnects.
 */
export class NotificationListener {
  private client?: Client;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onNotify: (payload: string) => void,
    private readonly logger: Logger,
    private readonly fallbackMs = 2000,
  ) {}

  async start(): Promise<void> {
    this.timer = setInterval(() => this.onNotify(''), this.fallbackMs);
    this.timer.unref();
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url, application_name: `fieldloop-listen-${this.channel}` });
    client.on('notification', (message) => this.onNotify(message.payload ?? ''));
    client.on('error', (error) => {
      this.logger.warn({ err: error, channel: this.channel }, 'notification connection lost; reconnecting');
      this.client = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => void this.connect().catch(() => undefined), 500).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.client = client;
    this.onNotify('');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.client?.end().catch(() => undefined);
  }
}
