import { addMonths, companyToday, OUTBOX_CHANNEL, OutboxEvent, outboxRow, ref } from '@fieldloop/platform';
import {
  computedContributionScores,
  ContributionAssessed,
  ContributionAssessment,
  CONTRIBUTION_INDICATORS,
  contributionTotal,
  type ContributionFigures,
  type CreditGrade,
  isComputedIndicator,
  OrderedVolume,
  RetailerStatus,
  type TypedContributionIndicator,
} from '@fieldloop/customers';
import { OrderStatus } from '@fieldloop/orders';
import type { CustomersDemo, DemoContributionAssessment } from '../customers';
import { hhmm, workingMinute } from '../customers/dates';
import { insertRows, type DataSource } from '../insert-rows';
import type { OrdersDemo } from '../orders';
import { SeededRandom } from '../random';

/*
 * The demo company's contribution assessments, drawn from its orders: customers' record of
 * each demo order (ordered_volume, as its orders projection would have kept it had orders
 * published them), and for the last three complete months the assessments of the shops their
 * managers keep up with, the computed indicators worked out from those orders by the
 * customers service's own rules. The demo has six months of orders and no shop quota of its
 * own, so growth and target attainment come out unscored, saying why.
 */

export interface ContributionDemo {
  orderedVolumes: OrderedVolume[];
  assessments: DemoContributionAssessment[];
  /** The territory of each assessed retailer, for the events' refs. */
  territoryOf: Map<string, string>;
}

export interface ContributionDemoOptions {
  seed: number;
  now: Date;
}

const GRADE_CONTRIBUTION: Record<CreditGrade, number> = { A: 0.4, B: 0, C: -0.5, D: -1 };
const TYPED_INDICATORS = CONTRIBUTION_INDICATORS.filter((name): name is TypedContributionIndicator => !isComputedIndicator(name));

export function generateContributionDemo(
  company: CustomersDemo,
  sales: OrdersDemo,
  { seed, now }: ContributionDemoOptions,
): ContributionDemo {
  const random = new SeededRandom(seed);
  const cartonsOf = new Map<string, number>();
  for (const line of sales.lines) cartonsOf.set(line.orderId, (cartonsOf.get(line.orderId) ?? 0) + line.ordered);
  const orderedVolumes: OrderedVolume[] = sales.orders.map((order) => ({
    orderId: order.id,
    retailerId: order.retailerId,
    month: order.month,
    cartons: cartonsOf.get(order.id) ?? 0,
    amountFen: String(order.totalFen),
    cancelled: order.status === OrderStatus.CANCELLED,
  }));
  const volumeOf = new Map<string, { cartons: number; fen: bigint }>();
  for (const volume of orderedVolumes.filter((candidate) => !candidate.cancelled)) {
    const key = `${volume.retailerId}|${volume.month}`;
    const sum = volumeOf.get(key) ?? { cartons: 0, fen: 0n };
    volumeOf.set(key, { cartons: sum.cartons + volume.cartons, fen: sum.fen + BigInt(volume.amountFen) });
  }
  const figuresOf = (retailerId: string, month: string): ContributionFigures => {
    const own = volumeOf.get(`${retailerId}|${month}`);
    return {
      sourceMonth: month,
      orderedCartons: own?.cartons ?? 0,
      orderedFen: String(own?.fen ?? 0n),
      yearEarlierCartons: volumeOf.get(`${retailerId}|${addMonths(month, -12)}`)?.cartons ?? 0,
      quotaCartons: null,
    };
  };

  const thisMonth = companyToday(now).slice(0, 7);
  const periods = [-3, -2, -1].map((months) => addMonths(thisMonth, months));
  const managerOf = new Map(company.territories.flatMap((t) => (t.accountManagerId ? [[t.id, t.accountManagerId] as const] : [])));
  const territoryOf = new Map<string, string>();
  const assessments: DemoContributionAssessment[] = [];
  for (const retailer of company.retailers) {
    const assessedById = managerOf.get(retailer.territoryId);
    if (!assessedById || retailer.status !== RetailerStatus.ACTIVE || retailer.openedOn >= `${periods[0]}-01`) continue;
    if (!random.chance(0.62)) continue;
    territoryOf.set(retailer.id, retailer.territoryId);
    // Bigger and more creditworthy shops are judged to contribute more; each indicator varies around that.
    const base = 2 + ((retailer.tier - 1) / 29) * 2 + (retailer.creditGrade ? GRADE_CONTRIBUTION[retailer.creditGrade] : 0);
    const bias = Object.fromEntries(TYPED_INDICATORS.map((name) => [name, random.gaussian(0, 0.6)]));
    for (const period of periods) {
      const typed = Object.fromEntries(
        TYPED_INDICATORS.map((name) => [name, Math.min(5, Math.max(1, Math.round(base + bias[name] + random.gaussian(0, 0.5))))]),
      ) as Record<TypedContributionIndicator, number>;
      const figures = figuresOf(retailer.id, period);
      const scores = { ...typed, ...computedContributionScores(figures) };
      // Assessed in the last week of the month, while it is fresh.
      const day = String(random.int(24, 28)).padStart(2, '0');
      const assessedAt = new Date(`${period}-${day}T${hhmm(workingMinute(random))}:00+08:00`);
      assessments.push({
        id: random.uuid(),
        retailerId: retailer.id,
        period,
        assessedById,
        assessedAt,
        ...scores,
        ...figures,
        totalScore: contributionTotal(scores),
      });
    }
  }
  return { orderedVolumes, assessments, territoryOf };
}

export type ContributionDemoSummary = ReturnType<typeof summarizeContributionDemo>;

export function summarizeContributionDemo(demo: ContributionDemo) {
  return { assessments: demo.assessments.length, orders: demo.orderedVolumes.length };
}

/** Inserts the orders' record and the assessments with the events their assessing would have published. */
export async function loadContributionDemo(dataSource: DataSource, demo: ContributionDemo): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, OrderedVolume, demo.orderedVolumes);
    await insertRows(manager, ContributionAssessment, demo.assessments);
    await insertRows(
      manager,
      OutboxEvent,
      demo.assessments.map((assessment) =>
        outboxRow(ContributionAssessed, {
          occurredAt: assessment.assessedAt,
          refs: [
            ref('Retailer', assessment.retailerId),
            ref('Territory', demo.territoryOf.get(assessment.retailerId) ?? ''),
            ref('StaffMember', assessment.assessedById),
          ],
          payload: { retailerId: assessment.retailerId, period: assessment.period, totalScore: assessment.totalScore },
        }),
      ),
    );
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, 'customers']);
  });
}
