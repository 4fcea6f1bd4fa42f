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
});
