import type { EntityManager } from 'typeorm';
import type { DomainEvent } from './event';
import { matchesFilter, type EventFilter } from './event-log';
import type { EventLogTail } from './tail';

/** How much one subscriber may hold in memory. */
export interface StreamLimits {
  /** Events read from the log per query while replaying: the most of a replay held at once. */
  replayPageSize: number;
  /**
   * Live events that may wait for one subscriber (while it replays, or when it falls behind);
   * one more and it is ended as too slow, to resume from its cursor.
   */
  subscriberBuffer: number;
}

/** A burst the tail hands over at once (up to 1,000 events) fits in the buffer. */
export const DEFAULT_STREAM_LIMITS: StreamLimits = { replayPageSize: 200, subscriberBuffer: 5000 };

/** The stream's end when its subscriber let more live events wait than its buffer holds. */
export class SubscriberTooSlow extends Error {
  constructor(
    /** The cursor of the last event the subscriber was given: where it resumes. */
    readonly resumeAfter: string,
  ) {
    super(`subscriber fell behind by more events than its buffer holds; resume after ${resumeAfter}`);
  }
}

export interface StreamOptions {
  /** Replays read through it (the request pool), never the relay's background pool. */
  reader?: EntityManager;
  /** Ends the stream with the signal's reason as its error (e.g. the session was revoked). */
  abort?: AbortSignal;
  limits?: StreamLimits;
}

// A send that the socket takes at once resolves on the next tick, so a subscriber with events
// waiting would be fed all of them before any request is read. Each event waits for a turn.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every event after `after` (or from now), in log order, each once: first replayed from the
 * log, then live from the tail. The live listener is attached before the replay starts and
 * anything at or before the last replayed position is skipped, so the hand-over has neither
 * gap nor duplicate. The replay reads one page at a time (keyset on position) and reads the
 * next only when the subscriber has taken every event of this one: the caller pulls, and
 * graphql-ws pulls the next event only when the socket has taken the previous one. Live
 * events wait in a bounded queue; overflowing it ends the stream with SubscriberTooSlow.
 */
export function streamEvents(tail: EventLogTail, after: string | undefined, filter: EventFilter = {}, options: StreamOptions = {}): AsyncIterableIterator<DomainEvent> {
  const { reader, abort, limits = DEFAULT_STREAM_LIMITS } = options;
  const queue: DomainEvent[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  let overflowed = false;
  const onAbort = () => wake?.();
  abort?.addEventListener('abort', onAbort);
  const unlisten = tail.listen((event) => {
    if (overflowed || !matchesFilter(event, filter)) return;
    if (queue.length >= limits.subscriberBuffer) {
      // What waits is in the log: the subscriber reads it again when it resumes.
      overflowed = true;
      queue.length = 0;
      unlisten();
    } else {
      queue.push(event);
    }
    wake?.();
  });

  const events = (async function* () {
    let cursor = BigInt(after ?? tail.position);
    /** Whether the stream goes on; throws when it ends in error. */
    const proceed = () => {
      if (closed) return false;
      if (abort?.aborted) throw abort.reason;
      if (overflowed) throw new SubscriberTooSlow(cursor.toString());
      return true;
    };
    try {
      for (;;) {
        const page = await tail.bus.read(cursor.toString(), limits.replayPageSize, filter, reader);
        for (const event of page) {
          await nextTurn();
          if (!proceed()) return;
          yield event;
          cursor = BigInt(event.position);
        }
        if (page.length < limits.replayPageSize) break;
      }
      while (proceed()) {
        const event = queue.shift();
        if (event) {
          if (BigInt(event.position) > cursor) {
            await nextTurn();
            if (!proceed()) return;
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
