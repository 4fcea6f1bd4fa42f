import { randomUUID } from 'node:crypto';
import { InvalidInputError, publishEvent, ref } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { addBusinessMinutes } from '../calendar/business-time.rules';
import { calendarForRegion } from '../calendar/calendar.service';
import { deadlineBudget } from '../deadline/deadline.rules';
import { CaseRegion } from '../federated/case-region.entity';
import { CaseRetailer } from '../federated/case-retailer.entity';
import { CaseStaff } from '../federated/case-staff.entity';
import { CaseTerritory } from '../federated/case-territory.entity';
import { RoutingRule } from '../routing/routing-rule.entity';
import { DEFAULT_OWNER } from '../routing/routing.rules';
import { CaseEntry } from './case-entry.entity';
import { Case } from './case.entity';
import {
  type CaseCategory,
  type CaseChannel,
  type CaseKind,
  CaseSeverity,
  type CaseSource,
  OwnerRole,
  TimelineEntryKind,
} from './case.enums';
import { CaseOpened } from './case.events';

/** What opening a case needs: from a staff member's input or from another service's event. */
export interface CaseSpec {
  kind: CaseKind;
  category: CaseCategory;
  severity?: CaseSeverity;
  source: CaseSource;
  channel: CaseChannel;
  title: string;
  description: string;
  retailerId?: string | null;
  /** Where the case belongs when there is no retailer (or the event names it). */
  territoryId?: string | null;
  orderId?: string | null;
  visitId?: string | null;
  reporterId?: string | null;
  ownerRole?: OwnerRole | null;
  assigneeId?: string | null;
  copiedIds?: string[];
  /** A sender's own deadline (a supervisor's task sent down), instead of the policy's. */
  respondWithinMinutes?: number | null;
  sourceEventId?: string | null;
  /** When it was raised: the clocks start here. */
  at: Date;
}

export const caseRefOf = (row: Case) => ({
  caseId: row.id,
  kind: row.kind,
  status: row.status,
  ownerRole: row.ownerRole,
  assigneeId: row.assigneeId,
  retailerId: row.retailerId,
  territoryId: row.territoryId,
});

export const refsOf = (row: Case) => [
  ref('Case', row.id),
  ...(row.retailerId ? [ref('Retailer', row.retailerId)] : []),
  ...(row.territoryId ? [ref('Territory', row.territoryId)] : []),
  ...[...new Set([row.assigneeId, row.reporterId].filter((id): id is string => !!id))].map((id) => ref('StaffMember', id)),
];

/** Whose a case is: the routing rule of its kind in its region (else company-wide, else the kind's default post). */
async function route(manager: EntityManager, spec: CaseSpec, territory: CaseTerritory | null) {
  // Without a territory (a task sent down to a person) only the company-wide rule applies.
  const where = territory ? [{ kind: spec.kind, regionId: territory.regionId }, { kind: spec.kind }] : [{ kind: spec.kind }];
  const rules = await manager.find(RoutingRule, { where });
  const rule =
    rules.find((candidate) => candidate.regionId && candidate.regionId === territory?.regionId) ?? rules.find((r) => !r.regionId);
  const ownerRole = spec.ownerRole ?? rule?.ownerRole ?? DEFAULT_OWNER[spec.kind];
  if (spec.assigneeId) return { ownerRole, assigneeId: spec.assigneeId };
  if (!spec.ownerRole && rule?.assigneeId) return { ownerRole, assigneeId: rule.assigneeId };
  const accountManagerId = territory?.accountManagerId ?? null;
  if (ownerRole === OwnerRole.ACCOUNT_MANAGER) return { ownerRole, assigneeId: accountManagerId };
  if (ownerRole === OwnerRole.SUPERVISOR && accountManagerId) {
    const accountManager = await manager.findOneBy(CaseStaff, { id: accountManagerId });
    return { ownerRole, assigneeId: accountManager?.supervisorId ?? null };
  }
  // Otherwise it waits in the post's queue, seen by everyone of that post in the territory.
  return { ownerRole, assigneeId: null };
}

export const unpublishedWarning = (years: number[]) =>
  years.length ? [`no published holiday calendar for ${years.join(', ')}: counted on the weekly hours only`] : [];

/**
 * Opens a case: where it belongs (the retailer's territory and region), whose it is (routing),
 * and its two deadlines in the region's business time (12 h in the company's area, 24 h
 * elsewhere for complaints). Writes the first timeline entry and complaints.case.opened.
 */
export async function openCase(manager: EntityManager, spec: CaseSpec): Promise<Case> {
  const retailer = spec.retailerId ? await manager.findOneBy(CaseRetailer, { id: spec.retailerId }) : null;
  if (spec.retailerId && !retailer && !spec.territoryId) {
    throw InvalidInputError.of('retailerId', 'exists', `retailerId ${spec.retailerId} names no retailer known to complaints`);
  }
  const territoryId = retailer?.territoryId ?? spec.territoryId ?? null;
  const territory = territoryId ? await manager.findOneBy(CaseTerritory, { id: territoryId }) : null;
  const regionId = territory?.regionId ?? null;
  const region = regionId ? await manager.findOneBy(CaseRegion, { id: regionId }) : null;
  const severity = spec.severity ?? CaseSeverity.NORMAL;
  // A region not (yet) known is held to the stricter in-area deadline.
  const budget = deadlineBudget(spec.kind, severity, region?.inCompanyArea ?? true);
  const respondBudgetMinutes = spec.respondWithinMinutes ?? budget.respondMinutes;
  const resolveBudgetMinutes = Math.max(budget.resolveMinutes, respondBudgetMinutes);
  const calendar = await calendarForRegion(manager, regionId);
  const respond = addBusinessMinutes(calendar, spec.at, respondBudgetMinutes);
  const resolve = addBusinessMinutes(calendar, spec.at, resolveBudgetMinutes);
  const { ownerRole, assigneeId } = await route(manager, spec, territory);
  const row: Case = manager.create(Case, {
    id: randomUUID(),
    kind: spec.kind,
    category: spec.category,
    severity,
    source: spec.source,
    channel: spec.channel,
    title: spec.title,
    description: spec.description,
    retailerId: spec.retailerId ?? null,
    territoryId,
    regionId,
    orderId: spec.orderId ?? null,
    visitId: spec.visitId ?? null,
    reporterId: spec.reporterId ?? null,
    ownerRole,
    assigneeId,
    copiedIds: (spec.copiedIds ?? []).filter((id) => id !== assigneeId),
    respondBudgetMinutes,
    resolveBudgetMinutes,
    respondDueAt: respond.at,
    resolveDueAt: resolve.at,
    deadlineWarnings: unpublishedWarning([...new Set([...respond.unpublishedYears, ...resolve.unpublishedYears])].sort()),
    sourceEventId: spec.sourceEventId ?? null,
    createdAt: spec.at,
  });
  await manager.insert(Case, row);
  await manager.insert(CaseEntry, {
    id: randomUUID(),
    caseId: row.id,
    kind: TimelineEntryKind.RAISED,
    authorId: row.reporterId,
    toId: assigneeId,
    toRole: ownerRole,
    body: spec.description,
    at: spec.at,
  });
  const saved = await manager.findOneByOrFail(Case, { id: row.id });
  await publishEvent(manager, CaseOpened, {
    refs: refsOf(saved),
    payload: { ...caseRefOf(saved), respondDueAt: saved.respondDueAt.toISOString(), resolveDueAt: saved.resolveDueAt.toISOString() },
  });
  return saved;
}
