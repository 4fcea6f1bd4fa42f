import { usePortal, useSession } from '@fieldloop/portal-kit';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { ATTENTION_TYPES } from './describe-event';
import { useEventFeed } from './event-feed';

const SEEN_STORAGE_KEY = 'fieldloop.feed.seen';

/**
 * How many attention events (flags, cases, leads, …) arrived since the supervisor last had
 * the live page open: the navigation's badge. Being on the page marks everything seen.
 */
export function useUnseenAttention(): number {
  const runtime = usePortal();
  const client = useSyncExternalStore(runtime.subscribe, runtime.snapshot);
  const { events } = useEventFeed(client, useSession()?.staffMember.id);
  const onActivity = useLocation().pathname === '/activity';
  const [seen, setSeen] = useState(() => sessionStorage.getItem(SEEN_STORAGE_KEY) ?? '0');
  const newest = events[0]?.cursor;
  // Adjusted while rendering (not in an effect): the page shows everything up to the newest.
  if (onActivity && newest && newest !== seen) setSeen(newest);
  useEffect(() => sessionStorage.setItem(SEEN_STORAGE_KEY, seen), [seen]);
  if (onActivity) return 0;
  return events.filter((event) => ATTENTION_TYPES.has(event.type) && BigInt(event.cursor) > BigInt(seen)).length;
}
