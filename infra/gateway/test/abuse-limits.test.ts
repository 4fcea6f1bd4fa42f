import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { startStack, type Stack } from '@fieldloop/testkit';
import { LIMITS } from '../gateway.config';

/** Hostile documents are refused by the gateway before any subgraph sees them. */
describe('gateway abuse limits', () => {
  let stack: Stack;
  const statements = () => stack.subgraphs.customers.database.statements.count;

  beforeAll(async () => {
    stack = await startStack([customers]);
  });
  afterAll(() => stack?.stop());

  async function refusedBeforeExecution(query: string): Promise<string> {
    const before = statements();
    const result = await stack.gateway.execute(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(statements()).toBe(before);
    return result.errors!.map((error) => error.message).join('\n');
  }

  it('lets an ordinary partner query through', async () => {
    const result = await stack.gateway.execute(
      `{ retailers(first: 5) { totalCount edges { node { shopName territory { name region { name } } accountManager { name supervisor { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });

  it(`refuses a document deeper than ${LIMITS.depth} levels`, async () => {
    const bomb = `{ retailers(first: 1) { edges { node { territory { accountManager { territories { accountManager { territories { accountManager { territories { name } } } } } } } } } } }`;
    expect(await refusedBeforeExecution(bomb)).toMatch(/depth/i);
  });

  it(`refuses more than ${LIMITS.aliases} aliases`, async () => {
    const bomb = `{ ${Array.from({ length: LIMITS.aliases + 5 }, (_, i) => `a${i}: retailers(first: 200) { totalCount }`).join(' ')} }`;
    expect(await refusedBeforeExecution(bomb)).toMatch(/alias/i);
  });

  it(`refuses a document of more than ${LIMITS.tokens} tokens`, async () => {
    const bomb = `{ retailers(first: 1) { edges { node { ${Array.from({ length: LIMITS.tokens + 100 }, () => 'shopName').join(' ')} } } } }`;
    expect(await refusedBeforeExecution(bomb)).toMatch(/token/i);
  });

  it(`refuses a document whose cost is over ${LIMITS.cost}`, async () => {
    const wide = Array.from(
      { length: 15 },
      (_, i) => `c${i}: creditHistory { grade score assessedAt note assessedBy { name phone role employeeNumber } }`,
    ).join(' ');
    const bomb = `{ retailers(first: 200) { edges { node { territory { region { name code } accountManager { name phone team { name phone territories { name code } } } } ${wide} } } } }`;
    expect(await refusedBeforeExecution(bomb)).toMatch(/cost/i);
  });

  it(`refuses a batch of more than ${LIMITS.batch} operations`, async () => {
    const before = statements();
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: LIMITS.batch + 1 }, () => ({ query: '{ regions { name } }' }))),
    });
    const body = JSON.stringify(await response.json());
    expect(body).toMatch(/batch/i);
    expect(statements()).toBe(before);
  });
});
