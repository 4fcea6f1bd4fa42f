import { describeFlag, type Formatters, type VisitFlagLike } from '@fieldloop/portal-kit';
import type { TFunction } from 'i18next';
import type { FeedEvent } from './event-feed';

export const EVENT_TYPES = [
  'visits.visit.started',
  'visits.visit.finished',
  'visits.visit.flagged',
  'visits.visit.missed',
  'visits.visit.cancelled',
  'visits.plan.submitted',
  'visits.plan.approved',
  'visits.plan.returned',
  'visits.market_lead.raised',
  'visits.order_intent.raised',
  'visits.case.raised',
  'customers.retailer.created',
  'customers.retailer.changed',
  'customers.retailer.status_changed',
  'customers.credit.assessed',
  'customers.contribution.assessed',
  'customers.territory.created',
  'customers.territory.changed',
  'customers.staff.created',
  'customers.staff.changed',
  'customers.region.created',
  'complaints.case.opened',
  'complaints.case.acknowledged',
  'complaints.case.responded',
  'complaints.case.closed',
  'complaints.case.reopened',
  'complaints.case.changed',
  'complaints.case.escalated',
  'complaints.case.deadline_approaching',
] as const;

/** Events that need the supervisor's attention are shown as warnings. */
export const ATTENTION_TYPES = new Set([
  'visits.visit.flagged',
  'visits.visit.missed',
  'visits.market_lead.raised',
  'visits.case.raised',
  'visits.plan.submitted',
  'complaints.case.escalated',
  'complaints.case.deadline_approaching',
  'complaints.case.reopened',
]);

/** One sentence in the user's language saying what happened. */
export function describeEvent(event: FeedEvent, t: TFunction, format: Formatters): string {
  const p = event.payload;
  const values = {
    manager: event.accountManager?.name ?? t('shell:activity.someone'),
    shop: event.shop?.name ?? (p.shopName as string | undefined) ?? t('shell:activity.aShop'),
    territory: event.territory?.name || (p.name as string | undefined) || '',
    name: event.staffName ?? (p.name as string | undefined) ?? '',
    date: typeof p.planDate === 'string' ? format.date(p.planDate) : typeof p.plannedFor === 'string' ? format.date(p.plannedFor) : '',
    comment: p.comment ?? '',
    status: typeof p.status === 'string' ? t(`common:retailerStatus.${p.status}`) : '',
    grade: p.grade ?? '',
    period: typeof p.period === 'string' ? format.month(p.period) : '',
    score: p.totalScore ?? '',
    distance: typeof p.distanceMeters === 'number' ? format.number(p.distanceMeters) : '?',
    minutes: typeof p.durationMinutes === 'number' ? format.number(p.durationMinutes, { maximumFractionDigits: 0 }) : '?',
    reason:
      event.type === 'visits.visit.flagged' // The payload is the event's JSON (docs/events.md): kind is a VisitFlagKind there.
        ? describeFlag({ kind: p.kind as VisitFlagLike['kind'], value: Number(p.value) }, t, format)
        : (p.reason ?? ''),
    product: p.product ?? '',
    quantity: typeof p.quantity === 'number' ? format.number(p.quantity) : '',
    lines: Array.isArray(p.lines)
      ? (p.lines as { product: string; cartons: number }[]).map((line) => `${line.product} × ${format.number(line.cartons)}`).join(', ')
      : '',
    description: p.description ?? '',
    title: event.case?.title ?? '',
    owner: event.case?.owner ?? (typeof p.ownerRole === 'string' ? t(`common:role.${p.ownerRole}`) : ''),
    level: p.level ?? '',
    caseKind: typeof p.kind === 'string' && event.case ? t(`common:caseKind.${p.kind}`) : '',
    type: event.type,
  };
  return t(`shell:activity.text.${event.type}`, { ...values, defaultValue: t('shell:activity.text.unknown', values) });
}
