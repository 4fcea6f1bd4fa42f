/** The demo company, for tests that want a realistic company behind the real stack (the portal's browser tests). */
export { DEMO_PASSWORD, customersDemo, generateCustomersDemo, loadCustomersDemo, type CustomersDemo } from './customers';
export { generateVisitsDemo, loadVisitsDemo, visitsDemo, type VisitsDemo } from './visits';
export { DEMOS } from './registry';
export { DEFAULT_DEMO_OPTIONS, DEMO_REFERENCE_DATE, type DemoOptions } from './reference';
export type { DemoDraw, ServiceDemo } from './service-demo';
export { generateOrdersDemo, loadOrdersDemo, ordersDemo, type OrdersDemo } from './orders';
export { complaintsDemo, loadComplaintsDemo } from './complaints';
export { contributionDemo, generateContributionDemo, loadContributionDemo, type ContributionDemo } from './contribution';
