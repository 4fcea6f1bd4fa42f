import { graphql } from './gql';
import { useQuery } from '@apollo/client/react';
import { companyToday, Empty, QueryState } from '@fieldloop/portal-kit';
import { useTranslation } from 'react-i18next';

const MARKET_LEADS = graphql(`
  query MarketLeads($from: String!, $to: String!) {
    marketLeads(from: $from, to: $to) {
      territory {
        id
        name
      }
      day
      raised
      open
      closed
    }
  }
`);

/** The days the panel shows: the last two weeks, today included. */
const DAYS = 14;

const daysBefore = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

/** Seed scenario 3: the non-channel sightings of the team's territories, by territory and day. */
export function MarketLeads() {
  const { t } = useTranslation('complaints');
  const to = companyToday();
  const query = useQuery(MARKET_LEADS, { variables: { from: daysBefore(to, DAYS - 1), to } });
  return (
    <section className="panel" aria-labelledby="market-leads-title" data-testid="market-leads">
      <h2 id="market-leads-title">{t('leads.title')}</h2>
      <p>{t('leads.subtitle', { days: DAYS })}</p>
      <QueryState query={query}>
        {({ marketLeads }) =>
          marketLeads.length === 0 ? (
            <Empty>{t('leads.empty')}</Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('leads.columns.territory')}</th>
                  <th scope="col">{t('leads.columns.day')}</th>
                  <th scope="col">{t('leads.columns.raised')}</th>
                  <th scope="col">{t('leads.columns.open')}</th>
                  <th scope="col">{t('leads.columns.closed')}</th>
                </tr>
              </thead>
              <tbody>
                {marketLeads.map((row) => (
                  <tr key={`${row.territory.id}:${row.day}`} data-territory={row.territory.id} data-day={row.day}>
                    <td>{row.territory.name}</td>
                    <td>{row.day}</td>
                    <td>{row.raised}</td>
                    <td>{row.open}</td>
                    <td>{row.closed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
