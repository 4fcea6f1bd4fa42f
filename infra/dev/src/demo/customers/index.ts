import { Retailer } from '@fieldloop/customers';
import type { ServiceDemo } from '../service-demo';
import type { CustomersDemo } from './customers-demo';
import { generateCustomersDemo, summarizeDemo, type CustomersDemoSummary } from './generate';
import { loadCustomersDemo } from './load';

/*
 * Demo data for the customers service: a tobacco distribution company in Kunming (昆明).
 * Everything is drawn from one seed and dated against a fixed reference date, so the same
 * options always give the same rows, whatever day the demo is loaded.
 */

export const customersDemo: ServiceDemo<CustomersDemo, CustomersDemoSummary> = {
  service: 'customers',
  dependsOn: [],
  generate: ({ options }) => generateCustomersDemo(options),
  isEmpty: async (dataSource) => (await dataSource.getRepository(Retailer).count()) === 0,
  load: loadCustomersDemo,
  summarize: summarizeDemo,
  describe: (summary) =>
    `${summary.retailers} retailers in ${summary.territories} territories, ${summary.staff} staff, ${summary.creditAssessments} credit assessments`,
};

export * from './customers-demo';
export { generateCustomersDemo, summarizeDemo, type CustomersDemoSummary } from './generate';
export { loadCustomersDemo } from './load';
