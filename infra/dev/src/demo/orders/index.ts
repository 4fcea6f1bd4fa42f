import { Order } from '@fieldloop/orders';
import { customersDemo } from '../customers';
import type { ServiceDemo } from '../service-demo';
import { generateOrdersDemo, loadOrdersDemo, summarizeOrdersDemo, type OrdersDemo, type OrdersDemoSummary } from './orders-demo';

/*
 * Six months of orders for the demo company: the catalogue, a weekly ordering pattern with a
 * month-start rush, a few deliveries that differed from what was confirmed (seed 000's 8 vs
 * 18), two new brands, and some orders never read back.
 */
export const ordersDemo: ServiceDemo<OrdersDemo, OrdersDemoSummary> = {
  service: 'orders',
  dependsOn: [customersDemo],
  // Its own stream of the start's seed, so the company's and the visits' rows do not move when the orders do.
  generate: ({ options, now, of }) => generateOrdersDemo(of(customersDemo), { seed: options.seed + 2, now, months: options.months }),
  isEmpty: async (dataSource) => (await dataSource.getRepository(Order).count()) === 0,
  load: loadOrdersDemo,
  summarize: summarizeOrdersDemo,
  describe: (summary) => `${summary.orders} orders over six months (${summary.exceptions} delivery differences)`,
};

export * from './orders-demo';
