import { randomUUID } from 'node:crypto';
import type { Database } from '@fieldloop/platform';
import { retailerInput } from './customer-fixtures';

/*
 * Entity factories for service tests: each inserts one row straight into a service's schema
 * (no API, no events) and returns it, so a test states only what matters to it. Entities are
 * named as the service's DataSource knows them, which keeps testkit free of the services.
 */

type DataSource = Database['dataSource'];
type Overrides = Record<string, unknown>;

let sequence = 0;
const next = () => (sequence += 1);

async function insertRow<Row extends { id: string }>(dataSource: DataSource, entity: string, row: Row): Promise<Row> {
  await dataSource.getRepository(entity).insert(row);
  return row;
}

// customers

export const insertRegion = (dataSource: DataSource, overrides: Overrides = {}) => {
  const n = next();
  return insertRow(dataSource, 'Region', { id: randomUUID(), code: `R-${n}`, name: `区域${n}`, inCompanyArea: true, ...overrides });
};

/** An account manager unless `role` says otherwise. */
export const insertStaffMember = (dataSource: DataSource, overrides: Overrides = {}) => {
  const n = next();
  return insertRow(dataSource, 'StaffMember', {
    id: randomUUID(),
    employeeNumber: `E-${n}`,
    username: `staff.${n}`,
    name: `李经理${n}`,
    role: 'ACCOUNT_MANAGER',
    phone: '13800138000',
    supervisorId: null as string | null,
    regionId: null as string | null,
    active: true,
    ...overrides,
  });
};

export const insertTerritory = (dataSource: DataSource, regionId: string, overrides: Overrides = {}) => {
  const n = next();
  return insertRow(dataSource, 'Territory', {
    id: randomUUID(),
    code: `TR-${n}`,
    name: `线路${n}`,
    regionId,
    accountManagerId: null as string | null,
    visitFrequencyPerWeek: 1,
    ...overrides,
  });
};

/** An active convenience store on the territory's route, as retailerInput describes it; its customer file left empty. */
export const insertRetailer = (dataSource: DataSource, territoryId: string, overrides: Overrides = {}) =>
  insertRow(dataSource, 'Retailer', {
    id: randomUUID(),
    ...retailerInput(territoryId),
    routeSequence: next(),
    status: 'ACTIVE',
    creditGrade: null as string | null,
    profileUpdatedAt: new Date(),
    ...overrides,
  });

// visits (its projections of customers, then its own rows)

export const insertRouteTerritory = (dataSource: DataSource, accountManagerId: string | null, overrides: Overrides = {}) => {
  const n = next();
  return insertRow(dataSource, 'RouteTerritory', {
    id: randomUUID(),
    name: `线路${n}`,
    regionId: randomUUID(),
    accountManagerId,
    visitFrequencyPerWeek: 1,
    position: '0',
    ...overrides,
  });
};

/** Visits' projection of a retailer (as retailerInput describes it), active on the territory's route. */
export const insertRouteRetailer = (dataSource: DataSource, territoryId: string, overrides: Overrides = {}) => {
  const { shopName, licenceNumber, latitude, longitude } = retailerInput(territoryId);
  return insertRow(dataSource, 'RouteRetailer', {
    id: randomUUID(),
    territoryId,
    shopName,
    licenceNumber,
    routeSequence: next(),
    latitude,
    longitude,
    status: 'ACTIVE',
    position: '0',
    ...overrides,
  });
};

/** A DRAFT plan unless `status` says otherwise; its stops are insertVisit's. */
export const insertVisitPlan = (dataSource: DataSource, accountManagerId: string, planDate: string, overrides: Overrides = {}) =>
  insertRow(dataSource, 'VisitPlan', {
    id: randomUUID(),
    accountManagerId,
    planDate,
    status: 'DRAFT',
    submittedAt: null as Date | null,
    reviewedById: null as string | null,
    reviewedAt: null as Date | null,
    reviewComment: null as string | null,
    ...overrides,
  });

/** A PLANNED visit of the retailer on the plan's day, as the plan's next stop. */
export const insertVisit = (
  dataSource: DataSource,
  plan: { id: string; accountManagerId: string; planDate: string },
  retailer: { id: string; territoryId: string },
  overrides: Overrides = {},
) =>
  insertRow(dataSource, 'Visit', {
    id: randomUUID(),
    planId: plan.id,
    accountManagerId: plan.accountManagerId,
    retailerId: retailer.id,
    territoryId: retailer.territoryId,
    sequence: next(),
    plannedFor: plan.planDate,
    theme: '陈列检查',
    purpose: '检查卷烟陈列是否规范',
    actionPlan: '对照陈列标准逐项检查',
    expectedResult: '烟柜陈列整洁规范',
    status: 'PLANNED',
    cancelReason: null as string | null,
    ...overrides,
  });

export const insertVisitPromise = (
  dataSource: DataSource,
  visit: { id: string; retailerId: string; accountManagerId: string; plannedFor: string },
  overrides: Overrides = {},
) =>
  insertRow(dataSource, 'VisitPromise', {
    id: randomUUID(),
    visitId: visit.id,
    retailerId: visit.retailerId,
    accountManagerId: visit.accountManagerId,
    description: '下周协调一条中华(硬)的货源',
    dueOn: visit.plannedFor,
    keptAt: null as Date | null,
    ...overrides,
  });

let planDays = 0;

/**
 * A plan of `stops` new retailers of the territory, each a PLANNED visit, on a day no other
 * plan of this factory has (one plan a day per account manager).
 */
export async function insertPlanWithStops(
  dataSource: DataSource,
  {
    accountManagerId,
    territoryId,
    stops = 1,
    plan = {},
    visit = {},
  }: {
    accountManagerId: string;
    territoryId: string;
    stops?: number;
    plan?: Overrides;
    visit?: Overrides;
  },
) {
  planDays += 1;
  const planDate = new Date(Date.UTC(2026, 11, planDays)).toISOString().slice(0, 10);
  const inserted = await insertVisitPlan(dataSource, accountManagerId, planDate, plan);
  const visits = [];
  for (let i = 0; i < stops; i++)
    visits.push(await insertVisit(dataSource, inserted, await insertRouteRetailer(dataSource, territoryId), visit));
  return { plan: inserted, visits };
}
