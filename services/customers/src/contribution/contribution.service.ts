import { randomUUID } from 'node:crypto';
import { addMonths, companyToday, publishEvent, type Context } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { OrderedVolume } from '../federated/ordered-volume.entity';
import { RetailerQuotaChange } from '../federated/retailer-quota-change.entity';
import { startAssessment } from '../retailer/retailer-assessment.service';
import { ContributionAssessment } from './contribution-assessment.entity';
import type { AssessContributionInput } from './contribution.inputs';
import { ContributionAssessed } from './contribution.events';
import { computedContributionScores, contributionTotal, type ContributionFigures } from './contribution.rules';

/** The cartons and fen of a retailer's orders in each of some months, cancelled ones left out. */
async function orderedIn(manager: EntityManager, retailerId: string, months: string[]) {
  const rows: { month: string; cartons: number; fen: string }[] = await manager
    .createQueryBuilder(OrderedVolume, 'volume')
    .select('volume.month', 'month')
    .addSelect('SUM(volume.cartons)::int', 'cartons')
    .addSelect('SUM(volume.amountFen)::text', 'fen')
    .where('volume.retailerId = :retailerId AND volume.month IN (:...months) AND NOT volume.cancelled', { retailerId, months })
    .groupBy('volume.month')
    .getRawMany();
  return (month: string) => rows.find((row) => row.month === month) ?? { cartons: 0, fen: '0' };
}

/**
 * The figures of the latest complete month not after the period (company time): a month
 * still under way would score a part of its volume.
 */
export async function contributionFigures(manager: EntityManager, retailerId: string, period: string): Promise<ContributionFigures> {
  const latestComplete = addMonths(companyToday().slice(0, 7), -1);
  const sourceMonth = period < latestComplete ? period : latestComplete;
  const yearEarlier = addMonths(sourceMonth, -12);
  const ordered = await orderedIn(manager, retailerId, [sourceMonth, yearEarlier]);
  const quota = await manager
    .createQueryBuilder(RetailerQuotaChange, 'quota')
    .where('quota.retailerId = :retailerId AND quota.month <= :sourceMonth', { retailerId, sourceMonth })
    .orderBy('quota.setAt', 'DESC')
    .addOrderBy('quota.id', 'DESC')
    .getOne();
  return {
    sourceMonth,
    orderedCartons: ordered(sourceMonth).cartons,
    orderedFen: ordered(sourceMonth).fen,
    yearEarlierCartons: ordered(yearEarlier).cartons,
    quotaCartons: quota?.monthlyCartons ?? null,
  };
}

export class ContributionService {
  constructor(private readonly context: Context) {}

  async assess(input: AssessContributionInput): Promise<ContributionAssessment> {
    return this.context.transaction(async (manager) => {
      const { assessedById, refs } = await startAssessment(this.context, manager, input.retailerId, input.assessedById);
      const figures = await contributionFigures(manager, input.retailerId, input.period);
      const scores = { ...input, ...computedContributionScores(figures) };
      const existing = await manager.findOneBy(ContributionAssessment, { retailerId: input.retailerId, period: input.period });
      const saved = await manager.save(
        manager.create(ContributionAssessment, {
          ...scores,
          ...figures,
          assessedById,
          id: existing?.id ?? randomUUID(),
          totalScore: contributionTotal(scores),
          assessedAt: new Date(),
        }),
      );
      await publishEvent(manager, ContributionAssessed, {
        refs,
        payload: { retailerId: saved.retailerId, period: saved.period, totalScore: saved.totalScore },
      });
      return saved;
    });
  }
}
