import { gql } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useConnection } from '@fieldloop/portal-kit';
import { useCallback, useEffect, useRef } from 'react';

const CASES_CHANGED = gql`
  subscription CasesChanged {
    complaintsEvents {
      cursor
      type
    }
  }
`;

/** Refetches when a complaints event arrives (a burst costs one refetch) and when the connection comes back. */
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
  useSubscription(CASES_CHANGED, { onData: soon });
  const { epoch } = useConnection();
  const seen = useRef(epoch);
  useEffect(() => {
    if (seen.current > 0 && epoch !== seen.current) soon();
    seen.current = epoch;
  }, [epoch, soon]);
  useEffect(() => () => clearTimeout(timer.current), []);
}
