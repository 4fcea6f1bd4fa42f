import { gql } from '@apollo/client';
import { useLiveRefetch as useLiveEvents } from '@fieldloop/portal-kit';

const CHANGED = gql`
  subscription CasesChanged {
    complaintsEvents {
      cursor
      type
    }
  }
`;

/** Refetches a page's query when a complaints event arrives, and when the connection comes back. */
export const useLiveRefetch = (refetch: () => unknown) => useLiveEvents(CHANGED, refetch);
