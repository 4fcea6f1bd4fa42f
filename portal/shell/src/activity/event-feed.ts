import type { TypedDocumentNode } from '@apollo/client';
import { graphql } from '../gql';
import type { CustomersFeedSubscription, VisitsFeedSubscription } from '../gql/graphql';
import type { PortalClient } from '@fieldloop/portal-kit';
import { useEffect, useState } from 'react';

/** One event of any service, as the feed shows it. */
export interface FeedEvent {
  cursor: string;
  id: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  shop: { id: string; name: string } | null;
  territory: { id: string; name: string } | null;
  accountManager: { id: string; name: string } | null;
  /** Staff member the event is about (customers.staff.*). */
  staffName: string | null;
}

/** live: following; reconnecting: connection lost; replaying: reconnected, receiving what was missed. */
export type FeedStatus = 'connecting' | 'live' | 'reconnecting' | 'replaying';

const CUSTOMERS_EVENTS = graphql(`
  subscription CustomersFeed($after: String) {
    customersEvents(after: $after) {
      cursor
      id
      type
      occurredAt
      payload
      retailer {
        id
        shopName
        territory {
          id
          name
        }
        accountManager {
          id
          name
        }
      }
      territory {
        id
        name
        accountManager {
          id
          name
        }
      }
      staffMember {
        id
        name
      }
    }
  }
`);

const VISITS_EVENTS = graphql(`
  subscription VisitsFeed($after: String) {
    visitsEvents(after: $after) {
      cursor
      id
      type
      occurredAt
      payload
      retailer {
        id
        shopName
        territory {
          id
          name
        }
      }
      accountManager {
        id
        name
      }
    }
  }
`);

interface Named {
  id: string;
  name: string;
}
/** Who and where an event is about, as each service's event type links them. */
interface About {
  territory: Named | null;
  accountManager: Named | null;
  staffName: string | null;
}
type CustomersRow = CustomersFeedSubscription['customersEvents'];
type VisitsRow = VisitsFeedSubscription['visitsEvents'];

function normalize(raw: CustomersRow | VisitsRow, about: About): FeedEvent {
  const territoryId = (raw.payload.territoryId as string | undefined) ?? about.territory?.id;
  return {
    cursor: raw.cursor,
    id: raw.id,
    type: raw.type,
    occurredAt: raw.occurredAt,
    payload: raw.payload,
    shop: raw.retailer ? { id: raw.retailer.id, name: raw.retailer.shopName } : null,
    territory: territoryId ? { id: territoryId, name: about.territory?.name ?? '' } : null,
    accountManager: about.accountManager,
    staffName: about.staffName ?? (raw.payload.name as string | undefined) ?? null,
  };
}

/** One service's event subscription, opened after a cursor, each event made a FeedEvent. */
function stream<T>(name: string, query: TypedDocumentNode<T, { after?: string | null }>, read: (data: T) => FeedEvent) {
  return {
    name,
    open: (client: PortalClient, after: string | undefined, receive: (event: FeedEvent) => void) =>
      client.apollo.subscribe({ query, variables: { after } }).subscribe({
        next: (result) => {
          if (result.data) receive(read(result.data));
        },
      }),
  };
}

const STREAMS = [
  stream('customers', CUSTOMERS_EVENTS, ({ customersEvents: raw }) =>
    normalize(raw, {
      territory: raw.retailer?.territory ?? raw.territory,
      accountManager: raw.retailer?.accountManager ?? raw.territory?.accountManager ?? null,
      staffName: raw.staffMember?.name ?? null,
    }),
  ),
  stream('visits', VISITS_EVENTS, ({ visitsEvents: raw }) =>
    normalize(raw, { territory: raw.retailer?.territory ?? null, accountManager: raw.accountManager, staffName: null }),
  ),
];
/** Keeps this many events in the page; older ones drop off the end. */
const KEEP = 300;
/** The replay is over when nothing has arrived for this long (the log sends its backlog at once). */
const REPLAY_QUIET_MS = 700;
/** …but "replaying" shows at least this long, so a reader sees what happened. */
const REPLAY_MIN_MS = 1_200;
const CURSOR_STORAGE_KEY = 'fieldloop.feed.cursors';

