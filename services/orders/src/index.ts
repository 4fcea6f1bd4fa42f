import 'reflect-metadata';
import { defineSubgraph } from '@fieldloop/platform';
import { AllocationChange, CycleAllowance, MonthAllowance, ProductLimit, QuotaRule, RetailerQuota } from './allocation/allocation.entity';
import { AllocationResolver, RetailerQuotaResolver } from './allocation/allocation.resolver';
import { Product } from './catalogue/product.entity';
import { ProductResolver } from './catalogue/product.resolver';
import { DeliveryRecord } from './delivery/delivery-record.entity';
import { DeliveryResolver } from './delivery/delivery.resolver';
import { ORDER_EVENTS } from './events';
import { OrderEventResolver, OrderEventsSubscription } from './events/order-event.resolver';
import { customersProjection } from './federated/customers.projection';
import { StaffMemberReference } from './federated/staff-member.reference';
import { TerritoryReference } from './federated/territory.reference';
import { OrderRetailer } from './federated/order-retailer.entity';
import { OrderStaff } from './federated/order-staff.entity';
import { OrderTerritory } from './federated/order-territory.entity';
import { migrations } from './migrations';
import { raiseMissingFeedback } from './order/feedback-missing.job';
import { OrderDraft } from './order/order-draft.entity';
import { orderIntents } from './order/order-draft.service';
import { OrderLine } from './order/order-line.entity';
import { Order } from './order/order.entity';
import { OrderDraftResolver, OrderResolver, RetailerOrdersResolver } from './order/order.resolver';
import { orderScope } from './order/order.scope';
import { ORDERS_PERMISSIONS, ORDERS_READ } from './permissions';
import { SalesFact } from './sales/sales-fact.entity';
import {
  RetailerSalesResolver,
  SalesFiguresOutliersResolver,
  SalesResolver,
  StaffMemberSalesResolver,
  TerritorySalesResolver,
} from './sales/sales.resolver';

export const orders = defineSubgraph({
  name: 'orders',
  defaultPort: 4003,
  resolvers: [
    ProductResolver,
    AllocationResolver,
    RetailerQuotaResolver,
    OrderResolver,
    OrderDraftResolver,
    RetailerOrdersResolver,
    DeliveryResolver,
    StaffMemberSalesResolver,
    TerritorySalesResolver,
    RetailerSalesResolver,
    SalesFiguresOutliersResolver,
    SalesResolver,
    OrderEventResolver,
    OrderEventsSubscription,
  ],
  entities: [
    Product,
    QuotaRule,
    RetailerQuota,
    ProductLimit,
    AllocationChange,
    MonthAllowance,
    CycleAllowance,
    Order,
    OrderLine,
    OrderDraft,
    DeliveryRecord,
    SalesFact,
    OrderRetailer,
    OrderTerritory,
    OrderStaff,
  ],
  migrations,
  references: {
    Order: orderScope.reference([ORDERS_READ]),
    Product: { entity: Product, authorized: [ORDERS_READ] },
  },
  permissions: ORDERS_PERMISSIONS,
  // Entities orders only extends are reachable from no root field, so they are listed here.
  orphanedTypes: [StaffMemberReference, TerritoryReference],
  events: ORDER_EVENTS,
  consumers: [customersProjection, orderIntents],
  jobs: [raiseMissingFeedback],
});

export {
  Order,
  OrderLine,
  OrderDraft,
  Product,
  SalesFact,
  OrderRetailer,
  OrderTerritory,
  OrderStaff,
  MonthAllowance,
  CycleAllowance,
  QuotaRule,
  DeliveryRecord,
};
export * from './events';
export * from './permissions';
export * from './order/order.events';
export * from './allocation/allocation.events';
export * from './order/order.enums';
export * from './catalogue/product.enums';
export { DEMO_CATALOGUE, demoProductId } from './catalogue/product.catalogue';
export { isValidEan13 } from './catalogue/ean13.rules';
export { readBackText } from './order/order.rules';
export { rebuildSalesFacts, addSalesFacts } from './sales/sales-fact.service';
export { orderCycleOf } from './allocation/allocation.rules';
