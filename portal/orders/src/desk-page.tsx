import { graphql } from './gql';
import type { OrderStatus } from './gql/graphql';
import { useQuery } from '@apollo/client/react';
import { companyToday, Empty, QueryState, useFormat } from '@fieldloop/portal-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrdersLive } from './use-orders-live';

const DESK = graphql(`
  query OrdersDesk($from: DateTimeISO!) {
    orders(first: 60, filter: { placedFrom: $from }) {
      edges {
        node {
          id
          status
          channel
          placedAt
          shopName
          totalFen
          lines {
            productName
            ordered
          }
        }
      }
    }
  }
`);

/** The desk's columns, in the order an order moves through them. */
const COLUMNS: readonly { key: string; statuses: readonly OrderStatus[] }[] = [
  { key: 'placed', statuses: ['PLACED'] },
  { key: 'confirmed', statuses: ['CONFIRMED'] },
  { key: 'out', statuses: ['OUT_FOR_DELIVERY'] },
  { key: 'delivered', statuses: ['DELIVERED', 'PARTIALLY_DELIVERED'] },
];

/** Today's orders desk: placed (awaiting read-back), confirmed, out for delivery, delivered; live. */
export function DeskPage() {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const day = companyToday();
  const query = useQuery(DESK, { variables: { from: `${day}T00:00:00+08:00` } });
  useOrdersLive(query.refetch);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('desk.title')}</h1>
      <p className="tone-muted">{t('desk.subtitle', { date: format.date(day) })}</p>
      <QueryState query={query}>
        {(data) => {
          const orders = data.orders.edges.map((edge) => edge.node);
          // The columns stay when the day is still empty: an order placed now appears in them live.
          return (
            <>
              {orders.length === 0 && <Empty>{t('desk.none')}</Empty>}
              <div className="desk-columns" style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: '1rem' }}>
                {COLUMNS.map((column) => {
                  const own = orders.filter((order) => column.statuses.includes(order.status));
                  return (
                    <section key={column.key} className="panel" aria-labelledby={`${id}-${column.key}`} data-column={column.key}>
                      <h2 id={`${id}-${column.key}`}>
                        {t(`desk.columns.${column.key}`)} <span data-count>{format.number(own.length)}</span>
                      </h2>
                      {own.length === 0 ? (
                        <Empty />
                      ) : (
                        <ul className="plain">
                          {own.map((order) => (
                            <li key={order.id} data-order={order.id} data-status={order.status}>
                              <Link to={`../${order.id}`}>{order.shopName}</Link>{' '}
                              <span className="tone-muted">
                                {format.time(order.placedAt)} · {t(`channel.${order.channel}`)}
                              </span>
                              <br />
                              {order.lines
                                .map((line) => t('desk.line', { cartons: line.ordered, product: line.productName }))
                                .join('、')} · {format.money(order.totalFen)}
                              {order.status === 'PARTIALLY_DELIVERED' && (
                                <strong className="tone-warning"> {t('status.PARTIALLY_DELIVERED')}</strong>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </section>
                  );
                })}
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
