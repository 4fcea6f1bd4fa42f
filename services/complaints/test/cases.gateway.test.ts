import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { visits } from '@fieldloop/visits';
import { startStack, type GraphQLClient, type Stack } from '@fieldloop/testkit';
import { complaints } from '../src';
import { caseOfVisit, createLoopTeam, projected, raiseOnVisit, sightOnVisit, type LoopTeam } from './loop.fixtures';

/** A wall-clock time in Shanghai. */
const cst = (local: string) => new Date(`${local}+08:00`);

const CASE_FIELDS = `id kind status ownerRole version respondDueAt resolveDueAt deadlineWarnings escalationLevel allowedActions
  assignee { id } retailer { id shopName } timeline { kind action fromStatus toStatus body author { id } to { id } }`;

interface CaseView {
  id: string;
  kind: string;
  status: string;
  ownerRole: string;
  version: number;
  respondDueAt: string;
  resolveDueAt: string;
  deadlineWarnings: string[];
  escalationLevel: number;
  allowedActions: string[];
  assignee: { id: string } | null;
  retailer: { id: string; shopName: string } | null;
  timeline: {
    kind: string;
    action: string | null;
    fromStatus: string | null;
    toStatus: string | null;
    body: string | null;
    author: { id: string } | null;
  }[];
}

