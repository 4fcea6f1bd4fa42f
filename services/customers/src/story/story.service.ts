import type { ConsumerDefinition, DomainEvent } from '@fieldloop/platform';
import { z } from 'zod';
import { StoryEntry, type StoryParam } from './story-entry.entity';
import { StoryKind } from './story.enums';

/*
 * The events read here belong to visits, orders and complaints, which depend on customers:
 * customers cannot import their definitions, so it reads only the few fields it needs.
 */
const uuid = z.uuid();
const base = z.object({ retailerId: uuid.nullable().optional() }).loose();
const refs = z
  .object({ visitId: uuid.optional(), orderId: uuid.optional(), caseId: uuid.optional(), accountManagerId: uuid.nullable().optional() })
  .loose();

type Row = Pick<StoryEntry, 'kind' | 'summaryCode'> & { params?: string[] };

/** Which events tell the story, what kind of entry each makes, and which payload fields its sentence names. */
const STORY_EVENTS: Record<string, Row> = {
  'visits.visit.finished': { kind: StoryKind.VISIT, summaryCode: 'visit.finished', params: ['durationMinutes', 'satisfaction'] },
  'visits.visit.missed': { kind: StoryKind.VISIT, summaryCode: 'visit.missed', params: ['plannedFor'] },
  'visits.case.raised': { kind: StoryKind.FINDING, summaryCode: 'finding.case_raised', params: ['kind', 'category'] },
  'visits.market_lead.raised': { kind: StoryKind.FINDING, summaryCode: 'finding.market_lead', params: ['product', 'quantity'] },
  'visits.order_intent.raised': { kind: StoryKind.FINDING, summaryCode: 'finding.order_intent' },
  'orders.order.placed': { kind: StoryKind.ORDER, summaryCode: 'order.placed', params: ['channel', 'totalFen'] },
  'orders.order.confirmed': { kind: StoryKind.ORDER, summaryCode: 'order.confirmed', params: ['method', 'totalFen'] },
  'orders.order.cancelled': { kind: StoryKind.ORDER, summaryCode: 'order.cancelled' },
  'orders.order.delivered': { kind: StoryKind.DELIVERY, summaryCode: 'delivery.delivered', params: ['status'] },
  'orders.exception.raised': { kind: StoryKind.DELIVERY, summaryCode: 'delivery.exception' },
  'orders.retailer_quota.set': { kind: StoryKind.QUOTA, summaryCode: 'quota.set', params: ['monthlyCartons', 'previousMonthlyCartons'] },
  'complaints.case.opened': { kind: StoryKind.CASE, summaryCode: 'case.opened', params: ['kind'] },
  'complaints.case.responded': { kind: StoryKind.CASE, summaryCode: 'case.responded', params: ['kind', 'withinDeadline'] },
  'complaints.case.closed': { kind: StoryKind.CASE, summaryCode: 'case.closed', params: ['kind', 'satisfaction'] },
  'complaints.case.reopened': { kind: StoryKind.CASE, summaryCode: 'case.reopened', params: ['kind'] },
  'customers.retailer.created': { kind: StoryKind.FILE_CHANGE, summaryCode: 'file.created' },
  'customers.retailer.changed': { kind: StoryKind.FILE_CHANGE, summaryCode: 'file.changed', params: ['changedFields'] },
  'customers.retailer.status_changed': { kind: StoryKind.FILE_CHANGE, summaryCode: 'file.status_changed', params: ['status'] },
  'customers.credit.assessed': { kind: StoryKind.ASSESSMENT, summaryCode: 'assessment.credit', params: ['grade', 'previousGrade'] },
  'customers.contribution.assessed': {
    kind: StoryKind.ASSESSMENT,
    summaryCode: 'assessment.contribution',
    params: ['period', 'totalScore'],
  },
};

/**
 * Each sentence the portal must be able to write: its code and the values it may name (an
 * entry names only those its event carried). The portal's translations are tested against it.
 */
export const STORY_SENTENCES: { kind: StoryKind; summaryCode: string; params: string[] }[] = Object.values(STORY_EVENTS).map(
  ({ kind, summaryCode, params = [] }) => ({ kind, summaryCode, params }),
);

/** A payload value as the sentence shows it; a list is joined, a missing value left out. */
function paramsOf(payload: Record<string, unknown>, names: string[] = []): StoryParam[] {
  return names
    .filter((name) => payload[name] !== undefined && payload[name] !== null)
    .map((name) => {
      const value = payload[name];
      return { name, value: Array.isArray(value) ? value.join(',') : String(value) };
    });
}

/** A staff member's id; an API key's actor (`apikey:…`) is no staff member. */
const staffId = (actor: string | null, fallback?: string | null) => (actor && uuid.safeParse(actor).success ? actor : (fallback ?? null));

export const retailerStory: ConsumerDefinition = {
  name: 'retailer-story',
  description: "Each retailer's story (retailer_story): visits, findings, orders, deliveries, cases, quota, file changes and assessments",
  filter: { types: Object.keys(STORY_EVENTS) },
  async handle(event: DomainEvent, manager) {
    const row = STORY_EVENTS[event.type];
    const { retailerId } = base.parse(event.payload);
    // A case need not be about a retailer; it has no story to join.
    if (!row || !retailerId) return;
    const ids = refs.parse(event.payload);
    await manager
      .createQueryBuilder()
      .insert()
      .into(StoryEntry)
      .values({
        id: event.id,
        retailerId,
        occurredAt: event.occurredAt,
        type: event.type,
        kind: row.kind,
        summaryCode: row.summaryCode,
        summaryParams: paramsOf(event.payload, row.params),
        actorId: staffId(event.actor, ids.accountManagerId),
        visitId: ids.visitId ?? null,
        orderId: ids.orderId ?? null,
        caseId: ids.caseId ?? null,
      })
      // The entry's id is the event's: a redelivered or replayed event adds nothing.
      .orIgnore()
      .execute();
  },
  async isEmpty(manager) {
    return (await manager.count(StoryEntry)) === 0;
  },
};
