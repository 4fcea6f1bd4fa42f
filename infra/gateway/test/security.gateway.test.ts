import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers, hashPassword } from '@fieldloop/customers';
import { visits } from '@fieldloop/visits';
import { AccessTokenIssuer, gatewaySignature } from '@fieldloop/platform';
import {
  CREATE_RETAILER,
  createTerritoryWithManager,
  GraphQLClient,
  retailerInput,
  startStack,
  type Stack,
  type TestClaims,
  staffClaims,
} from '@fieldloop/testkit';
import type { GraphQLFormattedError } from 'graphql';

const PASSWORD = '安全 correct horse battery';
const PLAN_DAY = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`;
const codesOf = (errors: readonly GraphQLFormattedError[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);

/**
 * Issue 6 end to end, through the gateway as staff and partners meet it: roles, territory
 * scope on every path (lists, lookups, `_entities`, subscriptions, replays), partner keys,
 * session ends, the audit trail and the per-caller limits. The gateway runs in production
 * mode here, as it would for partners.
 */
describe('security through the gateway', () => {
  let stack: Stack;
  let a: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  let b: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  let inspectorId: string;
  const retailers: Record<'a' | 'moved' | 'b', { id: string; shopName: string; licenceNumber: string }> = {} as never;
  let planA: string;
  let planB: string;
  let visitA: string;
  let visitOfMoved: string;

  /** Reads the database as it is (any schema), to show what was or was not written. */
  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.customers.database.dataSource.query(query, parameters);
  const signIn = async (username: string) =>
    (
      await stack.anonymous.request<{ signIn: { accessToken: string; refreshToken: string } }>(SIGN_IN, {
        input: { username, password: PASSWORD },
      })
    ).signIn;
  const bearer = (token: string) => new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${token}` });
  const head = async () => {
    await Promise.all(Object.values(stack.subgraphs).map((subgraph) => subgraph.relay.kick()));
    return String((await sql('SELECT COALESCE(MAX(position), 0) AS h FROM events.event_log'))[0].h);
  };
  const until = async (check: () => Promise<boolean>, what: string) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const createPlan = async (accountManagerId: string, retailerIds: string[]) => {
    const { createVisitPlan } = await stack.gateway.request<{ createVisitPlan: { id: string; visits: { id: string }[] } }>(
      `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id visits { id } } }`,
      {
        input: {
          accountManagerId,
          planDate: PLAN_DAY,
          stops: retailerIds.map((retailerId) => ({
            retailerId,
            theme: '巡店',
            purpose: '检查陈列',
            actionPlan: '看价签',
            expectedResult: '整改',
          })),
        },
      },
    );
    await stack.gateway.request(`mutation($id: ID!) { submitVisitPlan(planId: $id) { id } }`, { id: createVisitPlan.id });
    return createVisitPlan;
  };

  beforeAll(async () => {
    stack = await startStack([customers, visits], { gatewayEnv: { NODE_ENV: 'production', RATE_LIMIT_QUERIES_PER_MINUTE: '300' } });
    a = await createTerritoryWithManager(stack.gateway, 'SA');
    b = await createTerritoryWithManager(stack.gateway, 'SB');
    const create = async (territoryId: string, shopName: string) =>
      (
        await stack.gateway.request<{ createRetailer: { id: string; shopName: string; licenceNumber: string } }>(CREATE_RETAILER, {
          input: retailerInput(territoryId, { shopName }),
        })
      ).createRetailer;
    retailers.a = await create(a.territory.id, '甲线路烟酒店');
    retailers.moved = await create(a.territory.id, '将迁走的小卖部');
    retailers.b = await create(b.territory.id, '乙线路超市');
    const { createStaffMember } = await stack.gateway.request<{ createStaffMember: { id: string } }>(
      `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`,
      {
        input: {
          employeeNumber: 'E-SA-INS',
          username: 'usa.ins',
          name: '市管员甲',
          role: 'MARKET_INSPECTOR',
          phone: '13800138001',
          regionId: a.regionId,
        },
      },
    );
    inspectorId = createStaffMember.id;
    const passwordHash = await hashPassword(PASSWORD);
    await sql('UPDATE customers.staff_member SET password_hash = $1', [passwordHash]);
    await until(async () => Number((await sql('SELECT count(*) FROM visits.route_retailer'))[0].count) === 3, 'the visits projection');
    const planOfA = await createPlan(a.accountManager.id, [retailers.a.id, retailers.moved.id]);
    [planA, visitA, visitOfMoved] = [planOfA.id, planOfA.visits[0].id, planOfA.visits[1].id];
    planB = (await createPlan(b.accountManager.id, [retailers.b.id])).id;
  });
  afterAll(() => stack?.stop());

  describe('roles: what each may do (docs/access.md)', () => {
    const territoryA = () => [a.territory.id];
    const ROLES: Record<string, () => TestClaims> = {
      ADMIN: () => ({ role: 'ADMIN' }),
      SUPERVISOR: () => ({ role: 'SUPERVISOR', sub: a.supervisor.id, terr: territoryA() }),
      ACCOUNT_MANAGER: () => ({ role: 'ACCOUNT_MANAGER', sub: a.accountManager.id, terr: territoryA() }),
      ORDER_CLERK: () => ({ role: 'ORDER_CLERK', terr: territoryA() }),
      DELIVERY_DRIVER: () => ({ role: 'DELIVERY_DRIVER', terr: territoryA() }),
      MARKET_INSPECTOR: () => ({ role: 'MARKET_INSPECTOR', sub: inspectorId, terr: territoryA() }),
      'PARTNER (customers:read, visits:read)': () => ({
        role: 'PARTNER',
        kind: 'partner',
        scp: ['customers:read', 'visits:read'],
        terr: territoryA(),
      }),
      'PARTNER (customers:read)': () => ({ role: 'PARTNER', kind: 'partner', scp: ['customers:read'], terr: territoryA() }),
    };
    const everyone = Object.keys(ROLES);
    const visitReaders = everyone.filter((role) => role !== 'DELIVERY_DRIVER' && role !== 'PARTNER (customers:read)');
    // Inputs that break a validation rule (or name nothing): a role that may act gets past
    // the permission check to that error, one that may not is stopped at FORBIDDEN; either
    // way nothing is written.
    const OPERATIONS: { name: string; allowed: string[]; query: () => string }[] = [
      { name: 'read retailers', allowed: everyone, query: () => '{ retailers(first: 1) { totalCount } }' },
      {
        name: 'read the personal group',
        allowed: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER'],
        query: () => `{ retailer(id: "${retailers.a.id}") { personal { interests } } }`,
      },
      {
        name: 'change a retailer',
        allowed: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER'],
        query: () => `mutation { updateRetailer(input: { id: "${retailers.a.id}", tier: 99 }) { id } }`,
      },
      {
        name: 'create a region',
        allowed: ['ADMIN'],
        query: () => 'mutation { createRegion(input: { code: "x", name: "x", inCompanyArea: true }) { id } }',
      },
      { name: 'read visits', allowed: visitReaders, query: () => '{ visits(first: 1) { totalCount } }' },
      {
        name: 'check in',
        allowed: ['ADMIN', 'ACCOUNT_MANAGER'],
        query: () => `mutation { checkIn(input: { visitId: "${visitA}", latitude: 999, longitude: 0 }) { id } }`,
      },
      {
        name: 'approve a plan',
        allowed: ['ADMIN', 'SUPERVISOR'],
        query: () => `mutation { approveVisitPlan(input: { planId: "${randomUUID()}" }) { id } }`,
      },
      { name: 'list API keys', allowed: ['ADMIN'], query: () => '{ apiKeys { id } }' },
      { name: 'read the audit trail', allowed: ['ADMIN'], query: () => '{ auditTrail(first: 1) { totalCount } }' },
    ];

    const cases = OPERATIONS.flatMap((operation) =>
      everyone.map((role) => [operation.name, role, operation.allowed.includes(role)] as const),
    );
    it.each(cases)('%s as %s: allowed %s', async (name, role, allowed) => {
      const operation = OPERATIONS.find((candidate) => candidate.name === name)!;
      const client = await stack.as(ROLES[role]());
      const codes = codesOf((await client.execute(operation.query())).errors);
      if (allowed) expect(codes).not.toEqual(expect.arrayContaining([expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED/)]));
      else expect(codes).toContain('FORBIDDEN');
    });

    // Fields visits adds to customers' retailers and staff: customers answers the parent, visits
    // the field, so the permission is checked on the field and only the field is refused.
    const CONTRIBUTED: { field: string; parent: string; query: () => string }[] = [
      {
        field: 'Retailer.visits',
        parent: 'retailer',
        query: () => `{ retailer(id: "${retailers.a.id}") { id visits(first: 1) { totalCount } } }`,
      },
      { field: 'Retailer.lastVisit', parent: 'retailer', query: () => `{ retailer(id: "${retailers.a.id}") { id lastVisit { id } } }` },
      {
        field: 'StaffMember.visitPlans',
        parent: 'staffMember',
        query: () => `{ staffMember(id: "${a.accountManager.id}") { id visitPlans { id } } }`,
      },
      {
        field: 'StaffMember.visitFigures',
        parent: 'staffMember',
        query: () => `{ staffMember(id: "${a.accountManager.id}") { id visitFigures(month: "${PLAN_DAY.slice(0, 7)}") { planned } } }`,
      },
      {
        field: 'StaffMember.plannableRetailers',
        parent: 'staffMember',
        query: () => `{ staffMember(id: "${a.accountManager.id}") { id plannableRetailers { id } } }`,
      },
    ];
    const fieldCases = CONTRIBUTED.flatMap(({ field }) => everyone.map((role) => [field, role, visitReaders.includes(role)] as const));
    it.each(fieldCases)('%s as %s: allowed %s', async (field, role, allowed) => {
      const { parent, query } = CONTRIBUTED.find((candidate) => candidate.field === field)!;
      const name = field.split('.')[1];
      const result = await (await stack.as(ROLES[role]())).execute<Record<string, Record<string, unknown>>>(query());
      expect(result.data?.[parent]?.id).toEqual(expect.any(String));
      if (allowed) {
        expect(result.errors).toBeUndefined();
        if (name !== 'lastVisit') expect(result.data?.[parent]?.[name]).not.toBeNull();
      } else {
        expect(result.data?.[parent]?.[name]).toBeNull();
        expect(result.errors).toEqual([
          expect.objectContaining({
            path: [parent, name],
            extensions: expect.objectContaining({ code: 'FORBIDDEN', permissions: ['visits:read'] }),
          }),
        ]);
      }
    });

    it("resolves another service's references only with the owner's read permission, and keeps the rest", async () => {
      const visitsOnly = await stack.as({ role: 'PARTNER', kind: 'partner', scp: ['visits:read'], terr: territoryA() });
      const result = await visitsOnly.execute<{ visit: { id: string; retailer: unknown; accountManager: { id: string } } }>(
        `{ visit(id: "${visitA}") { id retailer { shopName } accountManager { id } } }`,
      );
      expect(result.data?.visit).toEqual({ id: visitA, retailer: null, accountManager: { id: a.accountManager.id } });
      expect(result.errors).toEqual([
        expect.objectContaining({
          path: ['visit', 'retailer'],
          extensions: expect.objectContaining({ code: 'FORBIDDEN', permissions: ['customers:read'] }),
        }),
      ]);
    });

    it('refuses every operation but sign-in without a token', async () => {
      for (const operation of OPERATIONS)
        expect(codesOf((await stack.anonymous.execute(operation.query())).errors)).toContain('UNAUTHENTICATED');
      expect(codesOf((await stack.anonymous.execute(SIGN_IN, { input: { username: 'nobody', password: 'x' } })).errors)).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });

  describe('territory scope', () => {
    it('an account manager, signed in, sees their own territory on lists and lookups and nothing of another', async () => {
      const am = bearer((await signIn('usa.acc')).accessToken);
      const { retailers: list } = await am.request<{ retailers: { totalCount: number; edges: { node: { id: string } }[] } }>(
        '{ retailers(first: 10) { totalCount edges { node { id } } } }',
      );
      expect(list.edges.map((edge) => edge.node.id).sort()).toEqual([retailers.a.id, retailers.moved.id].sort());
      expect((await am.execute(`{ territories { edges { node { id } } } }`)).data).toEqual({
        territories: { edges: [{ node: { id: a.territory.id } }] },
      });
      for (const query of [
        `{ retailer(id: "${retailers.b.id}") { id } }`,
        `{ retailerByLicence(licenceNumber: "${retailers.b.licenceNumber}") { id } }`,
        `{ visitPlan(id: "${planB}") { id } }`,
      ]) {
        expect(codesOf((await am.execute(query)).errors)).toEqual(['NOT_FOUND']);
      }
      expect(
        codesOf((await am.execute(`{ workLog(accountManagerId: "${b.accountManager.id}", date: "${PLAN_DAY}") { date } }`)).errors),
      ).toEqual(['NOT_FOUND']);
      const { visitPlans } = await am.request<{ visitPlans: { edges: { node: { id: string } }[] } }>(
        '{ visitPlans(first: 10) { edges { node { id } } } }',
      );
      expect(visitPlans.edges.map((edge) => edge.node.id)).toEqual([planA]);
    });

    it("refuses writes to another territory's data, and writes nothing", async () => {
      const am = await stack.as({ role: 'ACCOUNT_MANAGER', sub: a.accountManager.id, terr: [a.territory.id] });
      expect(codesOf((await am.execute(`mutation { updateRetailer(input: { id: "${retailers.b.id}", tier: 5 }) { id } }`)).errors)).toEqual(
        ['NOT_FOUND'],
      );
      const created = await am.execute(CREATE_RETAILER, { input: retailerInput(b.territory.id) });
      expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryId' });
      expect(codesOf((await am.execute(`mutation { approveVisitPlan(input: { planId: "${planB}" }) { id } }`)).errors)).toEqual([
        'FORBIDDEN',
      ]);
      const supervisorA = await stack.as({ role: 'SUPERVISOR', sub: a.supervisor.id, terr: [a.territory.id] });
      expect(codesOf((await supervisorA.execute(`mutation { approveVisitPlan(input: { planId: "${planB}" }) { id } }`)).errors)).toEqual([
        'NOT_FOUND',
      ]);
      const [row] = await sql('SELECT tier FROM customers.retailer WHERE id = $1', [retailers.b.id]);
      expect(row.tier).toBe(12);
      expect((await sql('SELECT status FROM visits.visit_plan WHERE id = $1', [planB]))[0].status).toBe('SUBMITTED');
    });

    it('a supervisor sees their team’s territories and an inspector their region’s, from their sign-in', async () => {
      for (const username of ['usa.sup', 'usa.ins']) {
        const client = bearer((await signIn(username)).accessToken);
        const { retailers: list } = await client.request<{ retailers: { totalCount: number } }>('{ retailers(first: 1) { totalCount } }');
        expect([username, list.totalCount]).toEqual([username, 2]);
      }
    });

    it('answers _entities for another territory’s retailer with nothing, through the gateway and directly', async () => {
      // The retailer moves to territory B after its visit in A was planned: the visit stays in
      // A's history, but the retailer's file is no longer A's to read.
      await stack.gateway.request(
        `mutation { updateRetailer(input: { id: "${retailers.moved.id}", territoryId: "${b.territory.id}" }) { id } }`,
      );
      const claims = { role: 'ACCOUNT_MANAGER', sub: a.accountManager.id, terr: [a.territory.id] };
      const am = await stack.as(claims);
      const result = await am.execute(`{ visit(id: "${visitOfMoved}") { id retailer { id shopName ownerName } } }`);
      expect(JSON.stringify(result)).not.toContain(retailers.moved.shopName);
      expect(JSON.stringify(await am.execute(`{ visit(id: "${visitA}") { retailer { shopName } } }`))).toContain(retailers.a.shopName);

      // Straight to the customers subgraph, with a valid gateway signature over these claims.
      const payload = staffClaims({ role: 'ACCOUNT_MANAGER', sub: a.accountManager.id, terr: [a.territory.id] });
      const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Retailer { id shopName } } }';
      const direct = async (id: string) => {
        const body = { query, variables: { r: [{ __typename: 'Retailer', id }] }, extensions: { jwt: { payload } } };
        const signed = { ...body, extensions: { ...body.extensions, 'hmac-signature': gatewaySignature(stack.gatewaySecret, body) } };
        const response = await fetch(stack.subgraphs.customers.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(signed),
        });
        return response.json();
      };
      expect(await direct(retailers.moved.id)).toEqual({ data: { _entities: [null] } });
      expect(await direct(retailers.b.id)).toEqual({ data: { _entities: [null] } });
      expect(await direct(retailers.a.id)).toEqual({ data: { _entities: [{ id: retailers.a.id, shopName: retailers.a.shopName }] } });
    });

    it('delivers live and replayed events of the caller’s territories only', async () => {
      const start = await head();
      const am = await stack.as({ role: 'ACCOUNT_MANAGER', sub: a.accountManager.id, terr: [a.territory.id] });
      const QUERY = `subscription($after: String) { customersEvents(after: $after, types: ["customers.retailer.changed"]) { cursor payload } }`;
      const live = am.subscribe<{ customersEvents: { payload: { retailerId: string; tier: number } } }>(QUERY, { after: start });
      try {
        for (const [retailer, tier] of [
          [retailers.b, 20],
          [retailers.a, 21],
          [retailers.b, 22],
          [retailers.a, 23],
        ] as const) {
          await stack.gateway.request(`mutation { updateRetailer(input: { id: "${retailer.id}", tier: ${tier} }) { id } }`);
        }
        await head();
        const received = await live.waitFor(2);
        const replayed = am.subscribe<{ customersEvents: { payload: { retailerId: string; tier: number } } }>(QUERY, { after: start });
        const again = await replayed.waitFor(2);
        await replayed.close();
        await new Promise((resolve) => setTimeout(resolve, 300));
        for (const messages of [received, again]) {
          expect(messages.map((message) => [message.customersEvents.payload.retailerId, message.customersEvents.payload.tier])).toEqual([
            [retailers.a.id, 21],
            [retailers.a.id, 23],
          ]);
        }
      } finally {
        await live.close();
      }
    });
  });

  it('closes a live subscription when its session is signed out', async () => {
    const session = await signIn('usa.acc');
    const subscription = bearer(session.accessToken).subscribe(`subscription { visitsEvents { cursor } }`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(subscription.errors).toEqual([]);
    await stack.anonymous.request(`mutation($input: RefreshTokenInput!) { signOut(input: $input) }`, {
      input: { refreshToken: session.refreshToken },
    });
    await head();
    await until(async () => subscription.errors.length > 0, 'the subscription to end');
    expect(JSON.stringify(subscription.errors)).toContain('The session has ended');
    await subscription.close();
  });

  describe('partner API keys', () => {
    let keyId: string;
    let partner: GraphQLClient;

    beforeAll(async () => {
      const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
      const { createApiKey } = await stack.gateway.request<{
        createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } };
      }>(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes } } }`, {
        input: { name: 'ERP 订单导入', scopes: ['visits:read', 'customers:read'], territoryIds: [a.territory.id], expiresAt },
      });
      keyId = createApiKey.apiKey.id;
      expect(createApiKey.secret.startsWith(createApiKey.apiKey.prefix)).toBe(true);
      expect((await sql('SELECT secret_hash FROM customers.api_key WHERE id = $1', [keyId]))[0].secret_hash).not.toContain(
        createApiKey.secret,
      );
      const { partnerSession } = await stack.anonymous.request<{ partnerSession: { accessToken: string } }>(
        `mutation($input: PartnerSessionInput!) { partnerSession(input: $input) { accessToken } }`,
        { input: { apiKey: createApiKey.secret } },
      );
      partner = bearer(partnerSession.accessToken);
    });

    it('reads within its scopes and territories', async () => {
      expect(await partner.request('{ retailers(first: 5) { totalCount } }')).toEqual({ retailers: { totalCount: 1 } });
    });

    it('cannot change visits without visits:write, and nothing is written', async () => {
      const attempt = await partner.execute(
        `mutation { checkIn(input: { visitId: "${visitA}", latitude: 25.04, longitude: 102.71 }) { id } }`,
      );
      expect(attempt.errors?.[0]).toMatchObject({ message: 'This API key does not have visits:write', extensions: { code: 'FORBIDDEN' } });
      expect((await sql('SELECT status, check_in_at FROM visits.visit WHERE id = $1', [visitA]))[0]).toEqual({
        status: 'PLANNED',
        check_in_at: null,
      });
    });

    it('gets no introspection in production, while staff do', async () => {
      expect(codesOf((await partner.execute('{ __schema { queryType { name } } }')).errors)).not.toHaveLength(0);
      expect(await stack.gateway.request('{ __schema { queryType { name } } }')).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('leaves an audit record of every mutation, refused ones included, for admins only', async () => {
      const { auditTrail } = await stack.gateway.request<{ auditTrail: { edges: { node: Record<string, unknown> }[] } }>(
        `query($filter: AuditFilter) { auditTrail(first: 5, filter: $filter) { edges { node { service actor role operation targetIds outcome errorCode at } } } }`,
        { filter: { actor: `apikey:${keyId}` } },
      );
      expect(auditTrail.edges[0].node).toMatchObject({
        service: 'visits',
        role: 'PARTNER',
        operation: 'checkIn',
        targetIds: [visitA],
        outcome: 'FAILED',
        errorCode: 'FORBIDDEN',
      });
      const created = await stack.gateway.request<{ auditTrail: { edges: { node: Record<string, unknown> }[] } }>(
        `{ auditTrail(first: 1, filter: { operation: "createApiKey" }) { edges { node { role outcome targetIds } } } }`,
      );
      expect(created.auditTrail.edges[0].node).toMatchObject({
        role: 'ADMIN',
        outcome: 'OK',
        targetIds: expect.arrayContaining([keyId, a.territory.id]),
      });
    });

    it('stops working everywhere once revoked', async () => {
      await stack.gateway.request(`mutation { revokeApiKey(id: "${keyId}") { revokedAt } }`);
      await head();
      await until(
        async () => codesOf((await partner.execute('{ visits(first: 1) { totalCount } }')).errors).includes('UNAUTHENTICATED'),
        'the key to stop in visits',
      );
      expect(codesOf((await partner.execute('{ retailers(first: 1) { totalCount } }')).errors)).toContain('UNAUTHENTICATED');
    });
  });

  describe('abuse limits', () => {
    it('rate-limits each caller separately', async () => {
      const sub = randomUUID();
      const busy = await stack.as({ role: 'ADMIN', sub });
      const results = [];
      for (let batch = 0; batch < 16; batch += 1)
        results.push(...(await Promise.all(Array.from({ length: 20 }, () => busy.execute('{ regions { id } }')))));
      const limited = results.filter((result) => JSON.stringify(result.errors ?? []).includes('Rate limit'));
      expect(limited.length).toBeGreaterThanOrEqual(20);
      expect(results.slice(0, 300).every((result) => !result.errors)).toBe(true);
      const other = await stack.as({ role: 'ADMIN' });
      expect((await other.execute('{ regions { id } }')).errors).toBeUndefined();

      // The refusal: coded, with the time to wait, and for a client that accepts
      // application/graphql-response+json, HTTP 429 with Retry-After.
      for (const result of limited) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
        const seconds = result.errors![0].extensions!.retryAfterSeconds as number;
        expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60).toBe(true);
      }
      const { token } = await new AccessTokenIssuer().issue(staffClaims({ role: 'ADMIN', sub }));
      const send = (accept: string) =>
        fetch(stack.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}` },
          body: '{"query":"{ regions { id } }"}',
        });
      const strict = await send('application/graphql-response+json');
      const body = (await strict.json()) as { errors: GraphQLFormattedError[] };
      expect([strict.status, body.errors[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
      expect(Number(strict.headers.get('retry-after'))).toBe(body.errors[0].extensions?.retryAfterSeconds);
      // A plain application/json client gets the 200 GraphQL over HTTP gives it, and Retry-After.
      const plain = await send('application/json');
      expect([plain.status, plain.headers.get('retry-after')]).toEqual([200, expect.stringMatching(/^\d+$/)]);
    });

    it('refuses a request body over the size limit before reading it', async () => {
      const response = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ regions { id } } # ${'x'.repeat(300 * 1024)}` }),
      });
      expect(response.status).toBe(413);
    });
  });
});
