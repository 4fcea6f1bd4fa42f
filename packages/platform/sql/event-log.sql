-- The durable event log shared by every service (see packages/platform/src/events).
-- Applied by the first service that starts (ensureEventLog) or, in docker-compose, by the
-- database's init scripts before any restricted service role connects.
CREATE SCHEMA IF NOT EXISTS events;
CREATE TABLE IF NOT EXISTS events.event_log (
  position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  source text NOT NULL,
  type text NOT NULL,
  version int NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  actor text,
  refs jsonb NOT NULL,
  payload jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS event_log_source_position ON events.event_log (source, position);
-- Finding recent events of one type (ended sessions, at every start).
CREATE INDEX IF NOT EXISTS event_log_type_time ON events.event_log (type, occurred_at);

-- Every mutation any service served, with its outcome (packages/platform/src/audit): who,
-- in which role, what, on which ids, when, and whether it worked. Failed attempts too.
CREATE TABLE IF NOT EXISTS events.audit_log (
  position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  service text NOT NULL,
  actor text,
  role text,
  operation text NOT NULL,
  target_ids text[] NOT NULL DEFAULT '{}',
  outcome text NOT NULL,
  error_code text,
  request_id text
);
CREATE INDEX IF NOT EXISTS audit_log_actor ON events.audit_log (actor, position);

-- Where a replay "since a time" starts (cursorBefore): the first position at or after it.
-- Kept last: ensureEventLog takes its presence to mean the whole file has run.
CREATE INDEX IF NOT EXISTS event_log_time_position ON events.event_log (occurred_at, position);
