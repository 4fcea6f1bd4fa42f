import { randomUUID } from 'node:crypto';
import { InvalidInputError, publishEvent, type Context } from '@fieldloop/platform';
import { Retailer } from '../retailer/retailer.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { ContributionAssessment } from './contribution-assessment.entity';
import type { AssessContributionInput } from './contribution.inputs';
import { ContributionAssessed } from './contribution.events';
import { contributionTotal } from './contribution.rules';

export class ContributionService {
  constructor(private readonly context: Context) {}

  async assess(input: AssessContributionInput): Promise<ContributionAssessment> {
    return this.context.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Retailer, { id: input.retailerId }))) {
        throw InvalidInputError.of('retailerId', 'exists', `retailerId ${input.retailerId} is not a known retailer`);
      }
      if (!(await manager.existsBy(StaffMember, { id: input.assessedById }))) {
        throw InvalidInputError.of('assessedById', 'exists', `assessedById ${input.assessedById} is not a known staff member`);
      }
      const existing = await manager.findOneBy(ContributionAssessment, { retailerId: input.retailerId, period: input.period });
      const saved = await manager.save(
        manager.create(ContributionAssessment, {
          ...input,
          id: existing?.id ?? randomUUID(),
          totalScore: contributionTotal(input),
          assessedAt: new Date(),
        }),
      );
      await publishEvent(manager, ContributionAssessed, {
        refs: [
          { type: 'Retailer', id: saved.retailerId },
          { type: 'StaffMember', id: saved.assessedById },
        ],
        payload: { retailerId: saved.retailerId, period: saved.period, totalScore: saved.totalScore },
      });
      return saved;
    });
  }
}
