import { randomUUID } from 'node:crypto';
import { CaseRaised, MarketLeadRaised } from '@fieldloop/visits';
import { publishEvent, type EventDefinition } from '@fieldloop/platform';
import type { z } from 'zod';
import { CREATE_RETAILER, retailerInput, type GraphQLClient, type Stack } from '@fieldloop/testkit';

let sequence = 0;

/**
 * A region (in the company's area or not) with a reporting line three deep: a regional
 * manager over a supervisor over an account manager, who owns a territory with a retailer;
 * and an order clerk and a market inspector. Made through the gateway, as customers' users would.
 */
export async function createLoopTeam(gateway: GraphQLClient, inCompanyArea: boolean) {
  const label = `L${(sequence += 1)}${inCompanyArea ? 'IN' : 'OUT'}`;
  const { createRegion } = await gateway.request<{ createRegion: { id: string } }>(
    `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
    { input: { code: `R-${label}`, name: `区域${label}`, inCompanyArea } },
  );
  const staff = async (role: string, name: string, extra: Record<string, unknown> = {}) =>
    (
      await gateway.request<{ createStaffMember: { id: string } }>(
        `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`,
        {
          input: {
            employeeNumber: `E-${label}-${name.slice(0, 3).toUpperCase()}`,
            username: `u.${label.toLowerCase()}.${name}`,
            name: `${name}${label}`,
            role,
            phone: '13800138000',
            ...extra,
          },
        },
      )
    ).createStaffMember.id;
  const managerId = await staff('SUPERVISOR', 'manager');
  const supervisorId = await staff('SUPERVISOR', 'supervisor', { supervisorId: managerId });
  const accountManagerId = await staff('ACCOUNT_MANAGER', 'am', { supervisorId });
  const clerkId = await staff('ORDER_CLERK', 'clerk', { supervisorId, regionId: createRegion.id });
  const inspectorId = await staff('MARKET_INSPECTOR', 'inspector', { supervisorId, regionId: createRegion.id });
  const { createTerritory } = await gateway.request<{ createTerritory: { id: string } }>(
    `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id } }`,
    { input: { code: `TR-${label}`, name: `线路${label}`, regionId: createRegion.id, accountManagerId, visitFrequencyPerWeek: 1 } },
  );
  const { createRetailer } = await gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
    input: retailerInput(createTerritory.id, { shopName: `便民店${label}` }),
  });
  return {
    regionId: createRegion.id,
    territoryId: createTerritory.id,
    retailerId: createRetailer.id,
    managerId,
    supervisorId,
    accountManagerId,
    clerkId,
    inspectorId,
  };
}

export type LoopTeam = Awaited<ReturnType<typeof createLoopTeam>>;

/** Waits until complaints' projection of customers holds these retailers and staff. */
export async function projected(stack: Stack, teams: LoopTeam[]): Promise<void> {
  const sql = stack.subgraphs.complaints.database.dataSource;
  for (let i = 0; i < 300; i += 1) {
    const [{ retailers }] = await sql.query('SELECT count(*)::int AS retailers FROM case_retailer WHERE id = ANY($1)', [
      teams.map((t) => t.retailerId),
    ]);
    const [{ staff }] = await sql.query('SELECT count(*)::int AS staff FROM case_staff WHERE id = ANY($1)', [teams.map((t) => t.clerkId)]);
    if (retailers === teams.length && staff === teams.length) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('complaints never projected the teams');
}

/** Publishes a visits event about a fresh visit to the team's retailer, as visits does; returns the visit's id. */
async function publishFromVisit<S extends z.ZodObject>(
  stack: Stack,
  team: LoopTeam,
  event: EventDefinition<S>,
  extra: object,
): Promise<string> {
  const visitId = randomUUID();
  await publishEvent(stack.subgraphs.visits.database.dataSource.manager, event, {
    refs: [{ type: 'Retailer', id: team.retailerId }],
    payload: {
      visitId,
      retailerId: team.retailerId,
      territoryId: team.territoryId,
      accountManagerId: team.accountManagerId,
      ...extra,
    } as z.input<S>,
    actor: team.accountManagerId,
  });
  await stack.subgraphs.visits.relay.kick();
  return visitId;
}

/** A complaint raised on a visit, dated `raisedAt`. */
export const raiseOnVisit = (stack: Stack, team: LoopTeam, raisedAt: Date, description = '上周到货的玉溪有两条受潮') =>
  publishFromVisit(stack, team, CaseRaised, {
    kind: 'COMPLAINT',
    category: 'PRODUCT_QUALITY',
    description,
    raisedAt: raisedAt.toISOString(),
  });

/** Non-channel cigarettes seen on a visit. */
export const sightOnVisit = (stack: Stack, team: LoopTeam) =>
  publishFromVisit(stack, team, MarketLeadRaised, {
    product: '中华(硬)',
    quantity: 5,
    note: '无防伪标识',
    seenAt: new Date().toISOString(),
  });

/** The id of the case complaints opened from a visit, once its consumer has run. */
export async function caseOfVisit(stack: Stack, visitId: string): Promise<string> {
  const sql = stack.subgraphs.complaints.database.dataSource;
  for (let i = 0; i < 300; i += 1) {
    const rows: { id: string }[] = await sql.query('SELECT id FROM loop_case WHERE visit_id = $1', [visitId]);
    if (rows.length) return rows[0].id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no case was opened from visit ${visitId}`);
}
