import type { EntityManager } from 'typeorm';
import type { DomainEvent } from './event';
import { matchesFilter, type EventFilter } from './event-log';
import type { EventLogTail } from './tail';

const REPLAY_BATCH = 500;

/**
 * Every event after `after` (or from now), in log order, each once: first replayed from the
 * log, then live from the tail. The live listener is attached before the replay starts and
 * anything at or before the last replayed position is skipped, so the hand-over has neither
 * gap nor duplicate. Replays read through `reader` (the request pool), so a crowd of
 * reconnecting subscribers never queues in front of the relay on the background pool.
 */
export function streamEvents(
  tail: EventLogTail,
  after: string | undefined,
  filter: EventFilter = {},
  reader?: EntityManager,
  /** Ends the stream with the signal's reason as its error (e.g. the session was revoked). */
  abort?: AbortSignal,
): AsyncIterableIterator<DomainEvent> {
  const queue: DomainEvent[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  const onAbort = () => wake?.();
  abort?.addEventListener('abort', onAbort);
  const unlisten = tail.listen((event) => {
    if (!matchesFilter(event, filter)) return;
    queue.push(event);
    wake?.();
  });

  const events = (async function* () {
    try {
      let cursor = BigInt(after ?? tail.position);
      for (;;) {
        const batch = await tail.bus.read(cursor.toString(), REPLAY_BATCH, filter, reader);
        for (const event of batch) {
          if (closed) return;
          if (abort?.aborted) throw abort.reason;
          yield event;
          cursor = BigInt(event.position);
        }
        if (batch.length < REPLAY_BATCH) break;
      }
      while (!closed) {
        if (abort?.aborted) throw abort.reason;
        const event = queue.shift();
        if (event) {
          if (BigInt(event.position) > cursor) {
            yield event;
            cursor = BigInt(event.position);
          }
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    } finally {
      unlisten();
      abort?.removeEventListener('abort', onAbort);
    }
  })();

  // A subscriber that leaves while we wait for the next event must not wait for one more.
  const close = () => {
    closed = true;
    unlisten();
    wake?.();
  };
  return {
    next: () => events.next(),
    return: (value?: unknown) => {
      close();
      return events.return(value as undefined);
    },
    throw: (error?: unknown) => {
      close();
      return events.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
