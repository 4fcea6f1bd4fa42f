import { useLiveRefetch as useRefetchOnEvents } from '@fieldloop/portal-kit';
import { graphql } from './gql';

const VISITS_CHANGED = graphql(`
  subscription VisitsChanged {
    visitsEvents {
      cursor
      type
    }
  }
`);

/** Keeps a page's query current with the visits events (and after a reconnect). */
export function useLiveRefetch(refetch: () => unknown) {
  useRefetchOnEvents(VISITS_CHANGED, refetch);
}
