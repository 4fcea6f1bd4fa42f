import { Visit, VisitPlan } from '@fieldloop/visits';
import { customersDemo } from '../customers';
import type { DemoDraw, ServiceDemo } from '../service-demo';
import { generateVisitsDemo, summarizeVisitsDemo, visitsDemoDays, type VisitsDemoSummary } from './generate';
import { loadVisitsDemo } from './load';
import type { VisitsDemo } from './visits-demo';

/*
 * A month of visits for the demo company: every account manager's daily plan for the 26
 * working days (Monday to Saturday) before the reference date, the visits made, missed or
 * cancelled, what was found at the shop, and the flags the visits service would have raised,
 * computed with its own rules. Two account managers are the supervisor's problem cases
 * (DOMAIN scenario 5): always at the same few shops, notes copied from earlier visits.
 *
 * Given `now`, the same story goes on from the reference date up to today, so the portal's
 * "visits today" and "this month" have something to show whatever day the demo runs: today's
 * routes stop at `now` (later stops still planned, one perhaps under way), and a few account
 * managers' plans for today still wait for their supervisor's approval.
 *
 * With `months` (the city-scale bench's year) the same days run from the first of the span's
 * first month instead, about 7 visits a working day for each account manager.
 */

// Its own stream of the start's seed, so the company's rows do not move when the visits do.
const generate = ({ options, now, of }: DemoDraw) =>
  generateVisitsDemo(of(customersDemo), { seed: options.seed + 1, now, months: options.months });

export const visitsDemo: ServiceDemo<VisitsDemo, VisitsDemoSummary> = {
  service: 'visits',
  dependsOn: [customersDemo],
  generate,
  isEmpty: async (dataSource) => (await dataSource.getRepository(Visit).count()) === 0,
  load: loadVisitsDemo,
  summarize: summarizeVisitsDemo,
  describe: (summary) => `${summary.visits} visits over ${summary.days} days up to today`,
  /**
   * The days since the last start, up to today, so "visits today" and this month's figures
   * stay current. Only when the database holds this very demo (same seed: its first plan is there).
   */
  async catchUp(dataSource, draw) {
    const [{ last }] = await dataSource.query('SELECT max(plan_date)::text AS last FROM visit_plan');
    const full = generate(draw);
    const missing = full.days.filter((day) => !last || day > last);
    if (missing.length === 0 || !(await dataSource.getRepository(VisitPlan).existsBy({ id: full.plans[0].id }))) return 0;
    await loadVisitsDemo(dataSource, visitsDemoDays(full, missing));
    return missing.length;
  },
};

export * from './visits-demo';
export { generateVisitsDemo, summarizeVisitsDemo, visitsDemoDays, type VisitsDemoSummary } from './generate';
export { loadVisitsDemo } from './load';
