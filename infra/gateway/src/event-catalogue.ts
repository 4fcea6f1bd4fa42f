import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SubgraphDefinition } from '@fieldloop/platform';
import { findRepositoryRoot } from '@fieldloop/platform/tooling';
import { z } from 'zod';
import { SUBGRAPHS } from './subgraphs';

export const EVENT_CATALOGUE_PATH = join(findRepositoryRoot(), 'docs', 'events.md');

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function describeType(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(describeType).join(' or ');
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(' \\| ');
  if (schema.type === 'array') return `list of ${describeType(schema.items ?? {})}`;
  if (schema.format === 'uuid') return 'id';
  return String(schema.type ?? 'any');
}

/** docs/events.md: every event, who publishes it, its payload, and who consumes it. */
export function renderEventCatalogue(subgraphs: SubgraphDefinition[]): string {
  const consumersOf = (type: string) =>
    subgraphs.flatMap((subgraph) =>
      (subgraph.consumers ?? [])
        .filter(
          (consumer) =>
            consumer.filter.types?.includes(type) ||
            (!consumer.filter.types && consumer.filter.sources?.some((source) => type.startsWith(`${source}.`))),
        )
        .map((consumer) => `${subgraph.name} (${consumer.name})`),
    );
  const lines = [
    '# Event catalogue',
    '',
    "Generated from the services' event and consumer declarations by `pnpm events:catalogue`;",
    'a test fails when this file is stale. Every event has the envelope `cursor` (its position in',
    'the log), `id`, `type`, `version`, `occurredAt`, `actor`, `refs` (the entities it is about) and',
    'the `payload` below. Subscribers reach them through the gateway (`<service>Events(after, types)`),',
    'services through durable consumers.',
    '',
    'A subscription replays the log after `after` in pages, then continues live. One that falls',
    'further behind than its buffer holds is ended with `SUBSCRIBER_TOO_SLOW` and',
    '`extensions.resumeAfter` (docs/errors.md): subscribe again with `after: resumeAfter` and nothing',
    "is lost or repeated. Read a message's `errors` before its `data`: on that last message the",
    "gateway repeats the previous event's data beside the error.",
    '',
    'Without a cursor, a subscription starts from now, or replays first: `since: <time>` (the first',
    'event that occurred at or after it), `last: N` (the newest N you may see, 1-1,000), or both (the',
    'later start wins: "today\'s events, at most the last 300"). With `markCaughtUp: true` one message',
    'with `caughtUp: true` (type `fieldloop.caught-up`, no entities) follows the replayed events and',
    'precedes the live ones, so a client knows when the past is in; its `cursor` is where to resume.',
    '',
    'A service declares each event with `defineEvent({ type, version, description, refs, payload })`',
    '(`refs` lists the entity types it names), publishes it in the transaction of the change with',
    "`publishEvent(manager, Event, { refs: [ref('Retailer', id)], payload })` (refs of other types do not",
    'compile), consumes others with `defineConsumer({ name, description, handlers: [on(Event, (payload,',
    '{ event, manager }) => …)] })` (the payload parsed by the event schema), and serves its',
    '`<service>Events` with `eventsSubscriptionResolver({ source, type, permission, exampleType })`',
    '(all from `@fieldloop/platform`).',
    '',
  ];
  for (const subgraph of subgraphs) {
    for (const event of subgraph.events ?? []) {
      const schema = z.toJSONSchema(event.payload, { unrepresentable: 'any' }) as JsonSchema;
      const required = new Set(schema.required ?? []);
      const consumers = consumersOf(event.type);
      lines.push(`## \`${event.type}\` (v${event.version})`, '', event.description, '');
      lines.push(`- Producer: ${subgraph.name}`);
      lines.push(`- Refers to: ${event.refs.length ? event.refs.join(', ') : 'nothing'}`);
      lines.push(`- Consumers: ${[...consumers, `\`${subgraph.name}Events\` subscription`].join('; ')}`, '');
      lines.push('| payload field | type | always there |', '|---|---|---|');
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        lines.push(`| \`${field}\` | ${describeType(property)} | ${required.has(field) ? 'yes' : 'no'} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (require.main === module) {
  writeFileSync(EVENT_CATALOGUE_PATH, renderEventCatalogue(SUBGRAPHS));
  console.log(`wrote ${EVENT_CATALOGUE_PATH}`);
}
