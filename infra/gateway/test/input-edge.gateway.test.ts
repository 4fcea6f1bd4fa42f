import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { addDays, companyToday } from '@fieldloop/platform';
import { visits } from '@fieldloop/visits';
import {
  CREATE_RETAILER,
  createTerritoryWithManager,
  ERROR_LEVEL,
  LogCapture,
  retailerInput,
  startStack,
  type Stack,
  staffClaims,
} from '@fieldloop/testkit';

const CREATE_PLAN = `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id visits { id } } }`;
const CHECK_IN = `mutation($input: PositionInput!) { checkIn(input: $input) { status } }`;
const CHECK_OUT = `mutation($input: PositionInput!) { checkOut(input: $input) { status } }`;
const UPDATE_RETAILER = `mutation($input: UpdateRetailerInput!) { updateRetailer(input: $input) { version } }`;
const SHOP = { latitude: 25.0389, longitude: 102.7183 };
const stop = (retailerId: string) => ({ retailerId, theme: '回访', purpose: '检查陈列', actionPlan: '看价签', expectedResult: '整改' });
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/**
 * Issue 11, input at the edge, through the gateway: ids that are no UUID, strings PostgreSQL
 * cannot store, and times no device could have meant are refused BAD_USER_INPUT naming the
 * field and the rule, before any SQL and with nothing written; a caller's mistakes are logged
 * at info, never as errors.
 */
