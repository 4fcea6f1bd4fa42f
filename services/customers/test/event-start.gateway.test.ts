import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, type Stack, startStack } from '@fieldloop/testkit';
import type { GraphQLFormattedError } from 'graphql';
import { customers } from '../src';
import { labels, publishRetailerChanges, relayedHead } from './retailer-changes.fixtures';

interface EventMessage {
  customersEvents: {
    cursor: string;
    type: string;
    caughtUp: boolean;
    payload: { changedFields?: string[] };
    retailer: { id: string } | null;
  };
}

const FIELDS = `cursor type caughtUp payload retailer { id }`;
const CHANGES = `types: ["customers.retailer.changed"]`;
const SINCE = `subscription($since: DateTimeISO, $last: Int) { customersEvents(since: $since, last: $last, markCaughtUp: true, ${CHANGES}) { ${FIELDS} } }`;
const FROM_NOW = `subscription { customersEvents(markCaughtUp: true, ${CHANGES}) { ${FIELDS} } }`;

const messages = (received: EventMessage[]) => received.map((message) => message.customersEvents);
/** What a subscriber saw, in order: each event's label, and `CAUGHT UP` where the marker came. */
const story = (received: EventMessage[]) =>
  messages(received).map((event) => (event.caughtUp ? 'CAUGHT UP' : (event.payload.changedFields?.[1] ?? event.type)));

/**
 * Where a subscription starts when it does not resume from a cursor — from a time, or with the
 * newest N — and the marker that tells a client the replay is over, through the gateway.
 */
describe('event subscriptions from a time or the last N, with a caught-up marker', () => {
  let stack: Stack;
  let ids: { retailerId: string; territoryId: string };
  let otherTerritoryId: string;

  beforeAll(async () => {
    stack = await startStack([customers]);
    const territoryId = (await createTerritoryWithManager(stack.gateway, 'ST')).territory.id;
    otherTerritoryId = (await createTerritoryWithManager(stack.gateway, 'SO')).territory.id;
    const retailerId = (
      await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, { input: retailerInput(territoryId) })
    ).createRetailer.id;
    ids = { retailerId, territoryId };
  });
  afterAll(() => stack?.stop());

  /** Events before and after a moment, each relayed into the log. */
  async function beforeAndAfter(label: string, count: number): Promise<Date> {
    await publishRetailerChanges(stack, ids, count, `${label}-before`);
    await relayedHead(stack);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const moment = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await publishRetailerChanges(stack, ids, count, `${label}-after`);
    await relayedHead(stack);
    return moment;
  }

  it('since a time: the events from then on, one caught-up marker, then live events', async () => {
    const moment = await beforeAndAfter('since', 3);
    const subscription = stack.gateway.subscribe<EventMessage>(SINCE, { since: moment.toISOString() });
    try {
      await subscription.waitFor(4);
      await publishRetailerChanges(stack, ids, 2, 'since-live');
      await subscription.waitFor(6);
      expect(story(subscription.received)).toEqual([...labels('since-after', 3), 'CAUGHT UP', ...labels('since-live', 2)]);
      // The marker says where the replay ended and refers to nothing.
      const [, , third, marker] = messages(subscription.received);
      expect(marker).toMatchObject({ cursor: third.cursor, type: 'fieldloop.caught-up', retailer: null });
      expect(
        messages(subscription.received)
          .filter((event) => !event.caughtUp)
          .every((event) => event.retailer?.id === ids.retailerId),
      ).toBe(true);
    } finally {
      await subscription.close();
    }
  });

  it('the last N: only the newest N, and with a time the later start wins', async () => {
    const moment = await beforeAndAfter('last', 4);
    const newest = stack.gateway.subscribe<EventMessage>(SINCE, { last: 2 });
    const both = stack.gateway.subscribe<EventMessage>(SINCE, { since: moment.toISOString(), last: 100 });
    try {
      await Promise.all([newest.waitFor(3), both.waitFor(5)]);
      expect(story(newest.received)).toEqual([...labels('last-after', 2, 2), 'CAUGHT UP']);
      expect(story(both.received)).toEqual([...labels('last-after', 4), 'CAUGHT UP']);
    } finally {
      await Promise.all([newest.close(), both.close()]);
    }
  });

  it('from now or with nothing to replay: the marker comes first, before any live event', async () => {
    await relayedHead(stack);
    const fromNow = stack.gateway.subscribe<EventMessage>(FROM_NOW);
    const emptyReplay = stack.gateway.subscribe<EventMessage>(SINCE, { since: new Date().toISOString() });
    try {
      await Promise.all([fromNow.waitFor(1), emptyReplay.waitFor(1)]);
      await publishRetailerChanges(stack, ids, 1, 'now-live');
      await Promise.all([fromNow.waitFor(2), emptyReplay.waitFor(2)]);
      expect(story(fromNow.received)).toEqual(['CAUGHT UP', 'now-live#0']);
      expect(story(emptyReplay.received)).toEqual(['CAUGHT UP', 'now-live#0']);
    } finally {
      await Promise.all([fromNow.close(), emptyReplay.close()]);
    }
  });

  it('a replay from a time shows nothing out of the caller’s territories', async () => {
    const moment = await beforeAndAfter('scope', 2);
    const outsider = await stack.as({ role: 'ACCOUNT_MANAGER', terr: [otherTerritoryId] });
    const subscription = outsider.subscribe<EventMessage>(SINCE, { since: moment.toISOString() });
    try {
      await subscription.waitFor(1);
      await publishRetailerChanges(stack, ids, 2, 'scope-live');
      await relayedHead(stack);
      // A further event in the outsider's own scope proves the stream is live and ordered.
      const own = { retailerId: ids.retailerId, territoryId: otherTerritoryId };
      await publishRetailerChanges(stack, own, 1, 'scope-own');
      await subscription.waitFor(2);
      expect(story(subscription.received)).toEqual(['CAUGHT UP', 'scope-own#0']);
    } finally {
      await subscription.close();
    }
  });

  it.each([
    [{ after: '1', since: new Date(Date.now() - 60_000).toISOString() }, 'since', 'exclusive'],
    [{ after: '1', last: 5 }, 'last', 'exclusive'],
    [{ since: new Date(Date.now() + 3_600_000).toISOString() }, 'since', 'notFuture'],
    [{ last: 0 }, 'last', 'range'],
    [{ last: 1001 }, 'last', 'range'],
  ])('refuses %j naming the field %s and the rule %s', async (variables, field, rule) => {
    const subscription = stack.gateway.subscribe<EventMessage>(
      `subscription($after: String, $since: DateTimeISO, $last: Int) { customersEvents(after: $after, since: $since, last: $last) { cursor } }`,
      variables,
    );
    try {
      await subscription.ended;
      const [[error]] = subscription.errors as GraphQLFormattedError[][];
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
      expect(subscription.received).toEqual([]);
    } finally {
      await subscription.close();
    }
  });
});
