import { randomUUID } from 'node:crypto';
import { InvalidInputError, type Context } from '@fieldloop/platform';
import { Retailer } from '../retailer/retailer.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { ContributionAssessment } from './contribution-assessment.entity';
import type { AssessContributionInput } from './contribution.inputs';
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
      return manager.save(
        manager.create(ContributionAssessment, {
          ...input,
          id: existing?.id ?? randomUUID(),
          totalScore: contributionTotal(input),
          assessedAt: new Date(),
        }),
      );
    });
  }
}
