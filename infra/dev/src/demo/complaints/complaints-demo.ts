import { randomUUID } from 'node:crypto';
import {
  businessMinutesBetween,
  calendarForRegion,
  Case,
  CaseAction,
  CaseCategory,
  CaseChannel,
  CaseEntry,
  CaseKind,
  CaseRegion,
  CaseRetailer,
  CaseSource,
  CaseStaff,
  CaseStatus,
  CaseTerritory,
  escalateCases,
  openCase,
  OwnerRole,
  RoutingRule,
  TimelineEntryKind,
} from '@fieldloop/complaints';
import type { CustomersDemo } from '../customers';
import type { DataSource, EntityManager } from '../insert-rows';
import { insertRows } from '../insert-rows';
import { SeededRandom } from '../random';

const DAY = 86_400_000;
const KINDS: ReadonlyArray<readonly [CaseKind, number]> = [
  [CaseKind.COMPLAINT, 5],
  [CaseKind.SUGGESTION, 2],
  [CaseKind.MARKET_LEAD, 2],
  [CaseKind.ORDER_EXCEPTION, 2],
  [CaseKind.DELIVERY_ISSUE, 2],
  [CaseKind.INFO_FEEDBACK, 1],
];
const CATEGORY: Record<CaseKind, CaseCategory> = {
  [CaseKind.COMPLAINT]: CaseCategory.PRODUCT_QUALITY,
  [CaseKind.SUGGESTION]: CaseCategory.POLICY,
  [CaseKind.MARKET_LEAD]: CaseCategory.MARKET,
  [CaseKind.ORDER_EXCEPTION]: CaseCategory.ORDER_ERROR,
  [CaseKind.DELIVERY_ISSUE]: CaseCategory.DELIVERY,
  [CaseKind.INFO_FEEDBACK]: CaseCategory.OTHER,
};
const TEXT: Record<CaseKind, string[]> = {
  [CaseKind.COMPLAINT]: ['到货的玉溪有两条受潮', '送货员态度不好', '价签与实际批发价不符'],
  [CaseKind.SUGGESTION]: ['希望增加周六送货', '建议新品先小批量试销'],
  [CaseKind.MARKET_LEAD]: ['发现无防伪标识的中华(硬)', '邻店疑似销售非渠道卷烟'],
  [CaseKind.ORDER_EXCEPTION]: ['订8条送来18条, 店主全部拒收', '订单未按时回馈'],
  [CaseKind.DELIVERY_ISSUE]: ['送货晚了两个小时', '少送一条红河'],
  [CaseKind.INFO_FEEDBACK]: ['竞品红河本周促销力度大', '片区新开两家便利店'],
};

/** The posts that answer a kind in a region, one of them named by a routing rule as an administrator would. */
const ROUTED: ReadonlyArray<readonly [CaseKind, OwnerRole]> = [
  [CaseKind.MARKET_LEAD, OwnerRole.MARKET_INSPECTOR],
  [CaseKind.ORDER_EXCEPTION, OwnerRole.ORDER_CLERK],
  [CaseKind.DELIVERY_ISSUE, OwnerRole.DELIVERY_DRIVER],
];
const HOUR = 3_600_000;

export interface ComplaintsDemoSummary {
  cases: number;
  escalations: number;
}

/** A step of the status machine as the case service writes it (status, version, timeline), dated in the past. */
async function step(manager: EntityManager, row: Case, action: CaseAction, to: CaseStatus, at: Date, changes: Partial<Case>, body: string) {
  await manager.update(Case, { id: row.id }, { ...changes, status: to, version: row.version + 1 });
  await manager.insert(CaseEntry, {
    id: randomUUID(),
    caseId: row.id,
    kind: TimelineEntryKind.TRANSITION,
    authorId: row.assigneeId,
    toId: action === CaseAction.RESPOND ? row.reporterId : null,
    toRole: null,
    action,
    fromStatus: row.status,
    toStatus: to,
    body,
    at,
  });
  row.status = to;
  row.version += 1;
}

/**
 * Some of the month's cases worked on: answers that came after the deadline (the breach stays
 * on record), and cases waiting on the retailer with their resolve clock paused.
 */
