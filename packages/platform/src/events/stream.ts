import type { EntityManager } from 'typeorm';
import type { DomainEvent } from './event';
import { matchesFilter, type EventFilter } from './event-log';
import type { EventLogTail } from './tail';
import { nextTurn, turnIsOver } from './turns';

/** How much of the log one subscription may hold in memory. */
export interface StreamLimits {
  /** Events read from the log per query while replaying: the most of a replay held at once. */
  replayPageSize: number;
  /**
   * Live events that may wait for one subscriber; one more and it is ended as too slow, to
   * resume from its cursor. Generous: a thousand subscribers share the same event objects, so
   * a waiting event costs a reference, and the live feed must not be cut under a normal burst.
   */
  subscriberBuffer: number;
}

/** A page is one query of the log; the buffer holds twice the largest burst bench/events-latency sends. */
export const DEFAULT_STREAM_LIMITS: StreamLimits = { replayPageSize: 500, subscriberBuffer: 20_000 };

/** The stream's end when more live events waited for its subscriber than its buffer holds. */
export class SubscriberTooSlow extends Error {
  constructor(
    /** The cursor of the last event the subscriber was given: where it resumes. */
    readonly resumeAfter: string,
  ) {
    super(`subscriber fell behind by more events than its buffer holds; resume after ${resumeAfter}`);
  }
}

/** The type of the one message that marks the end of a replay (`caughtUp: true`). */
export const CAUGHT_UP_TYPE = 'fieldloop.caught-up';

/** The marker after the replay's last event: its cursor is where the replay ended. */
const caughtUpAt = (cursor: string, source: string): DomainEvent => ({
  position: cursor,
  id: `caught-up:${cursor}`,
  source,
  type: CAUGHT_UP_TYPE,
  version: 1,
  occurredAt: new Date(),
  actor: null,
  refs: [],
  payload: {},
});

export interface StreamOptions {
  /** Replays read through it (the request pool), so reconnecting crowds never queue before the relay. */
  reader?: EntityManager;
  /** Ends the stream with the signal's reason as its error (e.g. the session was revoked). */
  abort?: AbortSignal;
  limits?: StreamLimits;
  /** Yields one CAUGHT_UP_TYPE marker once the replay has reached the live tail. */
  markCaughtUp?: boolean;
}

/**
 * Every event after `after` (or from now), in log order, each once: first replayed from the
 * log, then live from the tail.
 *
 * The replay reads keyset pages (`position > cursor`) and reads the next page only when the
 * subscriber has taken the whole of this one: the caller pulls, and graphql-ws pulls again only
 * once the socket has taken the previous message, so a slow socket slows its own replay and
 * nobody else's, and a replay holds one page, not the log. Live events are listened for only
 * once a page comes back short (the replay has caught up); the log is read once more after
 * that, and anything at or before the cursor is skipped, so the hand-over has neither gap nor
 * duplicate. Live events wait in a bounded queue; overflowing it ends the stream with
 * SubscriberTooSlow, whose cursor says where to resume: nothing is lost, the log has it all.
 * Between events the stream lets requests in once the event loop's turn has run long (turns.ts).
 * With `markCaughtUp`, one marker event (CAUGHT_UP_TYPE) follows the replay's last event, so a
 * client knows the past is in without waiting for silence.
 */
export function streamEvents(
  tail: EventLogTail,
  after: string | undefined,
  filter: EventFilter = {},
  options: StreamOptions = {},
): AsyncIterableIterator<DomainEvent> {
  const { reader, abort, limits = DEFAULT_STREAM_LIMITS, markCaughtUp = false } = options;
  const queue: DomainEvent[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  let overflowed = false;
  let unlisten: (() => void) | undefined;
  const onAbort = () => wake?.();
  abort?.addEventListener('abort', onAbort);
  const listen = () => {
    unlisten = tail.listen((event) => {
      if (overflowed || !matchesFilter(event, filter)) return;
      if (queue.length >= limits.subscriberBuffer) {
        overflowed = true;
        queue.length = 0;
        unlisten?.();
      } else {
        queue.push(event);
      }
      wake?.();
    });
  };
  // From now: listen at once, so nothing committed after the subscription started is missed.
  if (after === undefined) listen();

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
          if (turnIsOver()) await nextTurn();
          if (!proceed()) return;
          yield event;
          cursor = BigInt(event.position);
        }
        if (page.length === limits.replayPageSize) continue;
        if (unlisten) break;
        listen(); // caught up: from here the tail has what the log gets; one more read closes the gap
      }
      if (markCaughtUp) {
        if (!proceed()) return;
        yield caughtUpAt(cursor.toString(), filter.sources?.[0] ?? '');
      }
      while (proceed()) {
        const event = queue.shift();
        if (event) {
          if (BigInt(event.position) > cursor) {
            if (turnIsOver()) await nextTurn();
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
      unlisten?.();
      abort?.removeEventListener('abort', onAbort);
    }
  })();

  // A subscriber that leaves while we wait for the next event must not wait for one more.
  const close = () => {
    closed = true;
    unlisten?.();
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
