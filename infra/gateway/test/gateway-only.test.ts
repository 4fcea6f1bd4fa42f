import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { gatewaySignature } from '@fieldloop/platform';
import { CollectingSubscription, startStack, wsUrlOf, type Stack } from '@fieldloop/testkit';

/** Subgraphs answer the gateway only: everything else is refused, over HTTP and graphql-ws. */
describe('gateway-only subgraphs', () => {
  let stack: Stack;
  const QUERY = '{ regions { name } }';

  beforeAll(async () => {
    stack = await startStack([customers]);
  });
  afterAll(() => stack?.stop());

  it('serves the query through the gateway', async () => {
    expect(await stack.gateway.request(QUERY)).toEqual({ regions: [] });
  });

  it('refuses a direct HTTP call with no signature, a forged one, or a signature of another query', async () => {
    const direct = stack.direct('customers');
    const unsigned = await direct.execute(QUERY);
    expect(unsigned.errors?.[0]).toMatchObject({ message: 'Requests must come through the gateway', extensions: { code: 'FORBIDDEN' } });

    const post = (body: object) =>
      fetch(direct.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
        async (response) => ({
          status: response.status,
          body: (await response.json()) as { data?: unknown; errors?: unknown[] },
        }),
      );
    expect(
      (
        await post({
          query: QUERY,
          extensions: { 'hmac-signature': gatewaySignature('a-guessed-secret-that-is-long-enough', { query: QUERY }) },
        })
      ).status,
    ).toBe(403);
    const stolen = gatewaySignature(stack.gatewaySecret, { query: QUERY });
    expect(
      (await post({ query: '{ staffMembers(first: 5) { edges { node { phone } } } }', extensions: { 'hmac-signature': stolen } })).status,
    ).toBe(403);
    // The real signature of this very query passes the gate, but carries no identity, so the
    // query is still refused; forged claims beside it break the signature, which covers them.
    const anonymous = await post({ query: QUERY, extensions: { 'hmac-signature': stolen } });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const forgedClaims = { payload: { sub: 'someone', kind: 'staff', role: 'ADMIN', name: 'x', sid: 'y', scp: [], terr: '*' } };
    expect((await post({ query: QUERY, extensions: { 'hmac-signature': stolen, jwt: forgedClaims } })).status).toBe(403);
  });

  it('refuses a direct graphql-ws subscription without the signature', async () => {
    const subscription = new CollectingSubscription(wsUrlOf(stack.direct('customers').url), 'subscription { customersEvents { cursor } }');
    for (let i = 0; i < 50 && subscription.errors.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(JSON.stringify(subscription.errors)).toContain('Requests must come through the gateway');
    await subscription.close();
  });
});
