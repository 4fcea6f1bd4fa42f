import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws subscription that collects what it receives, for tests and benchmarks. */
export class CollectingSubscription<T = Record<string, unknown>> {
  readonly received: T[] = [];
  readonly errors: unknown[] = [];
  /** Settles when the server completes the subscription or it fails. */
  readonly ended: Promise<void>;
  private waiters: { count: number; resolve: () => void }[] = [];
  private readonly client: Client;

  constructor(wsUrl: string, query: string, variables: Record<string, unknown> = {}, client?: Client) {
    this.client = client ?? connectWs(wsUrl);
    let end: () => void;
    this.ended = new Promise((resolve) => (end = resolve));
    this.client.subscribe<T>(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) this.errors.push(message.errors);
          if (message.data) this.received.push(message.data as T);
          this.waiters = this.waiters.filter((waiter) => (this.received.length >= waiter.count ? (waiter.resolve(), false) : true));
        },
        error: (error) => {
          this.errors.push(error);
          end();
        },
        complete: () => end(),
      },
    );
  }

  /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs = 20_000): Promise<T[]> {
    if (this.received.length >= count) return Promise.resolve(this.received);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`received ${this.received.length} of ${count} messages in ${timeoutMs} ms; errors: ${JSON.stringify(this.errors)}`),
          ),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.received);
        },
      });
    });
  }

  close(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

export function connectWs(url: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false });
}

export const wsUrlOf = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');
