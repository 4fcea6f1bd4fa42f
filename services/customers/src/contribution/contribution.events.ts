import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';

export const ContributionAssessed = defineEvent({
  type: 'customers.contribution.assessed',
  version: 1,
  description: "A month's contribution of a retailer was assessed (or re-assessed)",
  refs: ['Retailer', 'Territory', 'StaffMember'],
  payload: z.object({ retailerId: z.uuid(), period: z.string(), totalScore: z.number().int() }),
});
