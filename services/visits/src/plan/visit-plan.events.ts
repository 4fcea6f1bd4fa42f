import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';

const planRef = z.object({ planId: z.uuid(), accountManagerId: z.uuid(), planDate: z.string() });

export const PlanSubmitted = defineEvent({
  type: 'visits.plan.submitted',
  version: 1,
  description: "An account manager submitted a day's visit plan to the supervisor",
  refs: ['StaffMember', 'Territory'],
  payload: planRef.extend({ retailerIds: z.array(z.uuid()) }),
});

export const PlanApproved = defineEvent({
  type: 'visits.plan.approved',
  version: 1,
  description: 'The supervisor approved a visit plan',
  refs: ['StaffMember', 'Territory'],
  payload: planRef.extend({ reviewerId: z.uuid() }),
});

export const PlanReturned = defineEvent({
  type: 'visits.plan.returned',
  version: 1,
  description: 'The supervisor returned a visit plan with a comment',
  refs: ['StaffMember', 'Territory'],
  payload: planRef.extend({ reviewerId: z.uuid(), comment: z.string() }),
});
