import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent } from './event';

/** PostgreSQL channels: an outbox has rows to move; the log has new events. */
export const OUTBOX_CHANNEL = 'fieldloop_outbox';
export const EVENTS_CHANNEL = 'fieldloop_events';

/** Appends to the log are serialized under this lock so positions commit in order. */
const APPEND_LOCK = 727_001;

/**
 * The durable event log shared by all services: one ordered table, addressed by position.
 * It is infrastructure like a message broker, not a service's data, so it lives in its own
 * schema. Created by whichever service starts first; a service role that may not create
 * schemas finds it made by the database's init (PostgreSQL checks the right even for
 * IF NOT EXISTS, so we look first).
 */
export async function ensureEventLog(dataSource: DataSource): Promise<void> {
  // The file's last object: present means the whole file has run (it only ever grows).
  const [{ exists }] = await dataSource.query(`SELECT to_regclass('events.event_log_time_position') IS NOT NULL AS exists`);
  if (exists) return;
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK + 1]);
    // The same file docker-compose's database init runs.
    await manager.query(readFileSync(join(__dirname, '..', '..', 'sql', 'event-log.sql'), 'utf8'));
  });
}

interface EventRow {
  position: string;
  id: string;
  source: string;
  type: string;
  version: number;
  occurred_at: Date;
  actor: string | null;
  refs: DomainEvent['refs'];
  payload: Record<string, unknown>;
}

const toEvent = (row: EventRow): DomainEvent => ({
  position: String(row.position),
  id: row.id,
  source: row.source,
  type: row.type,
  version: row.version,
  occurredAt: row.occurred_at,
  actor: row.actor,
  refs: row.refs,
  payload: row.payload,
});

export interface EventFilter {
  sources?: string[];
  types?: string[];
  /** Only events that name one of these territories (a caller's scope); omit for all. */
  territories?: string[];
}

/** The same test as readEvents' WHERE clause, for events already in memory. */
export const matchesFilter = (event: DomainEvent, filter: EventFilter): boolean =>
  (!filter.sources?.length || filter.sources.includes(event.source)) &&
  (!filter.types?.length || filter.types.includes(event.type)) &&
  (!filter.territories || event.refs.some((ref) => ref.type === 'Territory' && filter.territories!.includes(ref.id)));

/** The WHERE conditions of a filter, numbered after the parameters already there. */
function filterConditions(filter: EventFilter, parameters: unknown[]): string[] {
  const conditions: string[] = [];
  if (filter.sources?.length) conditions.push(`source = ANY($${parameters.push(filter.sources)})`);
  if (filter.types?.length) conditions.push(`type = ANY($${parameters.push(filter.types)})`);
  if (filter.territories) {
    conditions.push(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(refs) AS ref WHERE ref->>'type' = 'Territory' AND ref->>'id' = ANY($${parameters.push(filter.territories)}))`,
    );
  }
  return conditions;
}

/** Events after a position, oldest first. */
export async function readEvents(
  db: DataSource | EntityManager,
  after: string,
  limit: number,
  filter: EventFilter = {},
): Promise<DomainEvent[]> {
  const parameters: unknown[] = [after, limit];
  const conditions = ['position > $1', ...filterConditions(filter, parameters)];
  const rows: EventRow[] = await db.query(
    `SELECT position, id, source, type, version, occurred_at, actor, refs, payload
       FROM events.event_log WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT $2`,
    parameters,
  );
  return rows.map(toEvent);
}

/** Where a replay that is not resumed from a cursor starts: from a time, the last N, or both. */
export interface ReplayStart {
  /** The first event that occurred at or after it. */
  since?: Date;
  /** At most this many of the newest events that pass the filter. */
  last?: number;
}

/**
 * The cursor to read after for a replay of `start`: the later of "just before the first event
 * since the time" and "just before the Nth newest event of the filter", so both together mean
 * "today's events, at most the last N". With no such event it is the head: from now.
 */
export async function cursorBefore(db: DataSource | EntityManager, start: ReplayStart, filter: EventFilter = {}): Promise<string> {
  const head = BigInt(await headPosition(db));
  let cursor = 0n;
  if (start.since) {
    // OFFSET 0 keeps PostgreSQL from turning MIN into a walk up the primary key from the log's
    // start; this way it reads only the rows since the time, from (occurred_at, position).
    const [row] = await db.query(
      'SELECT MIN(position) AS first FROM (SELECT position FROM events.event_log WHERE occurred_at >= $1 OFFSET 0) AS since',
      [start.since],
    );
    cursor = row.first === null ? head : BigInt(row.first) - 1n;
  }
  if (start.last) {
    const parameters: unknown[] = [start.last - 1];
    const conditions = filterConditions(filter, parameters);
    const [row] = await db.query(
      `SELECT position FROM events.event_log ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY position DESC OFFSET $1 LIMIT 1`,
      parameters,
    );
    const lastStart = row ? BigInt(row.position) - 1n : 0n;
    if (lastStart > cursor) cursor = lastStart;
  }
  return (cursor > head ? head : cursor).toString();
}

export async function headPosition(db: DataSource | EntityManager): Promise<string> {
  const [row] = await db.query('SELECT COALESCE(MAX(position), 0) AS head FROM events.event_log');
  return String(row.head);
}

/**
 * Moves a batch of committed outbox rows of one service into the log, in the order they were
 * written, and deletes them, in one transaction: a crash leaves them in one place or the
 * other, never both or neither. Returns how many moved.
 */
export async function moveOutboxToLog(dataSource: DataSource, schema: string, batchSize: number): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
    const moved: unknown[] = await manager.query(
      `WITH batch AS (
         DELETE FROM "${schema}".outbox
          WHERE id IN (SELECT id FROM "${schema}".outbox ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING *
       )
       INSERT INTO events.event_log (id, source, type, version, occurred_at, actor, refs, payload)
       SELECT id, $2, type, version, occurred_at, actor, refs, payload FROM batch ORDER BY sequence
       ON CONFLICT (id) DO NOTHING
       RETURNING position`,
      [batchSize, schema],
    );
    if (moved.length > 0) await manager.query(`SELECT pg_notify($1, '')`, [EVENTS_CHANNEL]);
    return moved.length;
  });
}
