import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { visits } from '@fieldloop/visits';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, startStack, type GraphQLClient, type Stack } from '@fieldloop/testkit';
import type { GraphQLFormattedError } from 'graphql';
import { LIMITS } from '../gateway.config';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_ONLY = 'application/json';
const MONTH = new Date().toISOString().slice(0, 7);

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] };
}

/**
 * docs/errors.md, row by row, through the gateway as a partner meets it: the HTTP status for
 * each media type, the code and extensions, and what is nulled.
 */
describe('the error contract (docs/errors.md)', () => {
  let stack: Stack;
  let a: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  let b: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  let retailer: { id: string; licenceNumber: string };
  let clerkId: string;
  let accountManager: GraphQLClient;

  const statements = () => stack.subgraphs.customers.database.statements.count + stack.subgraphs.visits.database.statements.count;
  const retailerCount = async () =>
    Number((await stack.subgraphs.customers.database.dataSource.query('SELECT count(*) FROM retailer'))[0].count);
  const post = async (
    body: unknown,
    { accept = GRAPHQL_RESPONSE, headers = {} }: { accept?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply> => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Reply['body'] };
  };
  /** The request as the administrator, once per media type: [graphql-response+json, application/json]. */
  const asAdminBoth = async (body: unknown) => {
    const { authorization } = stack.gateway.headers;
    return Promise.all([GRAPHQL_RESPONSE, JSON_ONLY].map((accept) => post(body, { accept, headers: { authorization } })));
  };

  beforeAll(async () => {
    stack = await startStack([customers, visits]);
    a = await createTerritoryWithManager(stack.gateway, 'EA');
    b = await createTerritoryWithManager(stack.gateway, 'EB');
    retailer = (
      await stack.gateway.request<{ createRetailer: { id: string; licenceNumber: string } }>(CREATE_RETAILER, {
        input: retailerInput(a.territory.id),
      })
    ).createRetailer;
    const { createStaffMember } = await stack.gateway.request<{ createStaffMember: { id: string } }>(
      `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`,
      {
        input: {
          employeeNumber: 'E-EA-CLK',
          username: 'uea.clk',
          name: '订单员甲',
          role: 'ORDER_CLERK',
          phone: '13800138003',
          supervisorId: a.supervisor.id,
        },
      },
    );
    clerkId = createStaffMember.id;
    accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: a.accountManager.id, terr: [a.territory.id] });
  });
  afterAll(() => stack?.stop());

  it('BAD_USER_INPUT names the field and the rule, at the root and from an entity fetch, and writes nothing', async () => {
    const before = await retailerCount();
    const created = await stack.gateway.execute(CREATE_RETAILER, { input: retailerInput(a.territory.id, { licenceNumber: '12' }) });
    expect(created.data ?? null).toBeNull();
    expect(created.errors).toEqual([
      expect.objectContaining({
        path: ['createRetailer'],
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: 'licenceNumber',
          rule: 'matches',
          violations: expect.any(Array),
        }),
      }),
    ]);
    expect(await retailerCount()).toBe(before);

    const plans = await accountManager.execute<{ me: { id: string; visitPlans: unknown } }>(
      '{ me { id visitPlans(from: "notadate") { id } } }',
    );
    expect(plans.data).toEqual({ me: { id: a.accountManager.id, visitPlans: null } });
    expect(plans.errors).toEqual([
      {
        message: 'from must be a valid ISO 8601 date string',
        path: ['me', 'visitPlans'],
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'from',
          rule: 'isIso8601',
          violations: [{ field: 'from', rule: 'isIso8601', message: 'from must be a valid ISO 8601 date string' }],
          serviceName: 'visits',
        },
      },
    ]);
  });

  it('NOT_FOUND from an entity fetch keeps its path and nulls only that field', async () => {
    const result = await accountManager.execute<{ staffMember: { id: string; plannableRetailers: unknown } }>(
      `{ staffMember(id: "${b.accountManager.id}") { id plannableRetailers { id } } }`,
    );
    expect(result.data).toEqual({ staffMember: { id: b.accountManager.id, plannableRetailers: null } });
    expect(result.errors).toEqual([
      {
        message: `StaffMember ${b.accountManager.id} was not found`,
        path: ['staffMember', 'plannableRetailers'],
        extensions: { code: 'NOT_FOUND', type: 'StaffMember', id: b.accountManager.id, serviceName: 'visits' },
      },
    ]);
  });

  it('FORBIDDEN names the permission, on a root field and on a field of another service’s entity (the parent stays)', async () => {
    const driver = await stack.as({ role: 'DELIVERY_DRIVER', terr: [a.territory.id] });
    const root = await driver.execute('{ visits(first: 1) { totalCount } }');
    expect(root.data ?? null).toBeNull();
    expect(root.errors).toEqual([
      expect.objectContaining({
        path: ['visits'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN', permissions: ['visits:read'] }),
      }),
    ]);

    const field = await driver.execute(`{ staffMember(id: "${a.accountManager.id}") { name visitFigures(month: "${MONTH}") { made } } }`);
    expect(field.data).toEqual({ staffMember: { name: expect.any(String), visitFigures: null } });
    expect(field.errors).toEqual([
      {
        message: 'The DELIVERY_DRIVER role does not have visits:read',
        path: ['staffMember', 'visitFigures'],
        extensions: { code: 'FORBIDDEN', permissions: ['visits:read'], serviceName: 'visits' },
      },
    ]);
  });

  it('CONFLICT names the field and the rule, and writes nothing', async () => {
    const before = await retailerCount();
    const taken = await stack.gateway.execute(CREATE_RETAILER, {
      input: retailerInput(a.territory.id, { licenceNumber: retailer.licenceNumber }),
    });
    expect(taken.errors).toEqual([
      expect.objectContaining({
        path: ['createRetailer'],
        extensions: expect.objectContaining({ code: 'CONFLICT', field: 'licenceNumber', rule: 'unique' }),
      }),
    ]);
    const stale = await stack.gateway.execute(
      `mutation { updateRetailer(input: { id: "${retailer.id}", tier: 30, expectedVersion: 0 }) { id } }`,
    );
    expect(stale.errors).toEqual([
      expect.objectContaining({
        path: ['updateRetailer'],
        extensions: expect.objectContaining({ code: 'CONFLICT', field: 'expectedVersion', rule: 'version' }),
      }),
    ]);
    expect(await retailerCount()).toBe(before);
    expect(
      (await stack.subgraphs.customers.database.dataSource.query('SELECT tier FROM retailer WHERE id = $1', [retailer.id]))[0].tier,
    ).toBe(12);
  });

  it('a supervisor reads the figures of the whole team: null, not an error, for a member who is not an account manager', async () => {
    const supervisor = await stack.as({ role: 'SUPERVISOR', sub: a.supervisor.id, terr: [a.territory.id] });
    const result = await supervisor.execute<{ staffMember: { team: { id: string; visitFigures: { planned: number } | null }[] } }>(
      `{ staffMember(id: "${a.supervisor.id}") { team { id visitFigures(month: "${MONTH}") { planned } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(Object.fromEntries(result.data!.staffMember.team.map((member) => [member.id, member.visitFigures]))).toEqual({
      [a.accountManager.id]: { planned: 0 },
      [clerkId]: null,
    });
  });

  it('UNAUTHENTICATED without a token, on the field, with 200', async () => {
    const reply = await post({ query: '{ retailers(first: 1) { totalCount } }' });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toEqual([
      expect.objectContaining({ path: ['retailers'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
  });

  it('401 UNAUTHENTICATED for a token that does not decode or does not verify', async () => {
    const valid = stack.gateway.headers.authorization;
    const tampered = `${valid.slice(0, -4)}${valid.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    for (const authorization of ['Bearer not-a-token', 'Bearer x.y.z', tampered]) {
      for (const accept of [GRAPHQL_RESPONSE, JSON_ONLY]) {
        const reply = await post({ query: '{ regions { id } }' }, { accept, headers: { authorization } });
        expect([authorization, accept, reply.status, reply.headers.get('www-authenticate')]).toEqual([
          authorization,
          accept,
          401,
          'Bearer error="invalid_token"',
        ]);
        expect(reply.body).toEqual({
          errors: [{ message: expect.stringContaining('sign in again'), extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
    }
  });

  it('GRAPHQL_PARSE_FAILED for a document that does not parse: 400, or 200 for application/json', async () => {
    const replies = await asAdminBoth({ query: '{ regions { id ' });
    expect(replies.map((reply) => reply.status)).toEqual([400, 200]);
    for (const reply of replies)
      expect(reply.body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] });
  });

  it('GRAPHQL_VALIDATION_FAILED for a document that does not validate: 400, or 200 for application/json', async () => {
    const replies = await asAdminBoth({ query: '{ regions { id nope } }' });
    expect(replies.map((reply) => reply.status)).toEqual([400, 200]);
    for (const reply of replies)
      expect(reply.body).toEqual({
        errors: [
          expect.objectContaining({ message: expect.stringContaining('"nope"'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
        ],
      });
  });

  it('BAD_USER_INPUT for a variable of the wrong type, naming it (and the path inside it), unmasked, and nothing is written', async () => {
    const before = await retailerCount();
    const scalar = await asAdminBoth({
      query: 'query($first: Int!) { retailers(first: $first) { totalCount } }',
      variables: { first: 'ten' },
    });
    expect(scalar.map((reply) => reply.status)).toEqual([400, 200]);
    for (const reply of scalar) {
      expect(reply.body.data).toBeUndefined();
      expect(reply.body.errors).toEqual([
        expect.objectContaining({
          message: 'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
          extensions: { code: 'BAD_USER_INPUT', field: 'first', rule: 'type' },
        }),
      ]);
    }
    const [nested] = await asAdminBoth({ query: CREATE_RETAILER, variables: { input: retailerInput(a.territory.id, { tier: 'high' }) } });
    expect(nested.status).toBe(400);
    expect(nested.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('at "input.tier"'),
        extensions: { code: 'BAD_USER_INPUT', field: 'input.tier', rule: 'type' },
      }),
    ]);
    const [missing] = await asAdminBoth({ query: CREATE_RETAILER });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input', rule: 'required' } }),
    ]);
    const [nulled] = await asAdminBoth({
      query: 'query($first: Int!) { retailers(first: $first) { totalCount } }',
      variables: { first: null },
    });
    expect(nulled.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first', rule: 'required' } }),
    ]);
    expect(await retailerCount()).toBe(before);
  });

  const wide = Array.from(
    { length: 15 },
    (_, i) => `c${i}: creditHistory { grade score assessedAt note assessedBy { name phone role employeeNumber } }`,
  ).join(' ');
  const DOCUMENT_LIMITS: [code: string, limit: number, query: string][] = [
    [
      'QUERY_TOO_DEEP',
      LIMITS.depth,
      '{ retailers(first: 1) { edges { node { territory { accountManager { territories { accountManager { territories { accountManager { territories { name } } } } } } } } } } }',
    ],
    ['TOO_MANY_TOKENS', LIMITS.tokens, `{ regions { ${Array.from({ length: LIMITS.tokens + 10 }, () => 'name').join(' ')} } }`],
    ['TOO_MANY_ALIASES', LIMITS.aliases, `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: regions { id }`).join(' ')} }`],
    ['TOO_MANY_DIRECTIVES', LIMITS.directives, `{ regions { id ${'@include(if: true) '.repeat(LIMITS.directives + 1)} } }`],
    [
      'QUERY_TOO_COSTLY',
      LIMITS.cost,
      `{ retailers(first: 200) { edges { node { territory { region { name code } accountManager { name phone team { name phone territories { name code } } } } ${wide} } } } }`,
    ],
  ];
  it.each(DOCUMENT_LIMITS)('%s (limit %d): 400, or 200 for application/json, before any subgraph is called', async (code, limit, query) => {
    const before = statements();
    const replies = await asAdminBoth({ query });
    expect(replies.map((reply) => reply.status)).toEqual([400, 200]);
    for (const reply of replies)
      expect(reply.body).toEqual({
        errors: [
          { message: expect.stringMatching(new RegExp(`^[A-Z][a-zA-Z ]+ limit of ${limit} exceeded`)), extensions: { code, limit } },
        ],
      });
    expect(statements()).toBe(before);
  });

  it('BATCH_TOO_LARGE: 413 for a batch over the limit, before any subgraph is called', async () => {
    const before = statements();
    const replies = await asAdminBoth(Array.from({ length: LIMITS.batch + 1 }, () => ({ query: '{ regions { id } }' })));
    expect(replies.map((reply) => reply.status)).toEqual([413, 413]);
    for (const reply of replies)
      expect(reply.body).toEqual({
        errors: [
          {
            message: `Batching is limited to ${LIMITS.batch} operations per request.`,
            extensions: { code: 'BATCH_TOO_LARGE', limit: LIMITS.batch },
          },
        ],
      });
    expect(statements()).toBe(before);
  });

  it('PAYLOAD_TOO_LARGE: 413 for a body over the limit', async () => {
    const reply = await post({ query: `{ regions { id } } # ${'x'.repeat(LIMITS.requestBytes)}` });
    expect(reply.status).toBe(413);
    expect(reply.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE' } })]);
  });

  it('BAD_REQUEST for a body that is not a GraphQL request', async () => {
    for (const body of ['{"query": ', JSON.stringify({ variables: {} })]) {
      const reply = await post(body);
      expect([body, reply.status]).toEqual([body, 400]);
      expect(reply.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    }
  });

  // Last: it stops the visits service. The whole fetch for the retailer's visits fields
  // failed, so the error is at the retailer; its own fields stay.
  it('INTERNAL_SERVER_ERROR for anything else, at the path of what failed, with no detail of the failure', async () => {
    await stack.subgraphs.visits.stop();
    const reply = await post(
      { query: `{ retailer(id: "${retailer.id}") { shopName visits(first: 1) { totalCount } } }` },
      { headers: { authorization: stack.gateway.headers.authorization } },
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      data: { retailer: { shopName: expect.any(String), visits: null } },
      errors: [{ message: 'Unexpected error.', path: ['retailer'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});