const RAISE = `mutation($input: RaiseCaseInput!, $key: String) { raiseCase(input: $input, idempotencyKey: $key) { ${CASE_FIELDS} } }`;
const ACT = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { ${CASE_FIELDS} } }`;
const GET = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

describe('cases through the gateway', () => {
  let stack: Stack;
  let inArea: LoopTeam;
  let elsewhere: LoopTeam;
  let accountManager: GraphQLClient;
  let clerk: GraphQLClient;
  let supervisor: GraphQLClient;
  let outsider: GraphQLClient;

  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.complaints.database.dataSource.query(query, parameters);
  const caseRows = async () => Number((await sql('SELECT count(*) FROM loop_case'))[0].count);
  const complaint = (team: LoopTeam, extra: Record<string, unknown> = {}) => ({
    kind: 'COMPLAINT',
    category: 'PRODUCT_QUALITY',
    source: 'RETAILER',
    channel: 'PHONE',
    title: '玉溪受潮',
    description: '店主来电: 上周到货的玉溪有两条受潮',
    retailerId: team.retailerId,
    ...extra,
  });

  beforeAll(async () => {
    stack = await startStack([customers, visits, complaints]);
    // The sweeper is driven by the tests with a clock of their own.
    await Promise.all(stack.subgraphs.complaints.jobs.map((job) => job.stop()));
    inArea = await createLoopTeam(stack.gateway, true);
    elsewhere = await createLoopTeam(stack.gateway, false);
    await projected(stack, [inArea, elsewhere]);
    accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: inArea.accountManagerId, terr: [inArea.territoryId] });
    clerk = await stack.as({ role: 'ORDER_CLERK', sub: inArea.clerkId, terr: [inArea.territoryId] });
    supervisor = await stack.as({ role: 'SUPERVISOR', sub: inArea.supervisorId, terr: [inArea.territoryId] });
    outsider = await stack.as({ role: 'ACCOUNT_MANAGER', sub: elsewhere.accountManagerId, terr: [elsewhere.territoryId] });
  });
  afterAll(() => stack?.stop());

  describe('deadlines in business time', () => {
    it("gives a complaint 12 business hours in the company's area and 24 elsewhere, across the National Day week and its 调休 Saturday", async () => {
      // Wednesday 30 September 16:00: 1-7 October are holidays, Saturday 10 October is worked.
      const raisedAt = cst('2026-09-30T16:00:00');
      const [near, far] = await Promise.all([raiseOnVisit(stack, inArea, raisedAt), raiseOnVisit(stack, elsewhere, raisedAt)]);
      const { case: inside } = await stack.gateway.request<{ case: CaseView }>(GET, { id: await caseOfVisit(stack, near) });
      const { case: outside } = await stack.gateway.request<{ case: CaseView }>(GET, { id: await caseOfVisit(stack, far) });
      expect(new Date(inside.respondDueAt)).toEqual(cst('2026-10-09T11:30:00'));
      expect(new Date(outside.respondDueAt)).toEqual(cst('2026-10-10T17:30:00'));
      expect(inside).toMatchObject({
        kind: 'COMPLAINT',
        ownerRole: 'ACCOUNT_MANAGER',
        assignee: { id: inArea.accountManagerId },
        deadlineWarnings: [],
      });
    });

    it('carries a deadline over a weekend, and warns when it runs into a year with no published calendar', async () => {
      const friday = await caseOfVisit(stack, await raiseOnVisit(stack, inArea, cst('2026-12-04T15:00:00')));
      const { case: weekend } = await stack.gateway.request<{ case: CaseView }>(GET, { id: friday });
      expect(new Date(weekend.respondDueAt)).toEqual(cst('2026-12-08T10:30:00'));
      const newYear = await caseOfVisit(stack, await raiseOnVisit(stack, elsewhere, cst('2026-12-30T09:00:00')));
      const { case: late } = await stack.gateway.request<{ case: CaseView }>(GET, { id: newYear });
      expect(late.deadlineWarnings).toEqual(['no published holiday calendar for 2027: counted on the weekly hours only']);
    });
  });

  describe('the status machine', () => {
    let id: string;

    it('raises a case once per idempotency key, and refuses the key for another request', async () => {
      const key = randomUUID();
      const before = await caseRows();
      const first = await accountManager.request<{ raiseCase: CaseView }>(RAISE, { input: complaint(inArea), key });
      const again = await accountManager.request<{ raiseCase: CaseView }>(RAISE, { input: complaint(inArea), key });
      expect(again.raiseCase.id).toBe(first.raiseCase.id);
      expect(await caseRows()).toBe(before + 1);
      const other = await accountManager.execute(RAISE, { input: complaint(inArea, { title: '另一件事' }), key });
      expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
      id = first.raiseCase.id;
      expect(first.raiseCase).toMatchObject({
        status: 'OPEN',
        retailer: { id: inArea.retailerId },
        allowedActions: ['ACKNOWLEDGE', 'HAND_OFF'],
        timeline: [{ kind: 'RAISED', author: { id: inArea.accountManagerId } }],
      });
    });

    it('refuses an illegal transition naming the allowed ones, writing nothing', async () => {
      const result = await accountManager.execute(ACT, { input: { caseId: id, action: 'RESPOND', message: '已处理' } });
      expect(result.errors?.[0].message).toBe('RESPOND is not allowed on a COMPLAINT case that is OPEN; allowed: ACKNOWLEDGE, HAND_OFF');
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'action', rule: 'transition' });
      const { case: unchanged } = await accountManager.request<{ case: CaseView }>(GET, { id });
      expect(unchanged).toMatchObject({ status: 'OPEN', version: 1 });
    });

    it('hands off to the clerk keeping the clock, who acknowledges, works and answers', async () => {
      const { case: before } = await accountManager.request<{ case: CaseView }>(GET, { id });
      const handed = await accountManager.request<{ actOnCase: CaseView }>(ACT, {
        input: { caseId: id, action: 'HAND_OFF', assigneeId: inArea.clerkId, ownerRole: 'ORDER_CLERK', message: '请核实批次' },
      });
      expect(handed.actOnCase).toMatchObject({ status: 'OPEN', assignee: { id: inArea.clerkId }, respondDueAt: before.respondDueAt });
      await clerk.request(ACT, { input: { caseId: id, action: 'ACKNOWLEDGE' } });
      await clerk.request(ACT, { input: { caseId: id, action: 'START' } });
      const missing = await clerk.execute(ACT, { input: { caseId: id, action: 'RESPOND' } });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message', rule: 'required' });
      const { actOnCase } = await clerk.request<{ actOnCase: CaseView }>(ACT, {
        input: { caseId: id, action: 'RESPOND', message: '已核实为仓储受潮, 明日调换两条' },
      });
      expect(actOnCase.status).toBe('RESPONDED');
      expect(actOnCase.timeline.map((entry) => [entry.kind, entry.action, entry.toStatus])).toEqual([
        ['RAISED', null, null],
        ['HAND_OFF', 'HAND_OFF', 'OPEN'],
        ['TRANSITION', 'ACKNOWLEDGE', 'ACKNOWLEDGED'],
        ['TRANSITION', 'START', 'IN_PROGRESS'],
        ['TRANSITION', 'RESPOND', 'RESPONDED'],
      ]);
      expect(actOnCase.timeline[4]).toMatchObject({ author: { id: inArea.clerkId }, body: '已核实为仓储受潮, 明日调换两条' });
    });

    it('closes only with the originator’s confirmation and a satisfaction 1-5', async () => {
      const byClerk = await clerk.execute(ACT, { input: { caseId: id, action: 'CONFIRM_CLOSE', satisfaction: 5 } });
      expect(byClerk.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', rule: 'transition' } });
      expect(byClerk.errors?.[0].message).toMatch(/only the one who raised the case/);
      const noScore = await accountManager.execute(ACT, { input: { caseId: id, action: 'CONFIRM_CLOSE' } });
      expect(noScore.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'satisfaction', rule: 'required' });
      const outOfRange = await accountManager.execute(ACT, { input: { caseId: id, action: 'CONFIRM_CLOSE', satisfaction: 9 } });
      expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'satisfaction', rule: 'max' });
      const { case: still } = await accountManager.request<{ case: CaseView }>(GET, { id });
      expect(still.status).toBe('RESPONDED');
      const { actOnCase } = await accountManager.request<{ actOnCase: CaseView & { satisfaction: number } }>(
        `mutation($input: CaseActionInput!) { actOnCase(input: $input) { status satisfaction allowedActions } }`,
        { input: { caseId: id, action: 'CONFIRM_CLOSE', satisfaction: 4, message: '店主确认已调换' } },
      );
      expect(actOnCase).toEqual({ status: 'CLOSED', satisfaction: 4, allowedActions: ['REOPEN'] });
    });

    it('lets a supervisor override-close only with a written reason', async () => {
      const { raiseCase } = await accountManager.request<{ raiseCase: CaseView }>(RAISE, { input: complaint(inArea) });
      const byAccountManager = await accountManager.execute(ACT, {
        input: { caseId: raiseCase.id, action: 'OVERRIDE_CLOSE', reason: '不想处理' },
      });
      expect(byAccountManager.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'transition' });
      const noReason = await supervisor.execute(ACT, { input: { caseId: raiseCase.id, action: 'OVERRIDE_CLOSE' } });
      expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const { actOnCase } = await supervisor.request<{ actOnCase: CaseView }>(ACT, {
        input: { caseId: raiseCase.id, action: 'OVERRIDE_CLOSE', reason: '零售户已停业, 无法联系' },
      });
      expect(actOnCase.status).toBe('CLOSED');
      expect(actOnCase.timeline.at(-1)).toMatchObject({
        action: 'OVERRIDE_CLOSE',
        body: '零售户已停业, 无法联系',
        author: { id: inArea.supervisorId },
      });
    });

    it('pauses only the resolve clock while waiting on the retailer', async () => {
      const { raiseCase } = await accountManager.request<{ raiseCase: CaseView }>(RAISE, { input: complaint(inArea) });
      await accountManager.request(ACT, { input: { caseId: raiseCase.id, action: 'ACKNOWLEDGE' } });
      await accountManager.request(ACT, { input: { caseId: raiseCase.id, action: 'WAIT_ON_RETAILER', message: '等店主找出批号' } });
      const [paused] = await sql(
        'SELECT resolve_paused_minutes_left AS "left", respond_due_at AS "respondDueAt" FROM loop_case WHERE id = $1',
        [raiseCase.id],
      );
      expect(paused.left).toBeGreaterThan(0);
      const { case: waiting } = await accountManager.request<{ case: { resolveMinutesLeft: number; respondMinutesLeft: number } }>(
        `query($id: ID!) { case(id: $id) { resolveMinutesLeft respondMinutesLeft } }`,
        { id: raiseCase.id },
      );
      expect(waiting.resolveMinutesLeft).toBe(Math.round(paused.left));
      const { actOnCase } = await accountManager.request<{ actOnCase: CaseView }>(ACT, {
        input: { caseId: raiseCase.id, action: 'RESUME' },
      });
      expect(new Date(actOnCase.resolveDueAt).getTime()).toBeGreaterThanOrEqual(new Date(raiseCase.resolveDueAt).getTime());
      expect(actOnCase.respondDueAt).toBe(raiseCase.respondDueAt);
    });
  });

  describe('bad input, roles and territories', () => {
    it('names the field and the rule, and writes nothing', async () => {
      const before = await caseRows();
      const empty = await accountManager.execute(RAISE, { input: complaint(inArea, { title: '' }) });
      expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      const unknown = await accountManager.execute(RAISE, { input: complaint(inArea, { retailerId: randomUUID() }) });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retailerId', rule: 'exists' });
      expect(await caseRows()).toBe(before);
    });

    it('keeps each territory’s cases to itself', async () => {
      const { raiseCase } = await accountManager.request<{ raiseCase: CaseView }>(RAISE, { input: complaint(inArea) });
      const lookup = await outsider.execute(GET, { id: raiseCase.id });
      expect(lookup.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      const { cases } = await outsider.request<{ cases: { edges: { node: { id: string; territoryId: string } }[] } }>(
        `{ cases(first: 100) { edges { node { id territoryId } } } }`,
      );
      expect(cases.edges.map((edge) => edge.node.territoryId).every((territory) => territory === elsewhere.territoryId)).toBe(true);
      const { loopBoard } = await outsider.request<{ loopBoard: { lanes: { cases: { id: string }[] }[] } }>(
        `{ loopBoard { lanes { cases { id } } } }`,
      );
      expect(loopBoard.lanes.flatMap((lane) => lane.cases.map((row) => row.id))).not.toContain(raiseCase.id);
      const acting = await outsider.execute(ACT, { input: { caseId: raiseCase.id, action: 'ACKNOWLEDGE' } });
      expect(acting.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('holds the role table: the board for every post, routing and calendars for supervisors and admins', async () => {
      const anonymous = await stack.anonymous.execute(`{ loopBoard { late } }`);
      expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      const driver = await stack.as({ role: 'DELIVERY_DRIVER', terr: [inArea.territoryId] });
      expect((await driver.request<{ loopBoard: { late: number } }>(`{ loopBoard { late } }`)).loopBoard.late).toBeGreaterThanOrEqual(0);
      const rule = { kind: 'MARKET_LEAD', regionId: inArea.regionId, ownerRole: 'MARKET_INSPECTOR', assigneeId: inArea.inspectorId };
      const SET_RULE = `mutation($input: RoutingRuleInput!) { setRoutingRule(input: $input) { kind ownerRole assigneeId } }`;
      const refused = await accountManager.execute(SET_RULE, { input: rule });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', permissions: ['complaints:manage'] });
      expect((await supervisor.request<{ setRoutingRule: unknown }>(SET_RULE, { input: rule })).setRoutingRule).toEqual({
        kind: 'MARKET_LEAD',
        ownerRole: 'MARKET_INSPECTOR',
        assigneeId: inArea.inspectorId,
      });
    });

    it('routes a non-channel sighting on a visit to the region’s market inspector, as the rule says', async () => {
      const id = await caseOfVisit(stack, await sightOnVisit(stack, inArea));
      const { case: lead } = await stack.gateway.request<{ case: CaseView }>(GET, { id });
      expect(lead).toMatchObject({ kind: 'MARKET_LEAD', ownerRole: 'MARKET_INSPECTOR', assignee: { id: inArea.inspectorId } });
      expect(lead.allowedActions).not.toContain('WAIT_ON_RETAILER');
    });
  });
});
