import { graphql } from './gql';
import { useQuery } from '@apollo/client/react';
import { Empty, QueryState, useFormat } from '@fieldloop/portal-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeDelivered, useOrdersLive } from './use-orders-live';

const EXCEPTIONS = graphql(`
  query OrderExceptions {
    orders(first: 20, filter: { withException: true }) {
      edges {
        node {
          id
          status
          shopName
          deliveries {
            attempt
            recordedAt
            hasDifference
            lines {
              productName
              confirmed
              delivered
              accepted
              reason
            }
          }
        }
      }
    }
  }
`);
const EXCEPTION_TYPES = ['orders.exception.raised', 'orders.order.delivered'];

/** Deliveries that differed from what was confirmed, newest first, live. */
export function ExceptionsPage() {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const query = useQuery(EXCEPTIONS);
  useOrdersLive(query.refetch, EXCEPTION_TYPES);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h1 id={id}>{t('exceptions.title')}</h1>
      <QueryState query={query}>
        {(data) => {
          const rows = data.orders.edges
            .flatMap(({ node }) =>
              node.deliveries.filter((delivery) => delivery.hasDifference).map((delivery) => ({ order: node, delivery })),
            )
            .sort((a, b) => b.delivery.recordedAt.localeCompare(a.delivery.recordedAt));
          if (rows.length === 0) return <Empty>{t('exceptions.none')}</Empty>;
          return (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('exceptions.columns.when')}</th>
                  <th scope="col">{t('exceptions.columns.shop')}</th>
                  <th scope="col">{t('exceptions.columns.difference')}</th>
                  <th scope="col">{t('exceptions.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ order, delivery }) => (
                  <tr key={`${order.id}-${delivery.attempt}`} data-order={order.id}>
                    <td>{format.dateTime(delivery.recordedAt)}</td>
                    <th scope="row">
                      <Link to={`../${order.id}`}>{order.shopName}</Link>
                    </th>
                    <td>
                      {delivery.lines
                        .filter((line) => line.accepted !== line.confirmed || line.delivered !== line.confirmed)
                        .map((line) => describeDelivered(t, line))
                        .join('; ')}
                    </td>
                    <td>{t(`status.${order.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryState>
    </section>
  );
}
