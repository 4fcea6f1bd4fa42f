import type { ExpectedEvent } from '../journal';
import type { Actor, Field, Person } from './actor';

/*
 * The complaints service's people: whoever a case is routed to (the account manager a
 * complaint, the supervisor a suggestion, the inspector a market lead, the clerk an order
 * exception, the driver a delivery issue) acknowledging and answering it, some only after a
 * while and some never, so the sweeper warns and escalates them when their business-time
 * deadline passes; account managers raising suggestions and feedback upward, and recording the
 * retailer's confirmation of an answer, closing the case with the retailer's satisfaction.
 *
 * The deadlines are business hours of the real clock (the sweeper's), not the simulator's
 * compressed one: a case left unanswered escalates at its deadline, at the earliest an hour
 * of business time after it was raised with `respondWithinHours: 1`.
 */

interface CaseRow {
  id: string;
  kind: string;
  status: string;
  allowedActions: string[];
}

const WORKING = ['OPEN', 'REOPENED', 'ACKNOWLEDGED', 'IN_PROGRESS'];
const CASES = `query SimCases($filter: CaseFilter) { cases(first: 20, filter: $filter) { edges { node { id kind status allowedActions } } } }`;
const CASE_STATUS = `query SimCaseStatus($id: ID!) { case(id: $id) { status } }`;
const ACT = `mutation SimActOnCase($input: CaseActionInput!) { actOnCase(input: $input) { id status } }`;
const RAISE = `mutation SimRaiseCase($input: RaiseCaseInput!, $key: String) { raiseCase(input: $input, idempotencyKey: $key) { id } }`;
const SHOPS = `query SimCaseShops($filter: RetailerFilter) { retailers(first: 50, filter: $filter) { edges { node { id } } } }`;

/** What each action announces (complaints' case.service announce). */
const ANNOUNCED: Record<string, string> = {
  ACKNOWLEDGE: 'complaints.case.acknowledged',
  RESPOND: 'complaints.case.responded',
  CONFIRM_CLOSE: 'complaints.case.closed',
};

const ANSWERS: Record<string, readonly string[]> = {
  COMPLAINT: ['已联系店主,受潮烟已调换', '已与仓库核实,下次送货补齐并致歉'],
  SUGGESTION: ['建议已转公司营销部,下月例会讨论', '感谢建议,已纳入片区工作计划'],
  MARKET_LEAD: ['已到店核查,非渠道烟已登记并告知店主', '核查属实,已按规定处理'],
  ORDER_EXCEPTION: ['已核对送货单,差额下次补送', '多送部分已收回入库,订单已更正'],
  DELIVERY_ISSUE: ['已调整送货路线,明天上午送达', '已向店主说明原因并补送'],
  INFO_FEEDBACK: ['信息已收到,已通报片区', '已转市场部跟进'],
};
const RAISED = [
  { kind: 'SUGGESTION', category: 'POLICY', title: '订货截止时间', description: '多家店主希望订货截止时间推迟到晚上八点' },
  { kind: 'INFO_FEEDBACK', category: 'MARKET', title: '竞品动态', description: '片区内竞品本周买二送一,店主询问我方政策' },
  { kind: 'INFO_FEEDBACK', category: 'PRICE', title: '价格反馈', description: '周边店铺普遍低于指导价销售,影响本店销量' },
] as const;

const statusOf = async (person: Person, caseId: string) =>
  (await person.client.request<{ case: { status: string } }>('case', CASE_STATUS, { id: caseId })).case.status;

async function casesOf(person: Person, filter: Record<string, unknown>): Promise<CaseRow[]> {
  const { cases } = await person.client.request<{ cases: { edges: { node: CaseRow }[] } }>('cases', CASES, { filter });
  return cases.edges.map((edge) => edge.node);
}

async function act(person: Person, row: CaseRow, action: string, extra: Record<string, unknown> = {}): Promise<void> {
  const events: ExpectedEvent[] = [{ type: ANNOUNCED[action] ?? 'complaints.case.changed', subject: row.id }];
  await person.mutate('actOnCase', ACT, { input: { caseId: row.id, action, ...extra } }, () => events, {
    confirm: async () => (await statusOf(person, row.id)) !== row.status,
  });
}

/**
 * One step on each case routed to this person: acknowledge, take up a market lead, answer.
 * Each case is first looked at once; one in eight is left unanswered for good (it escalates).
 */
async function ownedCases(person: Person, field: Field, neglected: Set<string>, seen: Set<string>): Promise<void> {
  for (const row of await casesOf(person, { assigneeId: person.staff.id, statuses: WORKING })) {
    if (field.pace.stopping) return;
    if (!seen.has(row.id)) {
      seen.add(row.id);
      if (person.random.chance(0.125)) neglected.add(row.id);
    }
    // Some answer late: this round passes the case by.
    if (neglected.has(row.id) || person.random.chance(0.25)) continue;
    if (row.allowedActions.includes('ACKNOWLEDGE')) await act(person, row, 'ACKNOWLEDGE');
    else if (row.kind === 'MARKET_LEAD' && row.allowedActions.includes('START')) await act(person, row, 'START');
    else if (row.allowedActions.includes('RESPOND')) {
      await act(person, row, 'RESPOND', { message: person.random.pick(ANSWERS[row.kind] ?? ANSWERS.INFO_FEEDBACK) });
    }
  }
}

/** The account manager brings the answer back to the retailer and records their confirmation. */
async function confirmAnswers(person: Person, field: Field): Promise<void> {
  for (const row of await casesOf(person, { statuses: ['RESPONDED'] })) {
    if (field.pace.stopping) return;
    if (!row.allowedActions.includes('CONFIRM_CLOSE') || person.random.chance(0.3)) continue;
    await act(person, row, 'CONFIRM_CLOSE', {
      satisfaction: person.random.weighted([
        [5, 4],
        [4, 4],
        [3, 2],
        [2, 1],
      ] as const),
    });
  }
}

/** Now and then an account manager raises something upward for one of their shops. */
async function raiseUpward(person: Person): Promise<void> {
  const { retailers } = await person.client.request<{ retailers: { edges: { node: { id: string } }[] } }>('retailers', SHOPS, {
    filter: { statuses: ['ACTIVE'], accountManagerId: person.staff.id },
  });
  if (!retailers.edges.length) return;
  const raised = person.random.pick(RAISED);
  await person.mutate<{ raiseCase: { id: string } }>(
    'raiseCase',
    RAISE,
    {
      input: {
        ...raised,
        retailerId: person.random.pick(retailers.edges).node.id,
        // Some are urgent: an hour of business time, so a supervisor who lets it lie sees it escalate soon.
        ...(person.random.chance(0.3) ? { respondWithinHours: 1 } : {}),
      },
      key: person.idempotencyKey(),
    },
    (answer) => [{ type: 'complaints.case.opened', subject: answer.raiseCase.id }],
  );
}

async function caseWork(person: Person, field: Field): Promise<void> {
  const neglected = new Set<string>();
  const seen = new Set<string>();
  while (await field.pace.field(person.random.int(15, 45))) {
    await ownedCases(person, field, neglected, seen);
    if (person.staff.role !== 'ACCOUNT_MANAGER' || field.pace.stopping) continue;
    await confirmAnswers(person, field);
    if (!field.pace.stopping && person.random.chance(0.15)) await raiseUpward(person);
  }
}

export const casesActor: Actor = {
  service: 'complaints',
  plays: ['ACCOUNT_MANAGER', 'SUPERVISOR', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR'],
  work: caseWork,
};
