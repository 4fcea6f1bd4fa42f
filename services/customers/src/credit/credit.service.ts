import { randomUUID } from 'node:crypto';
import { InvalidInputError, publishEvent, type Context } from '@fieldloop/platform';
import { Retailer } from '../retailer/retailer.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { CreditAssessment } from './credit-assessment.entity';
import type { AssessCreditInput } from './credit.inputs';
import { CreditAssessed } from './credit.events';
import { gradeCredit } from './credit.rules';

export class CreditService {
  constructor(private readonly context: Context) {}

  /** Records an assessment and makes its grade the retailer's current one, together. */
  async assess(input: AssessCreditInput): Promise<CreditAssessment> {
    const { score, grade } = gradeCredit(input);
    return this.context.dataSource.transaction(async (manager) => {
      const retailer = await manager.findOne(Retailer, { where: { id: input.retailerId }, lock: { mode: 'pessimistic_write' } });
      if (!retailer) throw InvalidInputError.of('retailerId', 'exists', `retailerId ${input.retailerId} is not a known retailer`);
      if (!(await manager.existsBy(StaffMember, { id: input.assessedById }))) {
        throw InvalidInputError.of('assessedById', 'exists', `assessedById ${input.assessedById} is not a known staff member`);
      }
      const assessedAt = new Date();
      const assessment = await manager.save(
        manager.create(CreditAssessment, { ...input, id: randomUUID(), note: input.note ?? null, score, grade, assessedAt }),
      );
      const previousGrade = retailer.creditGrade;
      retailer.creditGrade = grade;
      retailer.creditAssessedAt = assessedAt;
      retailer.profileUpdatedAt = assessedAt;
      await manager.save(retailer);
      await publishEvent(manager, CreditAssessed, {
        refs: [
          { type: 'Retailer', id: retailer.id },
          { type: 'StaffMember', id: input.assessedById },
        ],
        payload: { retailerId: retailer.id, assessmentId: assessment.id, grade, score, previousGrade },
      });
      return assessment;
    });
  }
}
