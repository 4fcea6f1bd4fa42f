import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';
import { CaseCategory, CaseKind } from './visit-findings.types';
import { FlagKind } from './visit.enums';

const visitRef = z.object({ visitId: z.uuid(), retailerId: z.uuid(), territoryId: z.uuid(), accountManagerId: z.uuid() });
const REFS = ['Retailer', 'Territory', 'StaffMember'];

export const VisitStarted = defineEvent({
  type: 'visits.visit.started',
  version: 1,
  description: 'An account manager checked in at a retailer',
  refs: REFS,
  payload: visitRef.extend({ checkInAt: z.iso.datetime(), distanceMeters: z.number().int() }),
});

export const VisitFinished = defineEvent({
  type: 'visits.visit.finished',
  version: 1,
  description: 'An account manager checked out; the visit is complete',
  refs: REFS,
  payload: visitRef.extend({ checkOutAt: z.iso.datetime(), durationMinutes: z.number(), satisfaction: z.number().int().nullable() }),
});

export const VisitFlagged = defineEvent({
  type: 'visits.visit.flagged',
  version: 1,
  description: 'A visit was flagged for the supervisor (distance, hours, duration, travel speed, empty or copied notes)',
  refs: REFS,
  payload: visitRef.extend({ kind: z.enum(FlagKind), value: z.number(), reason: z.string() }),
});

export const VisitCancelled = defineEvent({
  type: 'visits.visit.cancelled',
  version: 1,
  description: 'A planned visit was cancelled, with the reason',
  refs: REFS,
  payload: visitRef.extend({ reason: z.string() }),
});

export const VisitMissed = defineEvent({
  type: 'visits.visit.missed',
  version: 1,
  description: 'A planned visit was not started by the end of its day',
  refs: REFS,
  payload: visitRef.extend({ plannedFor: z.string() }),
});

export const MarketLeadRaised = defineEvent({
  type: 'visits.market_lead.raised',
  version: 1,
  description: 'Non-channel or counterfeit cigarettes were seen on a visit: a lead for the market inspector',
  refs: REFS,
  payload: visitRef.extend({ product: z.string(), quantity: z.number().int(), note: z.string().nullable(), seenAt: z.iso.datetime() }),
});

export const OrderIntentRaised = defineEvent({
  type: 'visits.order_intent.raised',
  version: 1,
  description: 'The retailer wants to order: for the order clerk',
  refs: REFS,
  payload: visitRef.extend({ lines: z.array(z.object({ product: z.string(), cartons: z.number().int() })).min(1) }),
});

export const CaseRaised = defineEvent({
  type: 'visits.case.raised',
  version: 1,
  description:
    'A complaint, suggestion, delivery remark or market information was recorded on a visit: for the complaints service to open a case',
  refs: REFS,
  payload: visitRef.extend({ kind: z.enum(CaseKind), category: z.enum(CaseCategory), description: z.string(), raisedAt: z.iso.datetime() }),
});
