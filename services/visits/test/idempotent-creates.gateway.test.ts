import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { companyToday } from '@fieldloop/platform';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, startStack, type Stack } from '@fieldloop/testkit';
import { visits } from '../src';

const PLAN_DAY = new Date(Date.now() + 50 * 86_400_000).toISOString().slice(0, 10);
const CREATE_RETAILER_ONCE = CREATE_RETAILER.replace(
  '($input: CreateRetailerInput!)',
  '($input: CreateRetailerInput!, $key: String)',
).replace('createRetailer(input: $input)', 'createRetailer(input: $input, idempotencyKey: $key)');
const CREATE_PLAN = `mutation($input: CreateVisitPlanInput!, $key: String) { createVisitPlan(input: $input, idempotencyKey: $key) { id visits { id } } }`;
const CHECK_IN = `mutation($input: PositionInput!, $key: String) { checkIn(input: $input, idempotencyKey: $key) { id status checkInAt } }`;
const AUDIT = `query($filter: AuditFilter) { auditTrail(first: 5, filter: $filter) { totalCount edges { node { operation outcome errorCode targetIds } } } }`;

interface AuditTrail {
  auditTrail: {
    totalCount: number;
    edges: { node: { operation: string; outcome: string; errorCode: string | null; targetIds: string[] } }[];
  };
}

/**
 * Creates a phone or a partner may retry (issue 11): one create per idempotency key, and
 * audit records that commit with the change they describe. Through the gateway.
 */
