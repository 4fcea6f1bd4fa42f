import { randomUUID } from 'node:crypto';
import { publishEvent, type Context } from '@fieldloop/platform';
import { startAssessment } from '../retailer/retailer-assessment.service';
import { CreditAssessment } from './credit-assessment.entity';
import type { AssessCreditInput } from './credit.inputs';
import { CreditAssessed } from './credit.events';
import { gradeCredit } from './credit.rules';

export class CreditService {
  constructor(private readonly context: Context) {}

  /** Records an assessment and makes its grade the retailer's current one, together. */
  async assess(input: AssessCreditInput): Promise<CreditAssessment> {
    const { score, grade } = gradeCredit(input);
    return this.context.transaction(async (manager) => {
      const { retailer, assessedById, refs } = await startAssessment(this.context, manager, input.retailerId, input.assessedById);
      const assessedAt = new Date();
      const assessment = await manager.save(
        manager.create(CreditAssessment, { ...input, assessedById, id: randomUUID(), note: input.note ?? null, score, grade, assessedAt }),
      );
      const previousGrade = retailer.creditGrade;
      retailer.creditGrade = grade;
      retailer.creditAssessedAt = assessedAt;
      retailer.profileUpdatedAt = assessedAt;
      await manager.save(retailer);
      await publishEvent(manager, CreditAssessed, {
        refs,
        payload: { retailerId: retailer.id, assessmentId: assessment.id, grade, score, previousGrade },
      });
      return assessment;
    });
  }
}