describe('input at the edge', () => {
  const logs = new LogCapture();
  let stack: Stack;
  let accountManagerId: string;
  let territoryId: string;
  let retailerIds: string[];
  let today: string;
  /** The stops of a plan for today, and of one five days ahead. */
  let todaysVisits: string[];
  let laterVisit: string;

  const rows = async (subgraph: string, table: string) =>
    Number((await stack.subgraphs[subgraph].database.dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);
  const firstError = async (query: string, variables?: Record<string, unknown>) =>
    (await stack.gateway.execute(query, variables)).errors?.[0];
  const errorLines = (mark: number) => logs.since(mark).filter((line) => line.level >= ERROR_LEVEL);

  beforeAll(async () => {
    stack = await startStack([customers, visits], { logs });
    const setup = await createTerritoryWithManager(stack.gateway, 'EDGE');
    [accountManagerId, territoryId] = [setup.accountManager.id, setup.territory.id];
    retailerIds = [];
    for (let i = 0; i < 3; i += 1) {
      const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
        input: retailerInput(territoryId, SHOP),
      });
      retailerIds.push(createRetailer.id);
    }
    for (let i = 0; i < 100 && (await rows('visits', 'route_retailer')) < retailerIds.length; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    today = companyToday();
    const plan = async (planDate: string) =>
      (
        await stack.gateway.request<{ createVisitPlan: { visits: { id: string }[] } }>(CREATE_PLAN, {
          input: { accountManagerId, planDate, stops: retailerIds.map(stop) },
        })
      ).createVisitPlan.visits.map((visit) => visit.id);
    todaysVisits = await plan(today);
    [laterVisit] = await plan(addDays(today, 5));
  });
  afterAll(() => stack?.stop());

  describe('ids are UUIDs, checked before any SQL', () => {
    it('answers retailer(id: "abc") BAD_USER_INPUT naming the argument, and logs it at info, not as an error', async () => {
      const mark = logs.lines.length;
      const error = await firstError(`query($id: ID!) { retailer(id: $id) { id } }`, { id: 'abc' });
      expect(error).toMatchObject({
        message: 'id must be a UUID',
        path: ['retailer'],
        extensions: { code: 'BAD_USER_INPUT', field: 'id', rule: 'isUuid' },
      });
      expect(errorLines(mark)).toEqual([]);
      const refusal = logs.since(mark).find((line) => line.code === 'BAD_USER_INPUT');
      expect(refusal).toMatchObject({ level: 30, service: 'customers', field: 'id', rule: 'isUuid' });
      expect(JSON.stringify(refusal)).not.toContain('stack');
    });

    it.each([
      ['a lookup in visits', `{ visit(id: "1") { id } }`, {}, 'id'],
      ['an ID argument of another name', `{ plannableRetailers(accountManagerId: "me") { id } }`, {}, 'accountManagerId'],
      [
        'a filter id',
        `query($f: RetailerFilter) { retailers(first: 5, filter: $f) { totalCount } }`,
        { f: { accountManagerId: 'x' } },
        'filter.accountManagerId',
      ],
      [
        'one of a list of ids',
        `query($f: RetailerFilter) { retailers(first: 5, filter: $f) { totalCount } }`,
        { f: { territoryIds: [randomUUID(), 'nope'] } },
        'filter.territoryIds',
      ],
      [
        'a visits filter id',
        `query($f: VisitFilter) { visits(first: 5, filter: $f) { totalCount } }`,
        { f: { retailerId: '12' } },
        'filter.retailerId',
      ],
      ['the id inside a mutation input', UPDATE_RETAILER, { input: { id: 'r-1', tier: 3 } }, 'id'],
    ])('refuses %s', async (_what, query, variables, field) => {
      const mark = logs.lines.length;
      expect((await firstError(query, variables))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule: 'isUuid' });
      expect(errorLines(mark)).toEqual([]);
    });

    it('checks the arguments of fields below the root too', async () => {
      const result = await stack.gateway.execute(
        `{ territories(first: 1) { edges { node { retailers(first: 1, filter: { accountManagerId: "x" }) { totalCount } } } } }`,
      );
      expect(result.errors?.[0]).toMatchObject({
        path: ['territories', 'edges', 0, 'node', 'retailers'],
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.accountManagerId', rule: 'isUuid' },
      });
    });

    it('refuses a plan with a stop that names no retailer, and writes nothing', async () => {
      const before = await rows('visits', 'visit_plan');
      const error = await firstError(CREATE_PLAN, {
        input: { accountManagerId, planDate: addDays(today, 6), stops: [stop(retailerIds[0]), stop('shop-2')] },
      });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stops.1.retailerId', rule: 'isUuid' });
      expect(await rows('visits', 'visit_plan')).toBe(before);
    });

    it('resolves _entities with a non-UUID id to null, as the gateway asks for them', async () => {
      const mark = logs.lines.length;
      const claims = staffClaims({ role: 'ADMIN' });
      const entities = (type: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id } } }`;
      const retailers = await stack.asGateway('customers', claims).execute(entities('Retailer'), {
        r: [
          { __typename: 'Retailer', id: 'abc' },
          { __typename: 'Retailer', id: retailerIds[0] },
        ],
      });
      expect(retailers).toEqual({ data: { _entities: [null, { id: retailerIds[0] }] } });
      const visitsFound = await stack.asGateway('visits', claims).execute(entities('Visit'), {
        r: [
          { __typename: 'Visit', id: 7 },
          { __typename: 'Visit', id: todaysVisits[0] },
        ],
      });
      expect(visitsFound).toEqual({ data: { _entities: [null, { id: todaysVisits[0] }] } });
      expect(errorLines(mark)).toEqual([]);
    });
  });

  describe('strings carry no NUL and no unpaired surrogate', () => {
    const SEARCH = `query($f: RetailerFilter) { retailers(first: 5, filter: $f) { totalCount } }`;

    it('refuses a NUL byte in search before it reaches PostgreSQL, and logs no error', async () => {
      const mark = logs.lines.length;
      const error = await firstError(SEARCH, { f: { search: '惠民\u0000' } });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search', rule: 'noControlCharacters' });
      expect(errorLines(mark)).toEqual([]);
    });

    it('refuses an unpaired surrogate, and accepts a paired one', async () => {
      expect((await firstError(SEARCH, { f: { search: 'a\ud800b' } }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.search',
        rule: 'wellFormed',
      });
      expect(await stack.gateway.request(SEARCH, { f: { search: '𠀋' } })).toEqual({ retailers: { totalCount: 0 } });
    });

    it('refuses them in mutation inputs, and writes nothing', async () => {
      const retailersBefore = await rows('customers', 'retailer');
      const created = await firstError(CREATE_RETAILER, { input: retailerInput(territoryId, { shopName: '惠民\u0000便利店' }) });
      expect(created?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shopName', rule: 'noControlCharacters' });
      expect(await rows('customers', 'retailer')).toBe(retailersBefore);

      const cancelled = await firstError(`mutation($input: CancelVisitInput!) { cancelVisit(input: $input) { id } }`, {
        input: { visitId: todaysVisits[2], reason: '店主不在\udc00' },
      });
      expect(cancelled?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'wellFormed' });
      expect(
        (await stack.gateway.request<{ visit: { status: string } }>(`{ visit(id: "${todaysVisits[2]}") { status } }`)).visit.status,
      ).toBe('PLANNED');
    });

    it('refuses them in subscription arguments', async () => {
      const client = stack.gateway.connectWs();
      try {
        const events = client.iterate({
          query: `subscription($types: [String!]) { customersEvents(types: $types) { cursor } }`,
          variables: { types: ['customers.retailer.changed\u0000'] },
        });
        const first = await events.next();
        expect(first.value?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types', rule: 'noControlCharacters' });
      } finally {
        await client.dispose();
      }
    });
  });

  describe('times a device could have meant', () => {
    const flagsOf = async (visitId: string) =>
      Number(
        (await stack.subgraphs.visits.database.dataSource.query('SELECT count(*) FROM visit_flag WHERE visit_id = $1', [visitId]))[0].count,
      );
    const statusOf = async (visitId: string) =>
      (await stack.gateway.request<{ visit: { status: string } }>(`{ visit(id: "${visitId}") { status } }`)).visit.status;

    it.each([
      ['dated 1970, on a visit planned today', () => todaysVisits[0], '1970-01-01T00:00:00Z', 'recent'],
      ['three hours ahead of now', () => todaysVisits[0], hoursFromNow(3), 'notInFuture'],
      ['now, on a visit planned five days ahead', () => laterVisit, hoursFromNow(0), 'nearPlanDate'],
    ])('refuses a check-in %s, and records nothing', async (_what, visitOf, at, rule) => {
      const visitId = visitOf();
      const error = await firstError(CHECK_IN, { input: { visitId, ...SHOP, at } });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at', rule });
      expect(error?.message).toMatch(/^at must /);
      expect(await statusOf(visitId)).toBe('PLANNED');
      expect(await flagsOf(visitId)).toBe(0);
    });

    it('accepts a check-in synced a little late, refuses a check-out dated 1970, accepts one dated now', async () => {
      const visitId = todaysVisits[1];
      expect(
        (await stack.gateway.request<{ checkIn: { status: string } }>(CHECK_IN, { input: { visitId, ...SHOP, at: hoursFromNow(-0.5) } }))
          .checkIn.status,
      ).toBe('IN_PROGRESS');
      const error = await firstError(CHECK_OUT, { input: { visitId, ...SHOP, at: '1970-01-01T00:00:00Z' } });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at', rule: 'recent' });
      expect(await statusOf(visitId)).toBe('IN_PROGRESS');
      expect(
        (await stack.gateway.request<{ checkOut: { status: string } }>(CHECK_OUT, { input: { visitId, ...SHOP } })).checkOut.status,
      ).toBe('COMPLETED');
    });

    it.each([
      ['in 2020', '2020-06-01', 'notInPast'],
      ['yesterday', () => addDays(today, -1), 'notInPast'],
      ['two hundred days ahead', () => addDays(today, 200), 'withinHorizon'],
    ])('refuses a plan dated %s, and writes nothing', async (_what, date, rule) => {
      const before = await rows('visits', 'visit_plan');
      const planDate = typeof date === 'function' ? date() : date;
      const error = await firstError(CREATE_PLAN, { input: { accountManagerId, planDate, stops: [stop(retailerIds[0])] } });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planDate', rule });
      expect(await rows('visits', 'visit_plan')).toBe(before);
    });

    it.each([
      ['in 2099', '2099-03-01', 'notInFuture'],
      ['in 1900', '1900-05-01', 'notBefore'],
    ])('refuses a retailer opened %s, on creation and on update, and writes nothing', async (_what, openedOn, rule) => {
      const before = await rows('customers', 'retailer');
      expect((await firstError(CREATE_RETAILER, { input: retailerInput(territoryId, { openedOn }) }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'openedOn',
        rule,
      });
      expect(await rows('customers', 'retailer')).toBe(before);

      const { retailer } = await stack.gateway.request<{ retailer: { version: number; openedOn: string } }>(
        `{ retailer(id: "${retailerIds[0]}") { version openedOn } }`,
      );
      expect((await firstError(UPDATE_RETAILER, { input: { id: retailerIds[0], openedOn } }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'openedOn',
        rule,
      });
      expect(
        (await stack.gateway.request<{ retailer: unknown }>(`{ retailer(id: "${retailerIds[0]}") { version openedOn } }`)).retailer,
      ).toEqual(retailer);
    });
  });
});
