import { RetailerQuotaSet } from '../allocation/allocation.events';
import {
  FeedbackMissing,
  OrderCancelled,
  OrderConfirmed,
  OrderDelivered,
  OrderDraftCreated,
  OrderExceptionRaised,
  OrderOutForDelivery,
  OrderPlaced,
} from '../order/order.events';

/** Every event the orders service publishes. */
export const ORDER_EVENTS = [
  OrderPlaced,
  OrderConfirmed,
  FeedbackMissing,
  OrderOutForDelivery,
  OrderDelivered,
  OrderExceptionRaised,
  OrderCancelled,
  OrderDraftCreated,
  RetailerQuotaSet,
];
