/** Customers data made through the gateway, as a partner would, for any service's tests. */
import type { GraphQLClient } from './graphql-client';

let sequence = 0;
const next = () => (sequence += 1);

/** A region, a supervisor, an account manager and a territory: the least a retailer needs. */
export async function createTerritoryWithManager(gateway: GraphQLClient, label = `T${next()}`) {
  const { createRegion } = await gateway.request<{ createRegion: { id: string } }>(
    `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
    { input: { code: `R-${label}`, name: `区域${label}`, inCompanyArea: true } },
  );
  const staff = (role: string, extra: Record<string, unknown> = {}) =>
    gateway.request<{ createStaffMember: { id: string; name: string } }>(
      `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id name } }`,
      {
        input: {
          employeeNumber: `E-${label}-${role.slice(0, 3)}`,
          username: `u${label.toLowerCase()}.${role.toLowerCase().slice(0, 3)}`,
          name: `${role === 'SUPERVISOR' ? '张主管' : '李经理'}${label}`,
          role,
          phone: '13800138000',
          ...extra,
        },
      },
    );
  const supervisor = (await staff('SUPERVISOR')).createStaffMember;
  const accountManager = (await staff('ACCOUNT_MANAGER', { supervisorId: supervisor.id })).createStaffMember;
  const { createTerritory } = await gateway.request<{ createTerritory: { id: string; name: string } }>(
    `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id name } }`,
    {
      input: {
        code: `TR-${label}`,
        name: `线路${label}`,
        regionId: createRegion.id,
        accountManagerId: accountManager.id,
        visitFrequencyPerWeek: 1,
      },
    },
  );
  return { regionId: createRegion.id, supervisor, accountManager, territory: createTerritory };
}

export function retailerInput(territoryId: string, overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    licenceNumber: String(530102000000 + n * 7919)
      .padStart(12, '0')
      .slice(-12),
    shopName: `惠民便利店${n}号`,
    ownerName: '王建国',
    phone: '13912345678',
    address: `五华区人民中路${n}号`,
    latitude: 25.04 + n / 10000,
    longitude: 102.71,
    territoryId,
    businessType: 'CONVENIENCE',
    tier: 12,
    openedOn: '2015-06-01',
    ...overrides,
  };
}

export const CREATE_RETAILER = `mutation($input: CreateRetailerInput!) {
  createRetailer(input: $input) { id licenceNumber shopName tier version territory { id name } }
}`;

/**
 * A supervisor's team: `size` account managers under one supervisor, each owning a territory
 * (visited once a week) in one region, made through the gateway.
 */
export async function createTeam(gateway: GraphQLClient, label: string, size: number) {
  const first = await createTerritoryWithManager(gateway, label);
  const members = [{ id: first.accountManager.id, territoryId: first.territory.id }];
  for (let n = 2; n <= size; n += 1) {
    const { createStaffMember } = await gateway.request<{ createStaffMember: { id: string } }>(
      `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`,
      {
        input: {
          employeeNumber: `E-${label}-${n}`,
          username: `u${label.toLowerCase()}.${n}`,
          name: `李经理${label}-${n}`,
          role: 'ACCOUNT_MANAGER',
          phone: '13800138000',
          supervisorId: first.supervisor.id,
        },
      },
    );
    const { createTerritory } = await gateway.request<{ createTerritory: { id: string } }>(
      `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id } }`,
      {
        input: {
          code: `TR-${label}-${n}`,
          name: `线路${label}-${n}`,
          regionId: first.regionId,
          accountManagerId: createStaffMember.id,
          visitFrequencyPerWeek: 1,
        },
      },
    );
    members.push({ id: createStaffMember.id, territoryId: createTerritory.id });
  }
  return { regionId: first.regionId, supervisorId: first.supervisor.id, members };
}
