import type { DocumentNode } from 'graphql';
import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { useConnection } from './portal-runtime';

/**
 * Keeps a page's query current: refetch when an event of `subscription` arrives (a burst of
 * events costs one refetch), and when the connection comes back (whatever changed meanwhile).
 */
export function useLiveRefetch(subscription: DocumentNode, refetch: () => unknown) {
  const latest = useRef(refetch);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    latest.current = refetch;
  });
  const soon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void latest.current(), 250);
  }, []);
  useSubscription(subscription, { onData: soon });
  const { epoch } = useConnection();
  const seen = useRef(epoch);
  useEffect(() => {
    if (seen.current > 0 && epoch !== seen.current) soon();
    seen.current = epoch;
  }, [epoch, soon]);
  useEffect(() => () => clearTimeout(timer.current), []);
}
