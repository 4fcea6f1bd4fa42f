import { territoryScoped } from '@fieldloop/platform';
import { OrderRetailer } from '../federated/order-retailer.entity';

/** A retailer, as orders knows it, belongs to its territory. */
export const orderRetailerScope = territoryScoped(OrderRetailer, 'territoryId');
