import { ContributionAssessment, OrderedVolume } from '@fieldloop/customers';
import { customersDemo } from '../customers';
import { ordersDemo } from '../orders';
import type { ServiceDemo } from '../service-demo';
import {
  generateContributionDemo,
  loadContributionDemo,
  summarizeContributionDemo,
  type ContributionDemo,
  type ContributionDemoSummary,
} from './contribution-demo';

/**
 * Customers' second demo: what it knows of the demo orders and the contribution assessments
 * computed from them. It goes into the customers schema but is drawn from the orders demo,
 * which is drawn from the company: it loads after both.
 */
export const contributionDemo: ServiceDemo<ContributionDemo, ContributionDemoSummary> = {
  service: 'customers',
  name: 'contribution',
  dependsOn: [customersDemo, ordersDemo],
  // Its own stream of the start's seed, so the other demos' rows do not move when the assessments do.
  generate: ({ options, now, of }) => generateContributionDemo(of(customersDemo), of(ordersDemo), { seed: options.seed + 4, now }),
  isEmpty: async (dataSource) =>
    (await dataSource.getRepository(OrderedVolume).count()) === 0 && (await dataSource.getRepository(ContributionAssessment).count()) === 0,
  load: loadContributionDemo,
  summarize: summarizeContributionDemo,
  describe: (summary) => `${summary.assessments} contribution assessments, volume computed from ${summary.orders} orders`,
};

export * from './contribution-demo';
