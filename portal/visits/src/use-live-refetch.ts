import { gql } from '@apollo/client';
import { useLiveRefetch as useRefetchOnEvents } from '@fieldloop/portal-kit';

const VISITS_CHANGED = gql`
  subscription VisitsChanged {
    visitsEvents {
      cursor
      type
    }
  }
`;

/** Keeps a page's query current with the visits events (and after a reconnect). */
export function useLiveRefetch(refetch: () => unknown) {
  useRefetchOnEvents(VISITS_CHANGED, refetch);
}
