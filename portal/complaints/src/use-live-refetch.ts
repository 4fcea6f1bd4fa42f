import { useLiveRefetch as useLiveEvents } from '@fieldloop/portal-kit';
import { graphql } from './gql';

const CHANGED = graphql(`
  subscription CasesChanged {
    complaintsEvents {
      cursor
      type
    }
  }
`);

/** Refetches a page's query when a complaints event arrives, and when the connection comes back. */
export const useLiveRefetch = (refetch: () => unknown) => useLiveEvents(CHANGED, refetch);
