import { Case } from '@fieldloop/complaints';
import { customersDemo, type CustomersDemo } from '../customers';
import type { ServiceDemo } from '../service-demo';
import { loadComplaintsDemo, type ComplaintsDemoSummary } from './complaints-demo';

/**
 * What the cases are drawn from: complaints opens them with its own rules (routing,
 * business-time deadlines) while loading, so the summary is known only once they are in.
 */
interface ComplaintsDemoDraw {
  company: CustomersDemo;
  seed: number;
  now: Date;
  months?: number;
  loaded?: ComplaintsDemoSummary;
}

/** A month of cases of every kind for the demo company, the unanswered ones escalated. */
export const complaintsDemo: ServiceDemo<ComplaintsDemoDraw, ComplaintsDemoSummary> = {
  service: 'complaints',
  dependsOn: [customersDemo],
  // Its own stream of the start's seed, so the other demos' rows do not move when the cases do.
  generate: ({ options, now, of }) => ({ company: of(customersDemo), seed: options.seed + 3, now, months: options.months }),
  isEmpty: async (dataSource) => (await dataSource.getRepository(Case).count()) === 0,
  async load(dataSource, draw) {
    draw.loaded = await loadComplaintsDemo(dataSource, draw.company, { seed: draw.seed, now: draw.now, months: draw.months });
  },
  summarize: (draw) => draw.loaded ?? { cases: 0, escalations: 0 },
  describe: (summary) => `${summary.cases} cases (${summary.escalations} escalations on record)`,
};

export * from './complaints-demo';
