import type { TypedDocumentNode } from '@apollo/client';
import { graphql } from '../gql';
import type { ComplaintsFeedSubscription, CustomersFeedSubscription, VisitsFeedSubscription } from '../gql/graphql';
import { companyToday, type PortalClient } from '@fieldloop/portal-kit';
import { useSyncExternalStore } from 'react';

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
  /** The case a complaints event is about, and who owes its answer. */
  case?: { id: string; title: string; owner: string | null } | null;
}

/** live: following; reconnecting: connection lost; replaying: reconnected, receiving what was missed. */
export type FeedStatus = 'connecting' | 'live' | 'reconnecting' | 'replaying';

const CUSTOMERS_EVENTS = graphql(`
  subscription CustomersFeed($after: String, $since: DateTimeISO, $last: Int) {
    customersEvents(after: $after, since: $since, last: $last, markCaughtUp: true) {
      caughtUp
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
  subscription VisitsFeed($after: String, $since: DateTimeISO, $last: Int) {
    visitsEvents(after: $after, since: $since, last: $last, markCaughtUp: true) {
      caughtUp
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

const COMPLAINTS_EVENTS = graphql(`
  subscription ComplaintsFeed($after: String, $since: DateTimeISO, $last: Int) {
    complaintsEvents(after: $after, since: $since, last: $last, markCaughtUp: true) {
      caughtUp
      cursor
      id
      type
      occurredAt
      payload
      case {
        id
        title
        assignee {
          id
          name
        }
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
  shop: { id: string; shopName: string } | null | undefined;
  territory: Named | null;
  accountManager: Named | null;
  staffName: string | null;
}
type CustomersRow = CustomersFeedSubscription['customersEvents'];
type VisitsRow = VisitsFeedSubscription['visitsEvents'];
type ComplaintsRow = ComplaintsFeedSubscription['complaintsEvents'];

function normalize(raw: CustomersRow | VisitsRow | ComplaintsRow, about: About): FeedEvent {
  const territoryId = (raw.payload.territoryId as string | undefined) ?? about.territory?.id;
  return {
    cursor: raw.cursor,
    id: raw.id,
    type: raw.type,
    occurredAt: raw.occurredAt,
    payload: raw.payload,
    shop: about.shop ? { id: about.shop.id, name: about.shop.shopName } : null,
    territory: territoryId ? { id: territoryId, name: about.territory?.name ?? '' } : null,
    accountManager: about.accountManager,
    staffName: about.staffName ?? (raw.payload.name as string | undefined) ?? null,
  };
}

/** Where a stream starts: after its cursor, or (nothing seen yet) with today's events so far. */
type StreamStart = { after: string } | { since: string; last: number };

/** One service's event subscription, opened at a start, each event made a FeedEvent; the replay's end reported once. */
function stream<T>(
  name: string,
  query: TypedDocumentNode<T, { after?: string | null; since?: string | null; last?: number | null }>,
  read: (data: T) => FeedEvent,
  isMarker: (data: T) => boolean,
) {
  return {
    name,
    open: (client: PortalClient, start: StreamStart, receive: (event: FeedEvent) => void, caughtUp: () => void) =>
      client.apollo.subscribe({ query, variables: start }).subscribe({
        next: (result) => {
          // An error result (a service down or refusing) has no replay to wait for; the others go on.
          if (!result.data) caughtUp();
          else if (isMarker(result.data)) caughtUp();
          else receive(read(result.data));
        },
        error: caughtUp,
      }),
  };
}

const STREAMS = [
  stream(
    'customers',
    CUSTOMERS_EVENTS,
    ({ customersEvents: raw }) =>
      normalize(raw, {
        shop: raw.retailer,
        territory: raw.retailer?.territory ?? raw.territory,
        accountManager: raw.retailer?.accountManager ?? raw.territory?.accountManager ?? null,
        staffName: raw.staffMember?.name ?? null,
      }),
    ({ customersEvents }) => customersEvents.caughtUp,
  ),
  stream(
    'visits',
    VISITS_EVENTS,
    ({ visitsEvents: raw }) =>
      normalize(raw, {
        shop: raw.retailer,
        territory: raw.retailer?.territory ?? null,
        accountManager: raw.accountManager,
        staffName: null,
      }),
    ({ visitsEvents }) => visitsEvents.caughtUp,
  ),
  stream(
    'complaints',
    COMPLAINTS_EVENTS,
    ({ complaintsEvents: raw }) => ({
      ...normalize(raw, {
        shop: raw.case?.retailer,
        territory: raw.case?.retailer?.territory ?? null,
        accountManager: raw.case?.retailer?.accountManager ?? null,
        staffName: null,
      }),
      case: raw.case ? { id: raw.case.id, title: raw.case.title, owner: raw.case.assignee?.name ?? null } : null,
    }),
    ({ complaintsEvents }) => complaintsEvents.caughtUp,
  ),
];
/** Keeps this many events (in memory and in the tab's storage); older ones drop off the end. */
const KEEP = 300;
/** "replaying" shows at least this long, so a reader sees what happened. */
const REPLAY_MIN_MS = 1_200;
const HISTORY_STORAGE_KEY = 'fieldloop.feed';

const newer = (a: string, b: string | undefined) => b === undefined || BigInt(a) > BigInt(b);
const newestFirst = (a: FeedEvent, b: FeedEvent) =>
  BigInt(b.cursor) > BigInt(a.cursor) ? 1 : BigInt(b.cursor) < BigInt(a.cursor) ? -1 : 0;

export interface FeedSnapshot {
  events: FeedEvent[];
  status: FeedStatus;
  /** How many events the last replay brought, once it is over. */
  caughtUp: number | null;
}

/** What a tab keeps of its feed, so a reload shows what it had and resumes after it. */
interface History {
  identity: string;
  cursors: Record<string, string>;
  events: FeedEvent[];
}

/**
 * Every service's events, newest first, with no gap and no repeat across lost connections,
 * held by the shell for the client's life (one per sign-in), so the feed goes on while the
 * supervisor is on another page.
 *
 * Each stream remembers the cursor (log position) of the last event it received. When the
 * connection drops, the subscriptions are dropped with it (graphql-ws would otherwise
 * re-send them as first sent, from the old cursor); when it is back, each is opened again
 * after its own cursor, so the log replays what was missed, then goes on live. Each stream
 * keeps its own cursor because the two arrive independently: resuming both from the newest
 * of either could skip an event still in flight on the other. The cursors and the events
 * live in sessionStorage too (for the signed-in person only), so a reload shows the same feed
 * and resumes after it.
 */
export class EventFeed {
  private snapshotValue: FeedSnapshot = { events: [], status: 'connecting', caughtUp: null };
  private readonly listeners = new Set<() => void>();
  private readonly cursors: Record<string, string>;
  private subscriptions: { unsubscribe(): void }[] = [];
  private epoch = 0;
  /** The replay under way: streams whose caught-up marker has not come yet; `resumed` when it follows a lost connection or a reload. */
  private replay:
    { missed: number; startedAt: number; waiting: Set<string>; resumed: boolean; timer?: ReturnType<typeof setTimeout> } | undefined;

  constructor(
    private readonly client: PortalClient,
    private readonly identity: string,
  ) {
    const history = readHistory(identity);
    this.cursors = history?.cursors ?? {};
    this.snapshotValue = { ...this.snapshotValue, events: history?.events ?? [] };
    client.connection.subscribe(() => this.onConnection());
    this.onConnection();
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.snapshotValue;

  private update(change: Partial<FeedSnapshot>): void {
    this.snapshotValue = { ...this.snapshotValue, ...change };
    for (const listener of this.listeners) listener();
  }

  private receive(stream: string, event: FeedEvent): void {
    // The server resumes after the cursor; this only guards against a resend racing a resubscribe.
    if (!newer(event.cursor, this.cursors[stream])) return;
    this.cursors[stream] = event.cursor;
    const events = [event, ...this.snapshotValue.events].sort(newestFirst).slice(0, KEEP);
    writeHistory({ identity: this.identity, cursors: this.cursors, events });
    this.update({ events });
    if (this.replay) this.replay.missed += 1;
  }

  /** One stream's replay is over; once every stream's is, the feed is live (after REPLAY_MIN_MS at the least). */
  private caughtUp(stream: string): void {
    const current = this.replay;
    if (!current) return;
    current.waiting.delete(stream);
    if (current.waiting.size > 0) return;
    current.timer = setTimeout(
      () => {
        if (this.replay !== current) return;
        this.replay = undefined;
        this.update({ status: 'live', caughtUp: current.resumed ? current.missed : null });
      },
      Math.max(0, current.startedAt + REPLAY_MIN_MS - Date.now()),
    );
  }

  private open(): void {
    const since = companyMidnight();
    this.subscriptions = STREAMS.map((stream) => {
      // Each stream resumes after its own cursor; one that has seen nothing yet opens with today's events so far.
      const after = this.cursors[stream.name];
      const start: StreamStart = after ? { after } : { since, last: KEEP };
      return stream.open(
        this.client,
        start,
        (event) => this.receive(stream.name, event),
        () => this.caughtUp(stream.name),
      );
    });
  }

  private close(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions = [];
  }

  private onConnection(): void {
    const snapshot = this.client.connection.snapshot();
    if (snapshot.state === 'connected' && snapshot.epoch !== this.epoch) {
      this.epoch = snapshot.epoch;
      this.close();
      const resumed = Object.keys(this.cursors).length > 0;
      this.replay = { missed: 0, startedAt: Date.now(), waiting: new Set(STREAMS.map((stream) => stream.name)), resumed };
      this.update({ status: 'replaying' });
      this.open();
    } else if (snapshot.state !== 'connected' && this.epoch > 0) {
      this.close();
      if (this.replay) clearTimeout(this.replay.timer);
      this.replay = undefined;
      this.update({ status: 'reconnecting' });
    }
  }
}

function readHistory(identity: string): History | null {
  try {
    const history = JSON.parse(sessionStorage.getItem(HISTORY_STORAGE_KEY) ?? 'null') as History | null;
    return history?.identity === identity ? history : null;
  } catch {
    return null;
  }
}

function writeHistory(history: History): void {
  try {
    sessionStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify(history));
  } catch {
    // Storage full or refused: the feed goes on in memory, a reload starts it afresh.
  }
}

/** Signed out: the next person in this tab must not see this one's feed. */
export function forgetFeedHistory(): void {
  sessionStorage.removeItem(HISTORY_STORAGE_KEY);
}

const feeds = new WeakMap<PortalClient, EventFeed>();

/** The feed of this sign-in: started at its first use, kept as long as the client. */
export function feedOf(client: PortalClient, identity: string): EventFeed {
  let feed = feeds.get(client);
  if (!feed) feeds.set(client, (feed = new EventFeed(client, identity)));
  return feed;
}

const EMPTY: FeedSnapshot = { events: [], status: 'connecting', caughtUp: null };
const none = () => () => undefined;

export function useEventFeed(client: PortalClient | null, identity: string | undefined): FeedSnapshot {
  const feed = client && identity ? feedOf(client, identity) : null;
  return useSyncExternalStore(feed?.subscribe ?? none, feed?.snapshot ?? (() => EMPTY));
}

/** The start of the company's day (Asia/Shanghai, +08:00 all year), as the since of a first replay. */
function companyMidnight(): string {
  return new Date(`${companyToday()}T00:00:00+08:00`).toISOString();
}
