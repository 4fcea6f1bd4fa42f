import { graphql } from './gql';
import type { RetailerCasesQuery } from './gql/graphql';
import { useQuery } from '@apollo/client/react';
import { Empty, QueryState, useFormat } from '@fieldloop/portal-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The retailer's cases (from complaints). Its own request beside the 360 query: inside that one,
 * ten cases nested four levels deep take the document past the gateway's cost limit.
 */
const RETAILER_CASES = graphql(`
  query RetailerCases($id: ID!) {
    retailer(id: $id) {
      id
      cases(first: 10) {
        totalCount
        edges {
          node {
            id
            kind
            title
            status
            escalationLevel
            respondBreachedAt
            resolveBreachedAt
            createdAt
            ownerRole
            assignee {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The cases tab: the retailer's cases, newest first, each with its owner and whether a deadline was missed, linking to the case page. */
export function RetailerCases({ retailerId }: { retailerId: string }) {
  const { t } = useTranslation('customers');
  // Complaints not answering nulls the cases alone: the section says so, the shop's id still came.
  const query = useQuery(RETAILER_CASES, { variables: { id: retailerId }, errorPolicy: 'all' });
  // The heading stays in every state: a failure is then the cases section's, not the page's.
  return (
    <section aria-labelledby="retailer-cases" data-section="cases">
      <h2 id="retailer-cases">{t('retailer.cases.title')}</h2>
      <QueryState query={query}>{({ retailer }) => <CaseTable cases={retailer.cases} />}</QueryState>
    </section>
  );
}

type Cases = NonNullable<RetailerCasesQuery['retailer']['cases']> | null | undefined;

function CaseTable({ cases }: { cases: Cases }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  return (
    <>
      {!cases ? (
        <Empty>{t('retailer.cases.unavailable')}</Empty>
      ) : cases.edges.length === 0 ? (
        <Empty>{t('retailer.cases.none')}</Empty>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('retailer.cases.raised')}</th>
                <th scope="col">{t('retailer.cases.case')}</th>
                <th scope="col">{t('retailer.cases.status')}</th>
                <th scope="col">{t('retailer.cases.owner')}</th>
                <th scope="col">{t('retailer.cases.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.edges.map(({ node }) => (
                <tr key={node.id} data-case={node.id}>
                  <td>{format.dateTime(node.createdAt)}</td>
                  <td>
                    <Link to={`/complaints/cases/${node.id}`}>{node.title}</Link> · {t(`common:caseKind.${node.kind}`)}
                  </td>
                  <td>{t(`common:caseStatus.${node.status}`)}</td>
                  <td>{node.assignee?.name ?? t(`common:role.${node.ownerRole}`)}</td>
                  <td>
                    {node.respondBreachedAt || node.resolveBreachedAt ? (
                      <strong className="tone-bad">{t('retailer.cases.late', { level: node.escalationLevel })}</strong>
                    ) : (
                      t('retailer.cases.inTime')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {cases.totalCount > cases.edges.length && (
            <p className="tone-muted">{t('retailer.cases.showing', { shown: cases.edges.length, total: cases.totalCount })}</p>
          )}
        </>
      )}
    </>
  );
}
