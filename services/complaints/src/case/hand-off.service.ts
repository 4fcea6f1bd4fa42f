import type { ConsumerDefinition, DomainEvent } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { Case } from './case.entity';
import { CaseCategory, CaseChannel, CaseKind, CaseSource, OwnerRole } from './case.enums';
import { openCase, type CaseSpec } from './open-case.service';

/** The fields every visits event carries. */
interface VisitRef {
  visitId: string;
  retailerId: string;
  territoryId: string;
  accountManagerId: string;
}

/** The fields every orders event carries (orders.exception.raised, orders.feedback.missing). */
interface OrderRef {
  orderId: string;
  retailerId: string;
  territoryId: string;
  accountManagerId: string | null;
}

interface DeliveredLine {
  productName: string;
  confirmed: number;
  delivered: number;
  accepted: number;
  reason: string | null;
}

const fromVisit = (event: DomainEvent, ref: VisitRef): Omit<CaseSpec, 'kind' | 'category' | 'title' | 'description'> => ({
  source: CaseSource.VISIT,
  channel: CaseChannel.VISIT,
  retailerId: ref.retailerId,
  territoryId: ref.territoryId,
  visitId: ref.visitId,
  reporterId: ref.accountManagerId,
  sourceEventId: event.id,
  at: event.occurredAt,
});

const fromOrder = (event: DomainEvent, ref: OrderRef) => ({
  kind: CaseKind.ORDER_EXCEPTION,
  category: CaseCategory.ORDER_ERROR,
  source: CaseSource.ORDERS,
  channel: CaseChannel.SYSTEM,
  retailerId: ref.retailerId,
  territoryId: ref.territoryId,
  orderId: ref.orderId,
  ownerRole: OwnerRole.ORDER_CLERK,
  copiedIds: ref.accountManagerId ? [ref.accountManagerId] : [],
  sourceEventId: event.id,
  at: event.occurredAt,
});

/** What case an event of another service opens, or undefined for none. */
function caseFor(event: DomainEvent): CaseSpec | undefined {
  switch (event.type) {
    case 'visits.case.raised': {
      const payload = event.payload as unknown as VisitRef & {
        kind: CaseKind;
        category: CaseCategory;
        description: string;
        raisedAt: string;
      };
      return {
        ...fromVisit(event, payload),
        kind: payload.kind,
        category: payload.category,
        title: payload.description.slice(0, 60),
        description: payload.description,
        at: new Date(payload.raisedAt),
      };
    }
    case 'visits.market_lead.raised': {
      const payload = event.payload as unknown as VisitRef & { product: string; quantity: number; note: string | null; seenAt: string };
      return {
        ...fromVisit(event, payload),
        kind: CaseKind.MARKET_LEAD,
        category: CaseCategory.MARKET,
        title: `非渠道卷烟线索: ${payload.product} ${payload.quantity}条`,
        description: [`${payload.product} × ${payload.quantity}`, payload.note].filter(Boolean).join(' — '),
        at: new Date(payload.seenAt),
      };
    }
    case 'visits.visit.flagged': {
      const payload = event.payload as unknown as VisitRef & { kind: string; reason: string };
      return {
        ...fromVisit(event, payload),
        kind: CaseKind.INFO_FEEDBACK,
        category: CaseCategory.OTHER,
        title: `拜访需复核: ${payload.kind}`,
        description: payload.reason,
        ownerRole: OwnerRole.SUPERVISOR,
        // The account manager's own visit is in question: the supervisor asks, the account manager answers to them.
        reporterId: null,
      };
    }
    case 'orders.exception.raised': {
      const payload = event.payload as unknown as OrderRef & { shopName: string; lines: DeliveredLine[] };
      const lines = payload.lines.map(
        (line) =>
          `${line.productName}: 确认 ${line.confirmed}, 送 ${line.delivered}, 收 ${line.accepted}${line.reason ? ` (${line.reason})` : ''}`,
      );
      return { ...fromOrder(event, payload), title: `送货差错: ${payload.shopName}`, description: lines.join('\n') };
    }
    case 'orders.feedback.missing': {
      const payload = event.payload as unknown as OrderRef & { placedAt: string; dueAt: string };
      return {
        ...fromOrder(event, payload),
        title: '订单未回馈',
        description: `订单 ${payload.orderId} 下单于 ${payload.placedAt}, 应在 ${payload.dueAt} 前回馈零售户`,
      };
    }
  }
  return undefined;
}

async function handle(event: DomainEvent, manager: EntityManager): Promise<void> {
  const spec = caseFor(event);
  // The same event never opens two cases: a redelivery after a crash finds the first.
  if (!spec || (await manager.existsBy(Case, { sourceEventId: event.id }))) return;
  await openCase(manager, spec);
}

/**
 * Every hand-off the other services emit becomes a case with an owner and a deadline: a
 * complaint or remark heard on a visit, a non-channel sighting (a market lead for the
 * inspector), a flagged visit (for the supervisor), a delivery difference or a missing
 * read-back (for the order clerk, copied to the account manager).
 */
export const handOffConsumer: ConsumerDefinition = {
  name: 'hand-offs',
  description: 'Opens cases from visits (cases, market leads, flags) and orders (exceptions, missing read-backs)',
  filter: {
    sources: ['visits', 'orders'],
    types: [
      'visits.case.raised',
      'visits.market_lead.raised',
      'visits.visit.flagged',
      'orders.exception.raised',
      'orders.feedback.missing',
    ],
  },
  handle,
};
