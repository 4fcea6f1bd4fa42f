// The assessment forms' fields, as the customers service names them (its inputs' shape).
import { CONTRIBUTION_INDICATORS, CREDIT_INDICATOR_FIELDS, isComputedIndicator } from '@fieldloop/customers';
import type { Actor, Field, Person } from './actor';

/*
 * The customers service's people: supervisors assessing their team's retailers (credit on the
 * seven indicators, the month's contribution on the ten), account managers keeping the
 * customer file current (trading hours, delivery window, the owner's interests).
 */

interface ShopFile {
  id: string;
  version: number;
}

const SHOPS = `query SimShops($filter: RetailerFilter) {
  retailers(first: 50, filter: $filter) { edges { node { id version } } }
}`;
const CREDIT_ASSESSED_AT = `query SimCreditAt($id: ID!) { retailer(id: $id) { creditAssessedAt } }`;
const ASSESS_CREDIT = `mutation SimAssessCredit($input: AssessCreditInput!) { assessCredit(input: $input) { id } }`;
const CONTRIBUTIONS = `query SimContributions($id: ID!) { retailer(id: $id) { contributionHistory { period assessedAt } } }`;
const ASSESS_CONTRIBUTION = `mutation SimAssessContribution($input: AssessContributionInput!) { assessContribution(input: $input) { id } }`;
const VERSION = `query SimVersion($id: ID!) { retailer(id: $id) { version } }`;
const UPDATE_RETAILER = `mutation SimUpdateRetailer($input: UpdateRetailerInput!) { updateRetailer(input: $input) { id version } }`;

async function shopsOf(person: Person, accountManagerId?: string): Promise<ShopFile[]> {
  const { retailers } = await person.client.request<{ retailers: { edges: { node: ShopFile }[] } }>('retailers', SHOPS, {
    filter: { statuses: ['ACTIVE'], ...(accountManagerId ? { accountManagerId } : {}) },
  });
  return retailers.edges.map((edge) => edge.node);
}

async function assessCredit(person: Person, shop: ShopFile): Promise<void> {
  const startedAt = new Date().toISOString();
  const levels = Object.fromEntries(
    Object.values(CREDIT_INDICATOR_FIELDS).map((indicator) => [
      indicator,
      person.random.weighted([
        ['GOOD', 6],
        ['MEDIUM', 3],
        ['POOR', 1],
      ] as const),
    ]),
  );
  await person.mutate(
    'assessCredit',
    ASSESS_CREDIT,
    { input: { retailerId: shop.id, ...levels, note: '季度信用复核' } },
    () => [{ type: 'customers.credit.assessed', subject: shop.id }],
    {
      confirm: async () => {
        const { retailer } = await person.client.request<{ retailer: { creditAssessedAt: string | null } }>(
          'retailer',
          CREDIT_ASSESSED_AT,
          {
            id: shop.id,
          },
        );
        return retailer.creditAssessedAt !== null && retailer.creditAssessedAt >= startedAt;
      },
    },
  );
}

async function assessContribution(person: Person, field: Field, shop: ShopFile): Promise<void> {
  const startedAt = new Date().toISOString();
  const period = field.today().slice(0, 7);
  // Volume, growth and target attainment are computed from the shop's orders; the person judges the other seven.
  const typed = CONTRIBUTION_INDICATORS.filter((indicator) => !isComputedIndicator(indicator));
  const scores = Object.fromEntries(typed.map((indicator) => [indicator, person.random.int(2, 5)]));
  await person.mutate(
    'assessContribution',
    ASSESS_CONTRIBUTION,
    { input: { retailerId: shop.id, period, ...scores } },
    () => [{ type: 'customers.contribution.assessed', subject: shop.id }],
    {
      confirm: async () => {
        const { retailer } = await person.client.request<{ retailer: { contributionHistory: { period: string; assessedAt: string }[] } }>(
          'retailer',
          CONTRIBUTIONS,
          { id: shop.id },
        );
        return retailer.contributionHistory.some((assessment) => assessment.period === period && assessment.assessedAt >= startedAt);
      },
    },
  );
}

/** One change to the customer file, as the account manager learnt it at the shop. */
function fileChange(person: Person) {
  const random = person.random;
  return random.weighted([
    [{ business: { tradingHours: `0${random.int(7, 9)}:${random.pick(['00', '30'])}-2${random.int(0, 3)}:00` } }, 3],
    [{ logistics: { deliveryWindow: `${random.pick(['09', '10', '14'])}:00-${random.pick(['12', '16', '18'])}:00` } }, 2],
    [{ personal: { interests: random.pick(['钓鱼', '下象棋', '打麻将', '跑步', '喝茶']) } }, 2],
    [{ business: { shopAreaSqm: random.int(12, 120) } }, 1],
  ] as const);
}

async function updateFile(person: Person, shop: ShopFile): Promise<void> {
  await person.mutate(
    'updateRetailer',
    UPDATE_RETAILER,
    // The version read: another change in between is refused (CONFLICT), never overwritten.
    { input: { id: shop.id, expectedVersion: shop.version, ...fileChange(person) } },
    () => [{ type: 'customers.retailer.changed', subject: shop.id }],
    {
      confirm: async () =>
        (await person.client.request<{ retailer: { version: number } }>('retailer', VERSION, { id: shop.id })).retailer.version !==
        shop.version,
    },
  );
}

async function supervisorAssessments(person: Person, field: Field): Promise<void> {
  const team = field.cast.filter((member) => member.supervisorId === person.staff.id && member.role === 'ACCOUNT_MANAGER');
  while (await field.pace.field(person.random.int(30, 90))) {
    const shops = await shopsOf(person, team.length ? person.random.pick(team).id : undefined);
    if (!shops.length) continue;
    const shop = person.random.pick(shops);
    if (person.random.chance(0.5)) await assessCredit(person, shop);
    else await assessContribution(person, field, shop);
  }
}

async function accountManagerFiles(person: Person, field: Field): Promise<void> {
  while (await field.pace.field(person.random.int(60, 180))) {
    const shops = await shopsOf(person, person.staff.id);
    if (shops.length) await updateFile(person, person.random.pick(shops));
  }
}

export const customersActor: Actor = {
  service: 'customers',
  plays: ['ACCOUNT_MANAGER', 'SUPERVISOR'],
  work: (person, field) => (person.staff.role === 'SUPERVISOR' ? supervisorAssessments(person, field) : accountManagerFiles(person, field)),
};
