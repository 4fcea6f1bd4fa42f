import { addDays } from '@fieldloop/platform';
import { GatewayRequestError } from '../gateway-client';
import type { ExpectedEvent } from '../journal';
import type { Actor, Field, Person } from './actor';
import { cancelReason, findings, planStop, visitNote } from './field-talk';

/*
 * The visits service's people: account managers working their day's route (plan, submit,
 * check in, record findings, check out; now and then checking in far from the shop, copying
 * an old note, cutting a visit short, skipping or cancelling a stop) and supervisors approving
 * or returning the plans submitted to them.
 */

interface Shop {
  id: string;
  shopName: string;
  latitude: number;
  longitude: number;
}
interface PlannedVisit {
  id: string;
  sequence: number;
  status: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED' | 'MISSED';
  checkInAt: string | null;
  notes: string | null;
  flags: { kind: string }[];
  retailer: Shop;
}
interface Plan {
  id: string;
  planDate: string;
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
  visits: PlannedVisit[];
}
interface Position {
  latitude: number;
  longitude: number;
}
/** Where and when the account manager left the last shop, which the next check-in is compared with. */
interface LastStop {
  position: Position;
  leftAt: Date;
}

const VISIT_FIELDS = 'id sequence status checkInAt notes flags { kind } retailer { id shopName latitude longitude }';
const PLANS = `query SimPlans($id: ID!, $day: String!) {
  staffMember(id: $id) { visitPlans(from: $day, to: $day) { id planDate status visits { ${VISIT_FIELDS} } } }
}`;
const ROUTE = `query SimRoute($id: ID!) { plannableRetailers(accountManagerId: $id) { id } }`;
const CREATE_PLAN = `mutation SimCreatePlan($input: CreateVisitPlanInput!, $key: String) {
  createVisitPlan(input: $input, idempotencyKey: $key) { id }
}`;
const SUBMIT = `mutation SimSubmitPlan($id: ID!) { submitVisitPlan(planId: $id) { id status } }`;
const SUBMITTED = `query SimSubmitted { visitPlans(first: 50, filter: { statuses: [SUBMITTED] }) { edges { node { id planDate } } } }`;
const APPROVE = `mutation SimApprove($input: ReviewVisitPlanInput!) { approveVisitPlan(input: $input) { id status } }`;
const RETURN = `mutation SimReturn($input: ReviewVisitPlanInput!) { returnVisitPlan(input: $input) { id status } }`;
const PLAN_STATUS = `query SimPlanStatus($id: ID!) { visitPlan(id: $id) { status } }`;
const CHECK_IN = `mutation SimCheckIn($input: PositionInput!, $key: String) {
  checkIn(input: $input, idempotencyKey: $key) { id checkInAt flags { kind } }
}`;
const CHECK_OUT = `mutation SimCheckOut($input: PositionInput!, $key: String) {
  checkOut(input: $input, idempotencyKey: $key) { id checkOutAt flags { kind } }
}`;
const FINDINGS = `mutation SimFindings($input: RecordFindingsInput!) { recordFindings(input: $input) { id } }`;
const VISIT_STATE = `query SimVisit($id: ID!) { visit(id: $id) { status notes } }`;
const CANCEL = `mutation SimCancel($input: CancelVisitInput!) { cancelVisit(input: $input) { id } }`;

const METERS_PER_DEGREE = 111_320;

/** A position about `meters` from `at`, in a random direction. */
function near(person: Person, at: Position, meters: number): Position {
  const angle = person.random.float(0, 2 * Math.PI);
  const north = (meters * Math.cos(angle)) / METERS_PER_DEGREE;
  const east = (meters * Math.sin(angle)) / (METERS_PER_DEGREE * Math.cos((at.latitude * Math.PI) / 180));
  return { latitude: at.latitude + north, longitude: at.longitude + east };
}

function kilometresBetween(a: Position, b: Position): number {
  const north = (a.latitude - b.latitude) * METERS_PER_DEGREE;
  const east = (a.longitude - b.longitude) * METERS_PER_DEGREE * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(north, east) / 1000;
}

const flagged = (visitId: string, count: number): ExpectedEvent[] =>
  Array.from({ length: Math.max(0, count) }, () => ({ type: 'visits.visit.flagged', subject: visitId }));

async function planOf(person: Person, day: string): Promise<Plan | undefined> {
  const { staffMember } = await person.client.request<{ staffMember: { visitPlans: Plan[] | null } }>('visitPlans', PLANS, {
    id: person.staff.id,
    day,
  });
  return staffMember.visitPlans?.[0];
}

