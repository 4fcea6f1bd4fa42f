import { gql } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useConnection } from '@fieldloop/portal-kit';
import { useCallback, useEffect, useRef } from 'react';

const ORDERS_CHANGED = gql`
  subscription OrdersChanged($types: [String!]) {
    ordersEvents(types: $types) {
      cursor
      type
    }
  }
`;

/**
 * Keeps a page's query current: refetch when an orders event (of `types`, or any) arrives —
 * a burst costs one refetch — and when the connection comes back.
 */
export function useOrdersLive(refetch: () => unknown, types?: string[]) {
  const latest = useRef(refetch);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    latest.current = refetch;
  });
  const soon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void latest.current(), 250);
  }, []);
  useSubscription(ORDERS_CHANGED, { variables: { types }, onData: soon });
  const { epoch } = useConnection();
  const seen = useRef(epoch);
  useEffect(() => {
    if (seen.current > 0 && epoch !== seen.current) soon();
    seen.current = epoch;
  }, [epoch, soon]);
  useEffect(() => () => clearTimeout(timer.current), []);
}

/** Fen as yuan in the user's language (display only: the figures themselves stay integer fen). */
export const yuan = (format: { number: (value: number, options?: Intl.NumberFormatOptions) => string }, fen: number) =>
  format.number(fen / 100, { style: 'currency', currency: 'CNY' });