async function workSome(manager: EntityManager, random: SeededRandom, now: Date): Promise<void> {
  const open = await manager.find(Case, { where: { status: CaseStatus.OPEN }, order: { createdAt: 'ASC' } });
  const breached = open.filter((row) => row.respondBreachedAt && row.assigneeId);
  const late = random.sample(breached, Math.max(3, Math.ceil(breached.length / 4)));
  for (const row of late) {
    // Answered between its deadline and now, after the ladder had climbed.
    const at = new Date(Math.max(row.respondDueAt.getTime(), now.getTime() - 2 * HOUR) + random.float(0, 1) * HOUR);
    const answered = at > now ? now : at;
    await step(manager, row, CaseAction.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, answered, {}, '收到, 马上处理');
    await step(
      manager,
      row,
      CaseAction.RESPOND,
      CaseStatus.RESPONDED,
      answered,
      { answeredAt: answered, firstAnsweredAt: answered },
      '已处理, 向店主说明情况',
    );
  }
  const answeredIds = new Set(late.map((row) => row.id));
  const rest = open.filter((row) => !answeredIds.has(row.id) && row.assigneeId && row.kind !== CaseKind.INFO_FEEDBACK);
  for (const row of random.sample(rest, Math.max(3, Math.ceil(rest.length / 8)))) {
    const calendar = await calendarForRegion(manager, row.regionId);
    const at = new Date(now.getTime() - random.float(1, 4) * HOUR);
    await step(manager, row, CaseAction.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, at, {}, '收到');
    await step(
      manager,
      row,
      CaseAction.WAIT_ON_RETAILER,
      CaseStatus.WAITING_ON_RETAILER,
      at,
      { resolvePausedMinutesLeft: Math.max(0, businessMinutesBetween(calendar, at, row.resolveDueAt)) },
      '等店主提供进货票据',
    );
  }
}

/**
 * A month (or `months`) of cases of every kind for the demo company, opened as the services would open
 * them (routing, business-time deadlines), then swept once at `now`: the ones nobody answered
 * in time carry their escalations, several levels for the oldest. Complaints' projection of
 * customers is filled from the same company first, as its consumer would fill it.
 */
export async function loadComplaintsDemo(
  dataSource: DataSource,
  company: CustomersDemo,
  { seed, now, months }: { seed: number; now: Date; months?: number },
): Promise<ComplaintsDemoSummary> {
  const random = new SeededRandom(seed);
  return dataSource.transaction(async (manager) => {
    const position = '0';
    await insertRows(
      manager,
      CaseRegion,
      company.regions.map(({ id, name, inCompanyArea }) => ({ id, name, inCompanyArea, position })),
    );
    await insertRows(
      manager,
      CaseTerritory,
      company.territories.map(({ id, name, regionId, accountManagerId }) => ({ id, name, regionId, accountManagerId, position })),
    );
    await insertRows(
      manager,
      CaseStaff,
      company.staff.map(({ id, name, role, supervisorId, active }) => ({ id, name, role, supervisorId, active, position })),
    );
    await insertRows(
      manager,
      CaseRetailer,
      company.retailers.map(({ id, territoryId, shopName }) => ({ id, territoryId, shopName, position })),
    );
    for (const region of company.regions) {
      for (const [kind, ownerRole] of ROUTED) {
        const posts = company.staff.filter((member) => String(member.role) === ownerRole && member.regionId === region.id && member.active);
        if (!posts.length) continue;
        await manager.insert(RoutingRule, { id: randomUUID(), kind, regionId: region.id, ownerRole, assigneeId: random.pick(posts).id });
      }
    }
    const managerOf = new Map(company.territories.map((territory) => [territory.id, territory.accountManagerId]));
    // The demo's month holds a few hundred cases; a longer span, as the city-scale bench asks, about one per retailer a year.
    const days = (months ?? 1) * 30;
    const count =
      months === undefined ? Math.min(300, Math.ceil(company.retailers.length / 10)) : Math.ceil((company.retailers.length * months) / 12);
    for (let i = 0; i < count; i += 1) {
      const retailer = random.pick(company.retailers);
      const kind = random.weighted(KINDS);
      const description = random.pick(TEXT[kind]);
      await openCase(manager, {
        kind,
        category: CATEGORY[kind],
        source: kind === CaseKind.ORDER_EXCEPTION ? CaseSource.ORDERS : CaseSource.VISIT,
        channel: kind === CaseKind.ORDER_EXCEPTION ? CaseChannel.SYSTEM : CaseChannel.VISIT,
        title: description,
        description,
        retailerId: retailer.id,
        reporterId: managerOf.get(retailer.territoryId) ?? null,
        at: new Date(now.getTime() - random.float(0, days) * DAY),
      });
    }
    await escalateCases(manager, now);
    await workSome(manager, random, now);
    const [{ escalations }] = await manager.query('SELECT count(*)::int AS escalations FROM escalation WHERE level > 0');
    return { cases: count, escalations };
  });
}
