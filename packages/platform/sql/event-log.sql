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
