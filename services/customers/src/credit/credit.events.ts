import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';
import { CreditGrade } from './credit.enums';

export const CreditAssessed = defineEvent({
  type: 'customers.credit.assessed',
  version: 1,
  description: "A retailer's credit was assessed; its grade is now the retailer's current grade",
  refs: ['Retailer', 'Territory', 'StaffMember'],
  payload: z.object({
    retailerId: z.uuid(),
    assessmentId: z.uuid(),
    grade: z.enum(CreditGrade),
    score: z.number().int(),
    previousGrade: z.enum(CreditGrade).nullable(),
  }),
});
