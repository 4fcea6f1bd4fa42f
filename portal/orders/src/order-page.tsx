import { graphql } from './gql';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice, QueryState, useFormat } from '@fieldloop/portal-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeDelivered, useOrdersLive } from './use-orders-live';

const ORDER = graphql(`
  query OrderPage($id: ID!) {
    order(id: $id) {
      id
      status
      channel
      placedAt
      shopName
      totalFen
      confirmedAt
      confirmationMethod
      feedbackMissingAt
      readBack {
        zhCN
        en
      }
      lines {
        productName
        requested
        ordered
        confirmed
        delivered
        accepted
        differenceReason
        unitPriceFen
        amountFen
      }
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
      cases {
        id
        title
        kind
        status
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmOrder($input: ConfirmOrderInput!) {
    confirmOrder(input: $input) {
      id
      status
      confirmedAt
      confirmationMethod
    }
  }
`);

/** One order: its read-back (回馈), lines, and every delivery as the driver recorded it. */
export function OrderPage() {
  const { t, i18n } = useTranslation('orders');
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useQuery(ORDER, { variables: { id } });
  useOrdersLive(query.refetch);
  const [confirm, confirmation] = useMutation(CONFIRM);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <p>
        <Link to="../desk">{t('order.back')}</Link>
      </p>
      <QueryState query={query}>
        {({ order }) => (
          <>
            <h1 id={titleId}>{t('order.title', { shop: order.shopName })}</h1>
            <p data-status={order.status}>
              {t(`status.${order.status}`)} · {t(`channel.${order.channel}`)} · {format.dateTime(order.placedAt)} ·{' '}
              {format.money(order.totalFen)}
            </p>
            <section className="panel" aria-labelledby={`${titleId}-readback`}>
              <h2 id={`${titleId}-readback`}>{t('order.readBack')}</h2>
              <blockquote data-read-back lang={i18n.language.startsWith('zh') ? 'zh-CN' : 'en'}>
                {i18n.language.startsWith('zh') ? order.readBack.zhCN : order.readBack.en}
              </blockquote>
              {order.confirmedAt ? (
                <p>{t('order.confirmed', { at: format.dateTime(order.confirmedAt), method: t(`method.${order.confirmationMethod}`) })}</p>
              ) : (
                <>
                  {order.feedbackMissingAt && <p className="tone-warning">{t('order.feedbackMissing')}</p>}
                  {order.status === 'PLACED' && (
                    <button
                      type="button"
                      disabled={confirmation.loading}
                      onClick={() =>
                        void confirm({ variables: { input: { orderId: order.id, method: 'PHONE_CALL' } } }).then(() => query.refetch())
                      }
                    >
                      {t('order.confirm')}
                    </button>
                  )}
                  {confirmation.error && <ErrorNotice error={confirmation.error} />}
                </>
              )}
            </section>
            <table>
              <caption>{t('order.lines')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('order.columns.product')}</th>
                  {(['requested', 'ordered', 'confirmed', 'delivered', 'accepted'] as const).map((column) => (
                    <th key={column} scope="col" className="number">
                      {t(`order.columns.${column}`)}
                    </th>
                  ))}
                  <th scope="col">{t('order.columns.reason')}</th>
                  <th scope="col" className="number">
                    {t('order.columns.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.lines.map((line) => (
                  <tr key={line.productName}>
                    <th scope="row">{line.productName}</th>
                    {[line.requested, line.ordered, line.confirmed, line.delivered, line.accepted].map((value, index) => (
                      <td key={index} className="number">
                        {value === null ? '—' : format.number(value)}
                      </td>
                    ))}
                    <td>{line.differenceReason ? t(`reason.${line.differenceReason}`) : ''}</td>
                    <td className="number">{format.money(line.amountFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <section aria-labelledby={`${titleId}-deliveries`}>
              <h2 id={`${titleId}-deliveries`}>{t('order.deliveries')}</h2>
              {order.deliveries.length === 0 ? (
                <p className="tone-muted">{t('order.noDelivery')}</p>
              ) : (
                <ol>
                  {order.deliveries.map((delivery) => (
                    <li key={delivery.attempt} data-delivery={delivery.attempt} data-difference={delivery.hasDifference}>
                      {format.dateTime(delivery.recordedAt)}: {delivery.lines.map((line) => describeDelivered(t, line)).join('; ')}
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby={`${titleId}-cases`}>
              <h2 id={`${titleId}-cases`}>{t('order.cases')}</h2>
              {!order.cases?.length ? (
                <p className="tone-muted">{t('order.noCases')}</p>
              ) : (
                <ul>
                  {order.cases.map((row) => (
                    <li key={row.id} data-case={row.id}>
                      <Link to={`/complaints/cases/${row.id}`}>{row.title}</Link> · {t(`common:caseKind.${row.kind}`)} ·{' '}
                      {t(`common:caseStatus.${row.status}`)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryState>
    </section>
  );
}
