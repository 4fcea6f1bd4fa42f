import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { DEMO_CATALOGUE, orders } from '@fieldloop/orders';
import { indexesIn, readsOf, sqlOf, staffClaims, startStack, type GraphQLClient, type Stack } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import { complaints } from '../src';
import { createLoopTeam, projected, type LoopTeam } from './loop.fixtures';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;
const RAISE = `mutation($input: RaiseCaseInput!) { raiseCase(input: $input) { id } }`;
const ORDER_CASES = `query($id: ID!) { order(id: $id) { id cases { id kind orderId assignee { id } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id cases { id } } } }`;

/** Order.cases: the cases about an order, loaded for many orders at once and kept to the caller's scope. */
describe('Order.cases through the gateway', () => {
  let stack: Stack;
  let team: LoopTeam;
  let rival: LoopTeam;
  let clerk: GraphQLClient;
  let attacker: GraphQLClient;
  const orderIds: string[] = [];
  const caseIds: string[] = [];

  beforeAll(async () => {
    stack = await startStack([customers, visits, orders, complaints]);
    team = await createLoopTeam(stack.gateway, true);
    rival = await createLoopTeam(stack.gateway, true);
    await projected(stack, [team, rival]);
    const ordersSql = stack.subgraphs.orders.database.dataSource;
    for (let i = 0; i < 300; i += 1) {
      const [{ n }] = await ordersSql.query('SELECT count(*)::int AS n FROM order_retailer WHERE id = $1', [team.retailerId]);
      if (n === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { id: _id, ...product } = DEMO_CATALOGUE[0];
    const { saveProduct } = await stack.gateway.request<{ saveProduct: { id: string } }>(
      `mutation($input: ProductInput!) { saveProduct(input: $input) { id } }`,
      { input: product },
    );
    const terr = [team.territoryId];
    clerk = await stack.as({ role: 'ORDER_CLERK', sub: team.clerkId, terr });
    attacker = await stack.as({ role: 'SUPERVISOR', sub: rival.supervisorId, terr: [rival.territoryId] });
    for (const cartons of [2, 3]) {
      const { placeOrder } = await clerk.request<{ placeOrder: { id: string } }>(PLACE, {
        input: { retailerId: team.retailerId, channel: 'PHONE', lines: [{ productId: saveProduct.id, cartons }] },
      });
      orderIds.push(placeOrder.id);
      // A complaint about the order, raised the way a clerk does when the retailer calls.
      const { raiseCase } = await clerk.request<{ raiseCase: { id: string } }>(RAISE, {
        input: {
          kind: 'COMPLAINT',
          category: 'ORDER_ERROR',
          source: 'RETAILER',
          channel: 'PHONE',
          title: '订单少了一条',
          description: `店主来电: 订单少了一条 (${cartons}条)`,
          retailerId: team.retailerId,
          orderId: placeOrder.id,
        },
      });
      caseIds.push(raiseCase.id);
    }
  });
  afterAll(() => stack?.stop());

  it("shows an order's cases to its territory's clerk, with their owner", async () => {
    const { order } = await clerk.request<{
      order: { id: string; cases: { id: string; kind: string; orderId: string; assignee: { id: string } | null }[] };
    }>(ORDER_CASES, { id: orderIds[0] });
    expect(order.cases).toEqual([{ id: caseIds[0], kind: 'COMPLAINT', orderId: orderIds[0], assignee: { id: team.accountManagerId } }]);
  });

  it('loads the cases of a whole list of orders in one statement that reads the order index', async () => {
    const { data, statements } = await sqlOf<{ orders: { edges: { node: { id: string; cases: { id: string }[] } }[] } }>(
      stack.subgraphs.complaints,
      clerk,
      `{ orders(first: 10) { edges { node { id cases { id } } } } }`,
    );
    const byOrder = new Map(data.orders.edges.map(({ node }) => [node.id, node.cases.map((row) => row.id)]));
    expect(orderIds.map((id) => byOrder.get(id))).toEqual([[caseIds[0]], [caseIds[1]]]);
    const reads = readsOf(statements, 'loop_case');
    expect(reads).toHaveLength(1);
    // The test tables are tiny, so the planner would scan them whatever the indexes: with
    // sequential scans priced out, the plan shows which index serves the statement.
    const runner = stack.subgraphs.complaints.database.dataSource.createQueryRunner();
    try {
      await runner.query('SET enable_seqscan = off');
      const [row] = await runner.query(`EXPLAIN (FORMAT JSON) ${reads[0].query}`, reads[0].parameters);
      expect(indexesIn(row['QUERY PLAN'][0].Plan)).toContain('IDX_9337cf588dee5a3ad19c78b3b7');
      await runner.query('RESET enable_seqscan');
    } finally {
      await runner.release();
    }
  });

  it('gives an attacker of another territory nothing, through order(id) or through _entities', async () => {
    const direct = await attacker.execute(ORDER_CASES, { id: orderIds[0] });
    expect(direct.data?.order ?? null).toBeNull();
    expect(JSON.stringify(direct)).not.toContain(caseIds[0]);
    const claims = staffClaims({ role: 'SUPERVISOR', sub: rival.supervisorId, terr: [rival.territoryId] });
    const entities = await stack.asGateway('complaints', claims).execute(ENTITIES, { r: [{ __typename: 'Order', id: orderIds[0] }] });
    expect(entities).toEqual({ data: { _entities: [{ id: orderIds[0], cases: [] }] } });
  });
});
