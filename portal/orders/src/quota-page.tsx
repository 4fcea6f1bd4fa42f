import { graphql } from './gql';
import { useQuery } from '@apollo/client/react';
import { companyMonth, Empty, QueryState, useFormat } from '@fieldloop/portal-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrdersLive } from './use-orders-live';

const QUOTAS = graphql(`
  query QuotaUsage($month: String!) {
    quotaUsage(month: $month, first: 200) {
      retailerId
      shopName
      quota
      used
      remaining
      utilisation
    }
  }
`);

/** This month's quota use (月核定量) of the retailers that ordered, fullest first. */
export function QuotaPage() {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const month = companyMonth();
  const query = useQuery(QUOTAS, { variables: { month } });
  useOrdersLive(query.refetch, ['orders.order.placed', 'orders.order.cancelled', 'orders.order.delivered']);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h1 id={id}>{t('quotas.title')}</h1>
      <p className="tone-muted">{format.month(month)}</p>
      <QueryState query={query}>
        {(data) =>
          data.quotaUsage.length === 0 ? (
            <Empty>{t('quotas.none')}</Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('quotas.columns.shop')}</th>
                  {(['quota', 'used', 'remaining', 'utilisation'] as const).map((column) => (
                    <th key={column} scope="col" className="number">
                      {t(`quotas.columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.quotaUsage.map((row) => (
                  <tr key={row.retailerId}>
                    <th scope="row">{row.shopName}</th>
                    <td className="number">{format.number(row.quota)}</td>
                    <td className="number">{format.number(row.used)}</td>
                    <td className="number">{format.number(row.remaining)}</td>
                    <td className="number">{row.utilisation === null ? '—' : format.percent(row.utilisation)}</td>
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
