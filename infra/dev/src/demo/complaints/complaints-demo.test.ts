import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseKind, complaints } from '@fieldloop/complaints';
import { createLogger, entitiesOf, openDatabase, type Database } from '@fieldloop/platform';
import { createTestDatabase, type TestDatabase } from '@fieldloop/testkit';
import { loadComplaintsDemo } from './complaints-demo';
import { generateCustomersDemo } from '../customers';

/** The demo month of cases, loaded into a real complaints schema. */
describe('complaints demo data', () => {
  let database: TestDatabase;
  let schema: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    schema = await openDatabase({
      url: database.url,
      schema: 'complaints',
      entities: entitiesOf(complaints),
      migrations: complaints.migrations,
      logger: createLogger('complaints-demo', 'warn'),
      poolSize: 2,
    });
  });
  afterAll(async () => {
    await schema?.close();
    await database?.drop();
  });

  it('opens a month of cases of every kind with owners and deadlines, the unanswered ones escalated, some more than once', async () => {
    const company = generateCustomersDemo({ seed: 20261123, retailers: 400 });
    const summary = await loadComplaintsDemo(schema.dataSource, company, { seed: 7, now: new Date('2026-12-02T06:00:00Z') });
    expect(summary.cases).toBe(40);
    const kinds: { kind: string }[] = await schema.dataSource.query('SELECT DISTINCT kind FROM loop_case ORDER BY kind');
    expect(kinds.map((row) => row.kind).sort()).toEqual(Object.values(CaseKind).sort());
    const [{ unowned }] = await schema.dataSource.query(
      `SELECT count(*)::int AS unowned FROM loop_case WHERE owner_role = 'ACCOUNT_MANAGER' AND assignee_id IS NULL`,
    );
    expect(unowned).toBe(0);
    const [{ twice }] = await schema.dataSource.query('SELECT count(*)::int AS twice FROM loop_case WHERE escalation_level >= 2');
    expect(twice).toBeGreaterThan(0);
    expect(summary.escalations).toBeGreaterThan(twice);
  });

  it('holds answers given late, cases escalated twice on record, cases waiting on the retailer, and cases routed to every post', async () => {
    const one = async (query: string) => Number((await schema.dataSource.query(query))[0].n);
    // Answered, but after the respond deadline: the breach stays on the case.
    expect(
      await one(
        `SELECT count(*)::int AS n FROM loop_case WHERE status = 'RESPONDED' AND first_answered_at > respond_due_at AND respond_breached_at IS NOT NULL`,
      ),
    ).toBeGreaterThanOrEqual(3);
    // At level 2 with the two rungs of its ladder recorded.
    expect(
      await one(`SELECT count(*)::int AS n FROM loop_case c WHERE c.escalation_level = 2
        AND (SELECT count(*) FROM escalation e WHERE e.case_id = c.id AND e.round = c.round AND e.level > 0) = 2`),
    ).toBeGreaterThan(0);
    expect(
      await one(
        `SELECT count(*)::int AS n FROM loop_case WHERE status = 'WAITING_ON_RETAILER' AND resolve_paused_minutes_left IS NOT NULL`,
      ),
    ).toBeGreaterThanOrEqual(3);
    const routed: { role: string; n: number }[] = await schema.dataSource.query(
      `SELECT s.role::text AS role, count(*)::int AS n FROM loop_case c JOIN case_staff s ON s.id = c.assignee_id AND s.role::text = c.owner_role::text
       WHERE c.owner_role IN ('ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR') GROUP BY 1 ORDER BY 1`,
    );
    expect(routed.map((row) => row.role)).toEqual(['DELIVERY_DRIVER', 'MARKET_INSPECTOR', 'ORDER_CLERK']);
    const [{ unrouted }] = await schema.dataSource.query(
      `SELECT count(*)::int AS unrouted FROM loop_case WHERE owner_role IN ('ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR') AND assignee_id IS NULL`,
    );
    expect(unrouted).toBe(0);
  });
});
