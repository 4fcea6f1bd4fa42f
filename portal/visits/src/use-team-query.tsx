import type { TypedDocumentNode } from '@apollo/client';
import { graphql } from './gql';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

const ME = graphql(`
  query Me {
    me {
      id
      role
    }
  }
`);

/**
 * A query about the signed-in supervisor's account managers. `team` on StaffMember also
 * lists the order clerks, drivers and inspectors who report to the supervisor, and visits'
 * fields answer NOT_FOUND for them; so ask for the supervisor's id first, then for staff with
 * that supervisor and the account manager role. The query takes `$supervisorId: ID!`, and
 * asks for `first: 15` or 20: teams are four to six, and the gateway's cost limit counts list sizes
 * (portal/e2e/test/portal-documents.test.ts holds every document to it); a larger team is said
 * to be shown in part (PartialTeam).
 */
export function useTeamQuery<T, V extends { supervisorId: string }>(
  query: TypedDocumentNode<T, V>,
  variables: NoInfer<Omit<V, 'supervisorId'>>,
) {
  const me = useQuery(ME, { fetchPolicy: 'cache-first' });
  const supervisorId = me.data?.me.id;
  // Skipped until the supervisor's id is known, so the variables are complete whenever it runs.
  const team = useQuery(query, { variables: { ...variables, supervisorId } as V, skip: !supervisorId });
  return {
    me: me.data?.me,
    ...(team.dataState === 'complete' ? { dataState: team.dataState, data: team.data } : { dataState: team.dataState }),
    loading: me.loading || team.loading,
    error: me.error ?? team.error,
    refetch: () => (me.error ? me.refetch() : team.refetch()),
  };
}

/** Says so when the team has more account managers than a page shows. */
export function PartialTeam({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation('visits');
  return shown < total ? <p className="tone-muted">{t('partialTeam', { shown, total })}</p> : null;
}
