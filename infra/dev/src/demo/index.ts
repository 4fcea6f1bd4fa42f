/** The demo company, for tests that want a realistic company behind the real stack (the portal's browser tests). */
export { DEMO_PASSWORD, generateCustomersDemo, loadCustomersDemo, type CustomersDemo } from './customers-demo';
export { generateVisitsDemo, loadVisitsDemo, type VisitsDemo } from './visits-demo';
export { generateOrdersDemo, loadOrdersDemo, type OrdersDemo } from './orders-demo';
