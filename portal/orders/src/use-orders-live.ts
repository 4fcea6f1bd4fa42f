import { graphql } from './gql';
import type { OrderPageQuery } from './gql/graphql';
import { useLiveRefetch } from '@fieldloop/portal-kit';
import type { TFunction } from 'i18next';

const ORDERS_CHANGED = graphql(`
  subscription OrdersChanged($types: [String!]) {
    ordersEvents(types: $types) {
      cursor
      type
    }
  }
`);

/** Keeps a page's query current with the orders events (of `types`, or any) and after a reconnect. */
export function useOrdersLive(refetch: () => unknown, types?: string[]) {
  useLiveRefetch(ORDERS_CHANGED, refetch, { types });
}

/** A delivered line as the order and exceptions pages both ask for it. */
type DeliveredLine = OrderPageQuery['order']['deliveries'][number]['lines'][number];

/** One delivered line in words, with both numbers: "翻盖玉溪: 8 confirmed, 18 delivered, 0 kept over-delivered". */
export const describeDelivered = (t: TFunction, line: DeliveredLine) =>
  t('order.deliveredLine', {
    product: line.productName,
    confirmed: line.confirmed,
    delivered: line.delivered,
    accepted: line.accepted,
    reason: line.reason ? t(`reason.${line.reason}`) : '',
  });
