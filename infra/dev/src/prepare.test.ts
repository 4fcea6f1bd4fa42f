import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { customers } from '@fieldloop/customers';
import { createTestDatabase, type TestDatabase } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import { generateCustomersDemo, type CustomersDemoSummary } from './demo/customers';
import { generateVisitsDemo, type VisitsDemoSummary } from './demo/visits';
import { prepareDatabase } from './prepare';

const OPTIONS = { seed: 4242, retailers: 200 };
// Wednesday noon, then the Saturday of the same week (company time).
const FIRST_START = new Date('2026-11-04T12:00:00+08:00');
const LATER_START = new Date('2026-11-07T12:00:00+08:00');

describe('prepareDatabase with the demo registry', () => {
  let database: TestDatabase;
  let sql: Client;
  const planDates = async () =>
    (
      await sql.query<{ day: string; plans: number }>(
        'SELECT plan_date::text AS day, count(*)::int AS plans FROM visits.visit_plan GROUP BY 1 ORDER BY 1',
      )
    ).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await database.drop();
  });

  it('loads every demo into its empty schema, each after the demos it is drawn from', async () => {
    const result = await prepareDatabase(database.url, [customers, visits], OPTIONS, FIRST_START);
    const company = result.loaded.customers as CustomersDemoSummary;
    const month = result.loaded.visits as VisitsDemoSummary;
    expect(company.retailers).toBe(200);
    expect(result.told).toEqual([
      `200 retailers in ${company.territories} territories, ${company.staff} staff, ${company.creditAssessments} credit assessments`,
      `${month.visits} visits over ${month.days} days up to today`,
    ]);
    expect(result.daysAdded).toEqual({});
    const counts = await sql.query<{ retailers: number; visits: number }>(
      'SELECT (SELECT count(*)::int FROM customers.retailer) AS retailers, (SELECT count(*)::int FROM visits.visit) AS visits',
    );
    expect(counts.rows[0]).toEqual({ retailers: 200, visits: month.visits });
    expect((await planDates()).at(-1)!.day).toBe('2026-11-04');
  });

  it('on a later start keeps the data and adds the demo days since the last start', async () => {
    const before = await planDates();
    const result = await prepareDatabase(database.url, [customers, visits], OPTIONS, LATER_START);
    expect(result.loaded).toEqual({});
    expect(result.told).toEqual([]);
    expect(result.daysAdded).toEqual({ visits: 3 });

    const after = await planDates();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((row) => row.day)).toEqual(['2026-11-05', '2026-11-06', '2026-11-07']);
    // The days added are the demo's own, as a first start on that day would have drawn them.
    const full = generateVisitsDemo(generateCustomersDemo(OPTIONS), { seed: OPTIONS.seed + 1, now: LATER_START });
    const added = await sql.query<{ id: string }>("SELECT id FROM visits.visit_plan WHERE plan_date > '2026-11-04' ORDER BY id");
    expect(added.rows.map((row) => row.id)).toEqual(
      full.plans
        .filter((plan) => plan.planDate > '2026-11-04')
        .map((plan) => plan.id)
        .sort(),
    );
  });

  it('adds nothing when the database is up to date or holds another company', async () => {
    const before = await planDates();
    expect((await prepareDatabase(database.url, [customers, visits], OPTIONS, LATER_START)).daysAdded).toEqual({});
    const later = new Date('2026-11-10T12:00:00+08:00');
    expect((await prepareDatabase(database.url, [customers, visits], { ...OPTIONS, seed: 7 }, later)).daysAdded).toEqual({});
    expect(await planDates()).toEqual(before);
  });

  it('loads nothing without demo options, and no demo whose company it did not load', async () => {
    const empty = await createTestDatabase();
    try {
      expect(await prepareDatabase(empty.url, [customers, visits], undefined, LATER_START)).toEqual({
        loaded: {},
        told: [],
        daysAdded: {},
        changed: [],
      });
      // Visits alone: its demo is drawn from a customers demo this start did not load.
      const result = await prepareDatabase(empty.url, [visits], OPTIONS, LATER_START);
      expect(result.loaded).toEqual({});
    } finally {
      await empty.drop();
    }
  });
});
