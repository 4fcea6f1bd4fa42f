import { gql, type DocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

const ME = gql`
  query Me {
    me {
      id
      role
    }
  }
`;

/**
 * A query about the signed-in supervisor's account managers. `team` on StaffMember also
 * lists the order clerks, drivers and inspectors who report to the supervisor, and visits'
 * fields answer NOT_FOUND for them; so ask for the supervisor's id first, then for staff with
 * that supervisor and the account manager role. The query takes `$supervisorId: ID!`, and
 * asks for `first: 10`: teams are four to six, and the gateway's cost limit counts list sizes.
 */
export function useTeamQuery<T>(query: DocumentNode, variables: Record<string, unknown>) {
  const me = useQuery<{ me: { id: string; role: string } }>(ME, { fetchPolicy: 'cache-first' });
  const supervisorId = me.data?.me.id;
  const team = useQuery<T>(query, { variables: { ...variables, supervisorId }, skip: !supervisorId });
  return {
    me: me.data?.me,
    data: team.data,
    loading: me.loading || team.loading,
    error: me.error ?? team.error,
    refetch: () => (me.error ? me.refetch() : team.refetch()),
  };
}

export interface TeamConnection<M> {
  staffMembers: { edges: { node: M }[] };
}