/** Drafts a route for `day` from the account manager's shops, in route order, and submits it. */
async function planDay(person: Person, day: string): Promise<void> {
  const { plannableRetailers } = await person.client.request<{ plannableRetailers: { id: string }[] }>('plannableRetailers', ROUTE, {
    id: person.staff.id,
  });
  if (!plannableRetailers.length) return;
  const count = Math.min(plannableRetailers.length, person.random.int(6, 10));
  const from = person.random.int(0, plannableRetailers.length - 1);
  const stops = Array.from({ length: count }, (_, i) =>
    planStop(person.random, plannableRetailers[(from + i) % plannableRetailers.length].id),
  );
  try {
    await person.mutate(
      'createVisitPlan',
      CREATE_PLAN,
      { input: { accountManagerId: person.staff.id, planDate: day, stops }, key: person.idempotencyKey() },
      () => [],
    );
  } catch (error) {
    // The day already has a plan (drafted on a phone, or by the demo): carry on with that one.
    if (!(error instanceof GatewayRequestError && error.errors[0]?.extensions?.rule === 'unique')) throw error;
  }
  const plan = await planOf(person, day);
  if (plan) await submit(person, plan);
}

async function submit(person: Person, plan: Plan): Promise<void> {
  if (plan.status !== 'DRAFT' && plan.status !== 'RETURNED') return;
  await person.mutate('submitVisitPlan', SUBMIT, { id: plan.id }, () => [{ type: 'visits.plan.submitted', subject: plan.id }], {
    confirm: async () => (await statusOf(person, plan.id)) !== plan.status,
  });
}

async function statusOf(person: Person, planId: string): Promise<string> {
  return (await person.client.request<{ visitPlan: { status: string } }>('visitPlan', PLAN_STATUS, { id: planId })).visitPlan.status;
}

/**
 * One stop of the route: drive there, check in (now and then far from the shop), spend the
 * visit recording findings, check out. Once checked in, it is always checked out, stopping or not.
 */
async function visit(
  person: Person,
  field: Field,
  stop: PlannedVisit,
  from: LastStop | undefined,
  notesSoFar: string[],
): Promise<LastStop | undefined> {
  const shop: Position = { latitude: stop.retailer.latitude, longitude: stop.retailer.longitude };
  let position = from?.position;
  if (stop.status === 'PLANNED') {
    const kilometres = from ? kilometresBetween(from.position, shop) : 3;
    if (!(await field.pace.travel(kilometres, (kilometres / 20) * 60 + person.random.int(2, 10), from?.leftAt))) return from;
    // Most check in at the door; some from the café down the road (the service flags the distance).
    position = person.random.chance(0.08) ? near(person, shop, person.random.int(300, 2500)) : near(person, shop, person.random.int(3, 60));
    const { checkIn } = await person.mutate<{ checkIn: { id: string; checkInAt: string; flags: unknown[] } }>(
      'checkIn',
      CHECK_IN,
      { input: { visitId: stop.id, ...position }, key: person.idempotencyKey() },
      (answer) => [{ type: 'visits.visit.started', subject: stop.id }, ...flagged(stop.id, answer.checkIn.flags.length)],
    );
    stop = { ...stop, status: 'IN_PROGRESS', checkInAt: checkIn.checkInAt, flags: checkIn.flags as { kind: string }[] };
  }
  position ??= near(person, shop, person.random.int(3, 60));
  // Some cut the visit short: a glance at the counter and off (flagged SHORT_VISIT).
  const hurried = person.random.chance(0.05);
  const minutes = hurried ? person.random.float(1, 3) : person.random.int(12, 35);
  const checkedInAt = new Date(stop.checkInAt ?? Date.now());
  const stay = (share: number) => (hurried ? field.pace.field(minutes * share) : field.pace.atShop(minutes * share, checkedInAt));
  await stay(0.6);
  if (stop.notes === null) {
    // One in ten copies an earlier note rather than writing what they saw (flagged COPIED_NOTES).
    const notes =
      notesSoFar.length && person.random.chance(0.1) ? person.random.pick(notesSoFar) : visitNote(person.random, stop.retailer.shopName);
    const input = { visitId: stop.id, ...findings(person.random, field.today(), notes) };
    await person.mutate(
      'recordFindings',
      FINDINGS,
      { input },
      () => [
        ...(input.nonChannelSightings ?? []).map(() => ({ type: 'visits.market_lead.raised', subject: stop.id })),
        ...(input.cases ?? []).map(() => ({ type: 'visits.case.raised', subject: stop.id })),
        // Orders drafts the intent for the clerk's call back, in the account manager's name.
        ...(input.orderIntent?.length
          ? [
              { type: 'visits.order_intent.raised', subject: stop.id },
              { type: 'orders.draft.created', subject: stop.id },
            ]
          : []),
      ],
      // Sightings and cases would be handed on twice: resent only if the first never arrived.
      { confirm: async () => (await visitState(person, stop.id)).notes === notes },
    );
    notesSoFar.push(notes);
  }
  await stay(0.4);
  const flagsBefore = stop.flags.length;
  const { checkOut } = await person.mutate<{ checkOut: { checkOutAt: string; flags: unknown[] } }>(
    'checkOut',
    CHECK_OUT,
    { input: { visitId: stop.id, ...position }, key: person.idempotencyKey() },
    (answer) => [{ type: 'visits.visit.finished', subject: stop.id }, ...flagged(stop.id, answer.checkOut.flags.length - flagsBefore)],
  );
  return { position, leftAt: new Date(checkOut.checkOutAt) };
}