const newer = (a: string, b: string | undefined) => b === undefined || BigInt(a) > BigInt(b);

/**
 * Every service's events, newest first, with no gap and no repeat across lost connections.
 *
 * Each stream remembers the cursor (log position) of the last event it received. When the
 * connection drops, the subscriptions are dropped with it (graphql-ws would otherwise
 * re-send them as first sent, from the old cursor); when it is back, each is opened again
 * after its own cursor, so the log replays what was missed, then goes on live. Each stream
 * keeps its own cursor because the two arrive independently: resuming both from the newest
 * of either could skip an event still in flight on the other. The cursors live in
 * sessionStorage too, so reloading the page does not lose events either.
 */
export function useEventFeed(client: PortalClient | null) {
  const [events, setEvents] = useState<FeedEvent[]>([]);
  const [status, setStatus] = useState<FeedStatus>('connecting');
  const [caughtUp, setCaughtUp] = useState<number | null>(null);

  useEffect(() => {
    if (!client) return;
    const cursors: Record<string, string> = JSON.parse(sessionStorage.getItem(CURSOR_STORAGE_KEY) ?? '{}');
    let subscriptions: { unsubscribe(): void }[] = [];
    let epoch = 0;
    let replay: { missed: number; startedAt: number; timer?: ReturnType<typeof setTimeout> } | undefined;

    const finishReplaySoon = () => {
      if (!replay) return;
      clearTimeout(replay.timer);
      const current = replay;
      const wait = Math.max(REPLAY_QUIET_MS, current.startedAt + REPLAY_MIN_MS - Date.now());
      current.timer = setTimeout(() => {
        if (replay !== current) return;
        replay = undefined;
        setStatus('live');
        setCaughtUp(current.missed);
      }, wait);
    };

    const receive = (stream: string, event: FeedEvent) => {
      // The server resumes after the cursor; this only guards against a resend racing a resubscribe.
      if (!newer(event.cursor, cursors[stream])) return;
      cursors[stream] = event.cursor;
      sessionStorage.setItem(CURSOR_STORAGE_KEY, JSON.stringify(cursors));
      setEvents((previous) => [event, ...previous].sort((a, b) => (BigInt(b.cursor) > BigInt(a.cursor) ? 1 : -1)).slice(0, KEEP));
      if (replay) {
        replay.missed += 1;
        finishReplaySoon();
      }
    };

    const open = () => {
      subscriptions = STREAMS.map((stream) => {
        // A stream that has seen nothing yet resumes from the other's cursor: anything of its
        // own before that would have reached it already.
        const after = cursors[stream.name] ?? Object.values(cursors).sort((a, b) => (BigInt(b!) > BigInt(a!) ? 1 : -1))[0];
        return stream.open(client, after, (event) => receive(stream.name, event));
      });
    };
    const close = () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
      subscriptions = [];
    };

    const onConnection = () => {
      const snapshot = client.connection.snapshot();
      if (snapshot.state === 'connected' && snapshot.epoch !== epoch) {
        epoch = snapshot.epoch;
        close();
        const resuming = Object.keys(cursors).length > 0;
        if (resuming) {
          replay = { missed: 0, startedAt: Date.now() };
          setStatus('replaying');
          finishReplaySoon();
        } else {
          setStatus('live');
        }
        open();
      } else if (snapshot.state !== 'connected' && epoch > 0) {
        close();
        if (replay) clearTimeout(replay.timer);
        replay = undefined;
        setStatus('reconnecting');
      }
    };
    const unlisten = client.connection.subscribe(onConnection);
    onConnection();
    return () => {
      unlisten();
      close();
      if (replay) clearTimeout(replay.timer);
    };
  }, [client]);

  return { events, status, caughtUp };
}
