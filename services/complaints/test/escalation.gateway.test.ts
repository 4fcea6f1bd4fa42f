import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { createLogger, EVENTS_CHANNEL, JobRunner } from '@fieldloop/platform';
import { visits } from '@fieldloop/visits';
import { startStack, type GraphQLClient, type Stack } from '@fieldloop/testkit';
import { complaints, escalateCases, escalateCasesJob } from '../src';
import { caseOfVisit, createLoopTeam, projected, raiseOnVisit, type LoopTeam } from './loop.fixtures';

const cst = (local: string) => new Date(`${local}+08:00`);

interface Escalated {
  complaintsEvents: {
    type: string;
    payload: { level?: number; escalatedToId?: string | null };
    case: { id: string; escalationLevel: number } | null;
  };
}

/** Seed 000's second question and the first: nothing stays unanswered, an order exception is a case. */
describe('deadlines, the escalation ladder and hand-offs from orders', () => {
  let stack: Stack;
  let team: LoopTeam;
  let supervisor: GraphQLClient;
  let accountManager: GraphQLClient;

  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.complaints.database.dataSource.query(query, parameters);
  const head = async () => String((await sql('SELECT COALESCE(MAX(position), 0) AS h FROM events.event_log'))[0].h);
  const sweep = (now: Date) => stack.subgraphs.complaints.database.dataSource.transaction((manager) => escalateCases(manager, now));
  const ladder = (caseId: string) =>
    sql('SELECT round, clock, level, escalated_to_id AS "to" FROM escalation WHERE case_id = $1 ORDER BY round, clock, level', [caseId]);

  beforeAll(async () => {
    stack = await startStack([customers, visits, complaints]);
    // The tests drive the sweeper with a clock of their own.
    await Promise.all(stack.subgraphs.complaints.jobs.map((job) => job.stop()));
    team = await createLoopTeam(stack.gateway, true);
    await projected(stack, [team]);
    supervisor = await stack.as({ role: 'SUPERVISOR', sub: team.supervisorId, terr: [team.territoryId] });
    accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: team.accountManagerId, terr: [team.territoryId] });
  });
  afterAll(() => stack?.stop());

  describe('a quality complaint nobody answers', () => {
    let caseId: string;

    it('warns before the 12 business hours, escalates to the supervisor at them, live through the gateway', async () => {
      const live = supervisor.subscribe<Escalated>(
        `subscription($after: String, $types: [String!]) { complaintsEvents(after: $after, types: $types) { type payload case { id escalationLevel } } }`,
        { after: await head(), types: ['complaints.case.deadline_approaching', 'complaints.case.escalated'] },
      );
      try {
        // Monday 2 November 09:00: 7 h that day, 5 h on Tuesday — due Tuesday 15:00.
        caseId = await caseOfVisit(stack, await raiseOnVisit(stack, team, cst('2026-11-02T09:00:00')));
        const [{ due }] = await sql('SELECT respond_due_at AS due FROM loop_case WHERE id = $1', [caseId]);
        expect(due).toEqual(cst('2026-11-03T15:00:00'));
        await sweep(cst('2026-11-03T10:00:00'));
        expect(await ladder(caseId)).toEqual([]);
        await sweep(cst('2026-11-03T13:45:00'));
        await sweep(cst('2026-11-03T15:01:00'));
        const events = (await live.waitFor(2)).map((message) => message.complaintsEvents);
        expect(events.map((event) => [event.type, event.payload.level ?? null, event.payload.escalatedToId ?? null])).toEqual([
          ['complaints.case.deadline_approaching', null, null],
          ['complaints.case.escalated', 1, team.supervisorId],
        ]);
        expect(events[1].case).toEqual({ id: caseId, escalationLevel: 1 });
      } finally {
        await live.close();
      }
    });

    it('never escalates twice: two sweepers at once, and a sweep retried, fire nothing again', async () => {
      const logger = createLogger('test', 'warn');
      const dataSource = stack.subgraphs.complaints.database.dataSource;
      const now = cst('2026-11-03T16:00:00');
      const runners = [new JobRunner(dataSource, escalateCasesJob, logger), new JobRunner(dataSource, escalateCasesJob, logger)];
      // Two replicas' ticks, plus two sweeps that skip the advisory lock altogether: the unique rung key still holds.
      await Promise.all([...runners.map((runner) => runner.runOnce(now)), sweep(now), sweep(now)]);
      await sweep(now);
      expect(await ladder(caseId)).toEqual([
        { round: 0, clock: 'RESPOND', level: 0, to: null },
        { round: 0, clock: 'RESPOND', level: 1, to: team.supervisorId },
      ]);
    });

    it('makes a week of silence impossible without several escalations on record, each level once', async () => {
      await sweep(cst('2026-11-10T15:00:00'));
      await sweep(cst('2026-11-10T15:00:00'));
      const respond = (await ladder(caseId)).filter((rung: { clock: string }) => rung.clock === 'RESPOND');
      expect(respond).toEqual([
        { round: 0, clock: 'RESPOND', level: 0, to: null },
        { round: 0, clock: 'RESPOND', level: 1, to: team.supervisorId },
        { round: 0, clock: 'RESPOND', level: 2, to: team.managerId },
        // Nobody above the regional manager: the top of the chain keeps it.
        { round: 0, clock: 'RESPOND', level: 3, to: team.managerId },
      ]);
      const { case: seen } = await supervisor.request<{
        case: { escalationLevel: number; respondBreachedAt: string; escalations: { level: number }[]; timeline: { kind: string }[] };
      }>(`query($id: ID!) { case(id: $id) { escalationLevel respondBreachedAt escalations { level } timeline { kind } } }`, { id: caseId });
      expect(seen.escalationLevel).toBe(3);
      expect(new Date(seen.respondBreachedAt)).toEqual(cst('2026-11-03T15:00:00'));
      expect(seen.timeline.filter((entry) => entry.kind === 'ESCALATION').length).toBeGreaterThanOrEqual(3);
    });

    it('keeps the breach in the figures after a late answer, and a reopening restarts the ladder', async () => {
      await accountManager.request(`mutation($input: CaseActionInput!) { actOnCase(input: $input) { status } }`, {
        input: { caseId, action: 'ACKNOWLEDGE' },
      });
      await accountManager.request(`mutation($input: CaseActionInput!) { actOnCase(input: $input) { status } }`, {
        input: { caseId, action: 'RESPOND', message: '已调换受潮的两条' },
      });
      const { staffMember } = await supervisor.request<{
        staffMember: { loopFigures: { answered: number; answeredWithinDeadlineShare: number; escalations: number } };
      }>(
        `query($id: ID!, $month: String!) { staffMember(id: $id) { loopFigures(month: $month) { answered answeredWithinDeadlineShare escalations } } }`,
        { id: team.accountManagerId, month: new Date().toISOString().slice(0, 7) },
      );
      expect(staffMember.loopFigures).toMatchObject({ answered: 1, answeredWithinDeadlineShare: 0 });
      const { actOnCase } = await accountManager.request<{ actOnCase: { status: string; escalationLevel: number; respondDueAt: string } }>(
        `mutation($input: CaseActionInput!) { actOnCase(input: $input) { status escalationLevel respondDueAt } }`,
        { input: { caseId, action: 'REOPEN', reason: '店主说调换的也受潮' } },
      );
      expect(actOnCase).toMatchObject({ status: 'REOPENED', escalationLevel: 0 });
      await sweep(new Date(Date.parse(actOnCase.respondDueAt) + 60_000));
      const reopened = (await ladder(caseId)).filter(
        (rung: { round: number; clock: string }) => rung.round === 1 && rung.clock === 'RESPOND',
      );
      expect(reopened).toEqual([{ round: 1, clock: 'RESPOND', level: 1, to: team.supervisorId }]);
    });
  });

  it('opens an order exception for the order clerk, copied to the account manager, closed only on the retailer’s confirmation', async () => {
    const live = supervisor.subscribe<Escalated>(
      `subscription($after: String, $types: [String!]) { complaintsEvents(after: $after, types: $types) { type case { id } } }`,
      { after: await head(), types: ['complaints.case.opened'] },
    );
    try {
      const orderId = randomUUID();
      // The orders service is not on this branch: its event goes into the log as orders publishes it (issue 14's shape).
      await sql(
        `INSERT INTO events.event_log (id, source, type, version, occurred_at, actor, refs, payload) VALUES ($1, 'orders', 'orders.exception.raised', 1, now(), NULL, $2, $3)`,
        [
          randomUUID(),
          JSON.stringify([
            { type: 'Order', id: orderId },
            { type: 'Territory', id: team.territoryId },
          ]),
          JSON.stringify({
            orderId,
            retailerId: team.retailerId,
            territoryId: team.territoryId,
            accountManagerId: team.accountManagerId,
            driverId: randomUUID(),
            shopName: '便民店',
            lines: [{ productId: randomUUID(), productName: '玉溪(软)', confirmed: 8, delivered: 18, accepted: 0, reason: 'REFUSED' }],
          }),
        ],
      );
      await sql('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, '']);
      const [opened] = (await live.waitFor(1)).map((message) => message.complaintsEvents);
      const id = opened.case!.id;
      const ACT = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { status allowedActions } }`;
      const { case: exception } = await supervisor.request<{
        case: { kind: string; ownerRole: string; copiedIds: string[]; description: string; orderId: string };
      }>(`query($id: ID!) { case(id: $id) { kind ownerRole copiedIds description orderId } }`, { id });
      expect(exception).toEqual({
        kind: 'ORDER_EXCEPTION',
        ownerRole: 'ORDER_CLERK',
        copiedIds: [team.accountManagerId],
        description: '玉溪(软): 确认 8, 送 18, 收 0 (REFUSED)',
        orderId,
      });
      const clerk = await stack.as({ role: 'ORDER_CLERK', sub: team.clerkId, terr: [team.territoryId] });
      await clerk.request(ACT, { input: { caseId: id, action: 'ACKNOWLEDGE' } });
      const answered = await clerk.request<{ actOnCase: { allowedActions: string[] } }>(ACT, {
        input: { caseId: id, action: 'RESPOND', message: '已安排明日按8条重新配送' },
      });
      expect(answered.actOnCase.allowedActions).not.toContain('CONFIRM_CLOSE');
      const confirmed = await accountManager.request<{ actOnCase: { status: string } }>(ACT, {
        input: { caseId: id, action: 'CONFIRM_CLOSE', satisfaction: 4, message: '零售户确认收到8条' },
      });
      expect(confirmed.actOnCase.status).toBe('CLOSED');
    } finally {
      await live.close();
    }
  });
});