async function visitState(person: Person, visitId: string) {
  return (await person.client.request<{ visit: { status: string; notes: string | null } }>('visit', VISIT_STATE, { id: visitId })).visit;
}

/** The approved route, stop by stop, until it is done or the field stops. */
async function workRoute(person: Person, field: Field, plan: Plan): Promise<void> {
  const notesSoFar: string[] = [];
  let last: LastStop | undefined;
  for (const stop of [...plan.visits].sort((a, b) => a.sequence - b.sequence)) {
    // A visit under way (the phone was closed mid-visit) is finished first, even when stopping.
    if (stop.status !== 'PLANNED' && stop.status !== 'IN_PROGRESS') continue;
    if (stop.status === 'PLANNED' && field.pace.stopping) return;
    if (stop.status === 'PLANNED' && person.random.chance(0.04)) continue; // not reached today: MISSED after the day
    if (stop.status === 'PLANNED' && person.random.chance(0.04)) {
      await person.mutate(
        'cancelVisit',
        CANCEL,
        { input: { visitId: stop.id, reason: cancelReason(person.random) } },
        () => [{ type: 'visits.visit.cancelled', subject: stop.id }],
        { confirm: async () => (await visitState(person, stop.id)).status === 'CANCELLED' },
      );
      continue;
    }
    last = await visit(person, field, stop, last, notesSoFar);
  }
}

async function accountManagerDays(person: Person, field: Field): Promise<void> {
  while (!field.pace.stopping) {
    const today = field.today();
    const plan = await planOf(person, today);
    if (!plan) await planDay(person, today);
    else if (plan.status === 'DRAFT' || plan.status === 'RETURNED') await submit(person, plan);
    else if (plan.status === 'SUBMITTED') await field.pace.field(15);
    else {
      await workRoute(person, field, plan);
      // The day's route is done: tomorrow's is planned and submitted, then home until tomorrow.
      while (!field.pace.stopping && field.today() === today) {
        const next = await planOf(person, addDays(today, 1));
        if (!next) await planDay(person, addDays(today, 1));
        else await submit(person, next);
        await field.pace.field(30);
      }
    }
  }
}

/** A supervisor approves the plans submitted to them; one in ten goes back with a comment. */
async function supervisorReviews(person: Person, field: Field): Promise<void> {
  while (await field.pace.field(person.random.int(5, 20))) {
    const { visitPlans } = await person.client.request<{ visitPlans: { edges: { node: { id: string } }[] } }>('visitPlans', SUBMITTED);
    for (const { node } of visitPlans.edges) {
      if (field.pace.stopping) return;
      const returned = person.random.chance(0.1);
      await person.mutate(
        returned ? 'returnVisitPlan' : 'approveVisitPlan',
        returned ? RETURN : APPROVE,
        { input: { planId: node.id, ...(returned ? { comment: '路线重复,请增加未覆盖的客户' } : {}) } },
        () => [{ type: returned ? 'visits.plan.returned' : 'visits.plan.approved', subject: node.id }],
        { confirm: async () => (await statusOf(person, node.id)) !== 'SUBMITTED' },
      );
    }
  }
}

export const visitsActor: Actor = {
  service: 'visits',
  plays: ['ACCOUNT_MANAGER', 'SUPERVISOR'],
  work: (person, field) => (person.staff.role === 'SUPERVISOR' ? supervisorReviews(person, field) : accountManagerDays(person, field)),
};
