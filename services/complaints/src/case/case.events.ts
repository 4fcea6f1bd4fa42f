import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';
import { DeadlineClock } from '../deadline/deadline.enums';
import { CaseAction, CaseKind, CaseStatus, OwnerRole } from './case.enums';

/** Small payloads: ids and what changed; a subscriber selects the rest through `case`. */
const caseRef = z.object({
  caseId: z.uuid(),
  kind: z.enum(CaseKind),
  status: z.enum(CaseStatus),
  ownerRole: z.enum(OwnerRole),
  assigneeId: z.uuid().nullable(),
  retailerId: z.uuid().nullable(),
  territoryId: z.uuid().nullable(),
});
const REFS = ['Case', 'Retailer', 'Territory', 'StaffMember'];

export const CaseOpened = defineEvent({
  type: 'complaints.case.opened',
  version: 1,
  description: 'A case was opened with an owner and its respond and resolve deadlines (business time)',
  refs: REFS,
  payload: caseRef.extend({ respondDueAt: z.iso.datetime(), resolveDueAt: z.iso.datetime() }),
});

export const CaseAcknowledged = defineEvent({
  type: 'complaints.case.acknowledged',
  version: 1,
  description: 'The owner acknowledged the case (收到)',
  refs: REFS,
  payload: caseRef,
});

export const CaseResponded = defineEvent({
  type: 'complaints.case.responded',
  version: 1,
  description: 'The owner answered the one who raised it; withinDeadline says whether the respond clock held',
  refs: REFS,
  payload: caseRef.extend({ withinDeadline: z.boolean() }),
});

export const CaseClosed = defineEvent({
  type: 'complaints.case.closed',
  version: 1,
  description: "Closed by the originator's confirmation (with satisfaction 1-5) or a supervisor's override (with the reason)",
  refs: REFS,
  payload: caseRef.extend({ satisfaction: z.number().int().min(1).max(5).nullable(), overrideReason: z.string().nullable() }),
});

export const CaseReopened = defineEvent({
  type: 'complaints.case.reopened',
  version: 1,
  description: 'The originator did not accept the answer: the case and its escalation ladder start again',
  refs: REFS,
  payload: caseRef.extend({ reason: z.string() }),
});

export const CaseChanged = defineEvent({
  type: 'complaints.case.changed',
  version: 1,
  description: 'A case was started, put to wait on the retailer, resumed or handed off to another person or post',
  refs: REFS,
  payload: caseRef.extend({ action: z.enum(CaseAction) }),
});

export const CaseEscalated = defineEvent({
  type: 'complaints.case.escalated',
  version: 1,
  description: "A deadline passed: level 1 is the assignee's supervisor, each further level one up; each level fires once",
  refs: REFS,
  payload: caseRef.extend({ clock: z.enum(DeadlineClock), level: z.number().int().min(1), escalatedToId: z.uuid().nullable() }),
});

export const CaseDeadlineApproaching = defineEvent({
  type: 'complaints.case.deadline_approaching',
  version: 1,
  description: 'A fifth of a clock is left: the warning before the ladder',
  refs: REFS,
  payload: caseRef.extend({ clock: z.enum(DeadlineClock), dueAt: z.iso.datetime() }),
});
