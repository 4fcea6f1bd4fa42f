import { randomUUID } from 'node:crypto';
import { publishEvent, type Context } from '@fieldloop/platform';
import { startAssessment } from '../retailer/retailer-assessment.service';
import { ContributionAssessment } from './contribution-assessment.entity';
import type { AssessContributionInput } from './contribution.inputs';
import { ContributionAssessed } from './contribution.events';
import { contributionTotal } from './contribution.rules';

export class ContributionService {
  constructor(private readonly context: Context) {}

  async assess(input: AssessContributionInput): Promise<ContributionAssessment> {
    return this.context.transaction(async (manager) => {
      const { assessedById, refs } = await startAssessment(this.context, manager, input.retailerId, input.assessedById);
      const existing = await manager.findOneBy(ContributionAssessment, { retailerId: input.retailerId, period: input.period });
      const saved = await manager.save(
        manager.create(ContributionAssessment, {
          ...input,
          assessedById,
          id: existing?.id ?? randomUUID(),
          totalScore: contributionTotal(input),
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
