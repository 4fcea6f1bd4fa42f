import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';
import { StaffRole } from './staff-member.enums';

/** No phone: other services need who reports to whom, not how to call them. */
const staffSnapshot = z.object({
  staffMemberId: z.uuid(),
  employeeNumber: z.string(),
  name: z.string(),
  role: z.enum(StaffRole),
  supervisorId: z.uuid().nullable(),
  active: z.boolean(),
});

export const StaffMemberCreated = defineEvent({
  type: 'customers.staff.created',
  version: 1,
  description: 'A member of staff was added',
  refs: ['StaffMember'],
  payload: staffSnapshot,
});

export const StaffMemberChanged = defineEvent({
  type: 'customers.staff.changed',
  version: 1,
  description: 'A member of staff changed (role, supervisor, active); the payload is the whole record',
  refs: ['StaffMember'],
  payload: staffSnapshot,
});
