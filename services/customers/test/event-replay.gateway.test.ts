import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type CollectingSubscription,
  CREATE_RETAILER,
  createTerritoryWithManager,
  retailerInput,
  type Stack,
  startStack,
} from '@fieldloop/testkit';
import type { GraphQLFormattedError } from 'graphql';
import { customers } from '../src';
import { labels, publishRetailerChanges, relayedHead } from './retailer-changes.fixtures';

interface EventMessage {
  customersEvents: { cursor: string; id: string; payload: { changedFields: string[] } };
}

const PAGE = 7;
const BUFFER = 20;

/**
 * Replays read in pages and subscribers with a bounded buffer, through the gateway. The
 * limits are set small so that a few dozen events cross page boundaries and overflow a buffer.
 */
describe('event replays in pages, with a bounded buffer per subscriber', () => {
  let stack: Stack;
  let ids: { retailerId: string; territoryId: string };
  const ENVELOPE = `subscription($after: String) { customersEvents(after: $after, types: ["customers.retailer.changed"]) { cursor id payload } }`;
  const events = (messages: EventMessage[]) => messages.map((message) => message.customersEvents);
  const labelsOf = (messages: EventMessage[]) => events(messages).map((event) => event.payload.changedFields[1]);

  beforeAll(async () => {
    stack = await startStack([customers], { subgraphOptions: { streamLimits: { replayPageSize: PAGE, subscriberBuffer: BUFFER } } });
    const territoryId = (await createTerritoryWithManager(stack.gateway, 'RP')).territory.id;
    const retailerId = (
      await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, { input: retailerInput(territoryId) })
    ).createRetailer.id;
    ids = { retailerId, territoryId };
  });
  afterAll(() => stack?.stop());

  it('replays across page boundaries, then continues live, each event once and in order', async () => {
    const start = await relayedHead(stack);
    await publishRetailerChanges(stack, ids, PAGE * 7, 'paged'); // exactly seven full pages
    await relayedHead(stack);

    const subscription = stack.gateway.subscribe<EventMessage>(ENVELOPE, { after: start });
    // More events while the replay runs: they arrive live, after the last page.
    const live = publishRetailerChanges(stack, ids, 15, 'live', 5);
    const resumed = stack.gateway.subscribe<EventMessage>(ENVELOPE, {
      after: events(await subscription.waitFor(PAGE + 3))[PAGE + 2].cursor,
    });
    try {
      await live;
      const all = events(await subscription.waitFor(PAGE * 7 + 15));
      expect(labelsOf(subscription.received)).toEqual([...labels('paged', PAGE * 7), ...labels('live', 15)]);
      expect(new Set(all.map((event) => event.id)).size).toBe(all.length);
      expect(all.every((event, i) => i === 0 || BigInt(event.cursor) > BigInt(all[i - 1].cursor))).toBe(true);
      // Resuming in the middle of a page: the rest, from the event after the cursor on.
      await resumed.waitFor(PAGE * 7 + 15 - (PAGE + 3));
      expect(labelsOf(resumed.received)).toEqual([...labels('paged', PAGE * 7 - (PAGE + 3), PAGE + 3), ...labels('live', 15)]);
    } finally {
      await Promise.all([subscription.close(), resumed.close()]);
    }
  });

  it('ends a subscriber that falls further behind than its buffer with SUBSCRIBER_TOO_SLOW and where to resume; resuming there loses and repeats nothing', async () => {
    const start = await relayedHead(stack);
    const subscription = stack.gateway.subscribe<EventMessage>(ENVELOPE, { after: start });
    let resumed: CollectingSubscription<EventMessage> | undefined;
    try {
      await publishRetailerChanges(stack, ids, 1, 'first');
      const [first] = events(await subscription.waitFor(1));
      // One commit of more events than the buffer holds: the tail hands them over at once.
      await publishRetailerChanges(stack, ids, BUFFER * 5, 'burst', BUFFER * 5);
      await subscription.ended;

      // Nothing of the burst was delivered. (Hive Gateway repeats the previous event's data
      // beside the error on the last message; docs/events.md tells clients to read errors first.)
      expect(new Set(events(subscription.received).map((event) => event.id))).toEqual(new Set([first.id]));
      const [[error]] = subscription.errors as GraphQLFormattedError[][];
      expect(error.extensions).toMatchObject({ code: 'SUBSCRIBER_TOO_SLOW', resumeAfter: first.cursor });
      expect(error.message).toContain(`after: "${first.cursor}"`);

      resumed = stack.gateway.subscribe<EventMessage>(ENVELOPE, { after: error.extensions!.resumeAfter });
      await resumed.waitFor(BUFFER * 5);
      expect(labelsOf(resumed.received)).toEqual(labels('burst', BUFFER * 5));
      expect(resumed.errors).toEqual([]);
    } finally {
      await Promise.all([subscription.close(), resumed?.close()]);
    }
  });
});
