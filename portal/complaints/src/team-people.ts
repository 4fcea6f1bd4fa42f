import { graphql } from './gql';
import type { OwnerRole } from './gql/graphql';
import { useQuery } from '@apollo/client/react';

const PEOPLE = graphql(`
  query CasePeople($filter: StaffFilter!) {
    staffMembers(first: 100, filter: $filter) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`);

/** The posts a case can be owned by, in the order a form offers them. */
export const OWNER_ROLES: readonly OwnerRole[] = ['ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR', 'SUPERVISOR'];

/** Active people of one post (or of one supervisor's team), for the hand-off and task forms. */
export function usePeople(filter: { roles?: OwnerRole[]; supervisorId?: string }) {
  const query = useQuery(PEOPLE, { variables: { filter: { ...filter, active: true } } });
  return query.data?.staffMembers.edges.map((edge) => edge.node) ?? [];
}
