import { graphql } from './gql';
import { useSubscription } from '@apollo/client/react';
import { useConnection } from '@fieldloop/portal-kit';
import { useCallback, useEffect, useRef } from 'react';

const VISITS_CHANGED = graphql(`
  subscription VisitsChanged {
    visitsEvents {
      cursor
      type
    }
  }
`);

/**
 * Keeps a page's query current: refetch when a visits event arrives (a burst of events
 * costs one refetch), and when the connection comes back (whatever changed meanwhile).
 */
export function useLiveRefetch(refetch: () => unknown) {
  const latest = useRef(refetch);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    latest.current = refetch;
  });
  const soon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void latest.current(), 250);
  }, []);
  useSubscription(VISITS_CHANGED, { onData: soon });
  const { epoch } = useConnection();
  const seen = useRef(epoch);
  useEffect(() => {
    if (seen.current > 0 && epoch !== seen.current) soon();
    seen.current = epoch;
  }, [epoch, soon]);
  useEffect(() => () => clearTimeout(timer.current), []);
}