describe('idempotent creates and the audit trail in the transaction', () => {
  let stack: Stack;
  let setup: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  const retailerIds: string[] = [];
  const customersSql = (query: string, parameters: unknown[] = []) =>
    stack.subgraphs.customers.database.dataSource.query(query, parameters);
  const visitsSql = (query: string, parameters: unknown[] = []) => stack.subgraphs.visits.database.dataSource.query(query, parameters);
  const count = async (query: string, parameters: unknown[] = []) => Number((await customersSql(query, parameters))[0].count);
  const stops = () =>
    retailerIds.map((retailerId) => ({ retailerId, theme: '巡店', purpose: '检查陈列', actionPlan: '看价签', expectedResult: '整改' }));
  const audit = (filter: Record<string, unknown>) => stack.gateway.request<AuditTrail>(AUDIT, { filter });

  beforeAll(async () => {
    stack = await startStack([customers, visits]);
    setup = await createTerritoryWithManager(stack.gateway, 'IDEM');
    for (const shopName of ['重试烟酒店', '重试超市']) {
      retailerIds.push(
        (
          await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
            input: retailerInput(setup.territory.id, { shopName }),
          })
        ).createRetailer.id,
      );
    }
    for (let i = 0; i < 100 && Number((await visitsSql('SELECT count(*) FROM route_retailer'))[0].count) < retailerIds.length; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(() => stack?.stop());

  describe('idempotency keys', () => {
    it('replays a create retried with the same key: the same id, one row', async () => {
      const input = retailerInput(setup.territory.id);
      const first = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER_ONCE, {
        input,
        key: 'erp-import:2026-12-01:0001',
      });
      const again = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER_ONCE, {
        input,
        key: 'erp-import:2026-12-01:0001',
      });
      expect(again.createRetailer.id).toBe(first.createRetailer.id);
      expect(await count('SELECT count(*) FROM retailer WHERE licence_number = $1', [input.licenceNumber])).toBe(1);
    });

    it('refuses the same key with another request as a CONFLICT naming idempotencyKey, and writes nothing', async () => {
      const input = retailerInput(setup.territory.id);
      await stack.gateway.request(CREATE_RETAILER_ONCE, { input, key: 'erp-import:changed-body' });
      const changed = retailerInput(setup.territory.id);
      const result = await stack.gateway.execute(CREATE_RETAILER_ONCE, { input: changed, key: 'erp-import:changed-body' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey', rule: 'same_request' });
      expect(await count('SELECT count(*) FROM retailer WHERE licence_number = $1', [changed.licenceNumber])).toBe(0);
    });

    it('makes one row of concurrent creates with one key, and keeps keys per caller', async () => {
      const input = retailerInput(setup.territory.id);
      const results = await Promise.all(
        // Distinct documents, so the gateway forwards each one rather than sharing an answer.
        [1, 2, 3, 4].map((attempt) =>
          stack.gateway.request<{ createRetailer: { id: string } }>(
            CREATE_RETAILER_ONCE.replace('mutation(', `mutation Attempt${attempt}(`),
            { input, key: 'phone-7f3a-retry' },
          ),
        ),
      );
      expect(new Set(results.map((result) => result.createRetailer.id)).size).toBe(1);
      expect(await count('SELECT count(*) FROM retailer WHERE licence_number = $1', [input.licenceNumber])).toBe(1);
      expect(await count(`SELECT count(*) FROM idempotency_key WHERE key = 'phone-7f3a-retry'`)).toBe(1);

      // Another caller's key of the same spelling is theirs alone: a create of its own.
      const supervisor = await stack.as({ role: 'SUPERVISOR', sub: setup.supervisor.id, terr: [setup.territory.id] });
      const other = retailerInput(setup.territory.id);
      const theirs = await supervisor.request<{ createRetailer: { id: string } }>(CREATE_RETAILER_ONCE, {
        input: other,
        key: 'phone-7f3a-retry',
      });
      expect(theirs.createRetailer.id).not.toBe(results[0].createRetailer.id);
    });

    it('refuses a key of the wrong shape, naming the field and the rule', async () => {
      const input = retailerInput(setup.territory.id);
      for (const key of ['short', 'has spaces in it', 'x'.repeat(129)]) {
        const result = await stack.gateway.execute(CREATE_RETAILER_ONCE, { input, key });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule: 'matches' });
      }
      expect(await count('SELECT count(*) FROM retailer WHERE licence_number = $1', [input.licenceNumber])).toBe(0);
    });

    it('replays a retried plan; a plan of the same day without a key is a CONFLICT naming the existing plan', async () => {
      const input = { accountManagerId: setup.accountManager.id, planDate: PLAN_DAY, stops: stops() };
      const first = await stack.gateway.request<{ createVisitPlan: { id: string } }>(CREATE_PLAN, { input, key: 'plan-0001-abcdef' });
      const retried = await stack.gateway.request<{ createVisitPlan: { id: string } }>(CREATE_PLAN, { input, key: 'plan-0001-abcdef' });
      expect(retried.createVisitPlan.id).toBe(first.createVisitPlan.id);
      const duplicate = await stack.gateway.execute(CREATE_PLAN, { input });
      expect(duplicate.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'accountManagerId.planDate',
        existingId: first.createVisitPlan.id,
      });
      expect(Number((await visitsSql('SELECT count(*) FROM visit_plan WHERE plan_date = $1', [PLAN_DAY]))[0].count)).toBe(1);
    });

    it('replays a retried check-in instead of refusing it, and the visit starts once', async () => {
      // A phone checks in now, on today's plan: the device-time window allows nothing else.
      const day = companyToday();
      const { createVisitPlan } = await stack.gateway.request<{ createVisitPlan: { visits: { id: string }[] } }>(CREATE_PLAN, {
        input: { accountManagerId: setup.accountManager.id, planDate: day, stops: stops() },
      });
      const visitId = createVisitPlan.visits[0].id;
      const position = { visitId, latitude: 25.04, longitude: 102.71, at: new Date().toISOString() };
      const first = await stack.gateway.request<{ checkIn: { status: string; checkInAt: string } }>(CHECK_IN, {
        input: position,
        key: `check-in:${visitId}`,
      });
      const retried = await stack.gateway.request<{ checkIn: { status: string; checkInAt: string } }>(CHECK_IN, {
        input: position,
        key: `check-in:${visitId}`,
      });
      expect(retried).toEqual(first);
      expect(first.checkIn.status).toBe('IN_PROGRESS');
      // Without a key, the same check-in again is refused: the visit is under way.
      expect((await stack.gateway.execute(CHECK_IN, { input: position })).errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'status',
      });
      const started = await visitsSql(`SELECT count(*) FROM outbox WHERE type = 'visits.visit.started' AND payload->>'visitId' = $1`, [
        visitId,
      ]);
      const logged = await visitsSql(
        `SELECT count(*) FROM events.event_log WHERE type = 'visits.visit.started' AND payload->>'visitId' = $1`,
        [visitId],
      );
      expect(Number(started[0].count) + Number(logged[0].count)).toBe(1);
    });

    it('forgets keys older than the retention', async () => {
      const job = stack.subgraphs.customers.jobs.find((candidate) => candidate.definition.name === 'customers.expire-idempotency-keys')!;
      const kept = await count('SELECT count(*) FROM idempotency_key');
      expect(kept).toBeGreaterThan(0);
      await job.runOnce(new Date(Date.now() + 6 * 86_400_000));
      expect(await count('SELECT count(*) FROM idempotency_key')).toBe(kept);
      await job.runOnce(new Date(Date.now() + 8 * 86_400_000));
      expect(await count('SELECT count(*) FROM idempotency_key')).toBe(0);
    });
  });

  describe('audit records', () => {
    it('records a committed create with its ids, once', async () => {
      const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
        input: retailerInput(setup.territory.id),
      });
      const { auditTrail } = await audit({ targetId: createRetailer.id });
      expect(auditTrail.edges.map((edge) => edge.node)).toEqual([
        {
          operation: 'createRetailer',
          outcome: 'OK',
          errorCode: null,
          targetIds: expect.arrayContaining([createRetailer.id, setup.territory.id]),
        },
      ]);
    });

    it('leaves no success record of a create that failed after writing, only the failure', async () => {
      // PostgreSQL itself refuses the create's event, after the retailer row is written.
      await customersSql(`CREATE FUNCTION refuse_marked_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.payload->>'shopName' = '写到一半失败' THEN RAISE EXCEPTION 'no room for the event'; END IF; RETURN NEW; END $$`);
      await customersSql('CREATE TRIGGER refuse_marked_event BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_marked_event()');
      const succeeded = (await audit({ operation: 'createRetailer', outcome: 'OK' })).auditTrail.totalCount;
      const input = retailerInput(setup.territory.id, { shopName: '写到一半失败' });
      const result = await stack.gateway.execute(CREATE_RETAILER, { input });
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await count('SELECT count(*) FROM retailer WHERE licence_number = $1', [input.licenceNumber])).toBe(0);
      expect((await audit({ operation: 'createRetailer', outcome: 'OK' })).auditTrail.totalCount).toBe(succeeded);
      const { auditTrail } = await audit({ operation: 'createRetailer' });
      expect(auditTrail.edges[0].node).toMatchObject({
        outcome: 'FAILED',
        errorCode: 'INTERNAL_SERVER_ERROR',
        targetIds: [setup.territory.id],
      });
    });

    it('leaves no change without its record: a record that cannot be written undoes the change', async () => {
      await customersSql(`CREATE FUNCTION refuse_region_record() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.operation = 'createRegion' AND NEW.outcome = 'OK' THEN RAISE EXCEPTION 'audit log full'; END IF; RETURN NEW; END $$`);
      await customersSql(
        'CREATE TRIGGER refuse_region_record BEFORE INSERT ON events.audit_log FOR EACH ROW EXECUTE FUNCTION refuse_region_record()',
      );
      const result = await stack.gateway.execute(
        `mutation { createRegion(input: { code: "R-AUDIT", name: "审计区", inCompanyArea: true }) { id } }`,
      );
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await count(`SELECT count(*) FROM region WHERE code = 'R-AUDIT'`)).toBe(0);
      expect(await count(`SELECT count(*) FROM outbox WHERE type = 'customers.region.created' AND payload->>'code' = 'R-AUDIT'`)).toBe(0);
      expect((await audit({ operation: 'createRegion' })).auditTrail.edges[0].node).toMatchObject({
        outcome: 'FAILED',
        errorCode: 'INTERNAL_SERVER_ERROR',
      });
    });

    it('still records a refused attempt, and one that failed after its transaction committed', async () => {
      const driver = await stack.as({ role: 'DELIVERY_DRIVER', terr: [setup.territory.id] });
      expect(
        (await driver.execute(CREATE_PLAN, { input: { accountManagerId: setup.accountManager.id, planDate: PLAN_DAY, stops: stops() } }))
          .errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await audit({ operation: 'createVisitPlan', outcome: 'FAILED' })).auditTrail.edges[0].node).toMatchObject({
        errorCode: 'FORBIDDEN',
        targetIds: [setup.accountManager.id, ...retailerIds],
      });
      // An unknown refresh token: the (empty) transaction commits, then the answer is a refusal.
      const refused = await stack.anonymous.execute(`mutation { refreshSession(input: { refreshToken: "not-a-token" }) { accessToken } }`);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await audit({ operation: 'refreshSession' })).auditTrail.edges[0].node).toMatchObject({
        outcome: 'FAILED',
        errorCode: 'UNAUTHENTICATED',
      });
    });
  });
});
