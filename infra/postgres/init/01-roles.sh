#!/usr/bin/env bash
# Runs once, on the first start of the postgres container with an empty data volume
# (the official image runs /docker-entrypoint-initdb.d/* only then). POSTGRES_DB
# (fieldloop) already exists at this point: the image created it.
#
# One login role per service, owning only its own schema. A service connects as its role,
# so it can read and write its schema and nothing else; it cannot create schemas or
# objects elsewhere. To add a service (visits, orders, complaints), add one line at the end.
#
# Passwords come from the container's environment (docker-compose.yml passes them from
# .env); they are handed to psql as variables and quoted by psql, never pasted into SQL.
set -euo pipefail

psql_admin() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" "$@"
}

# Lock the database down: nobody but the owner and the roles granted below may connect,
# and nobody may create objects in schema public (PostgreSQL 15+ already revokes the
# latter; stated here so an older image can't silently differ).
psql_admin --set=db="$POSTGRES_DB" <<'SQL'
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL

# Extensions the services' migrations use but their roles may not create (that needs CREATE
# on the database): pg_trgm for the trigram search indexes. In public, so every service's
# search_path finds its operator classes; the migrations' IF NOT EXISTS then does nothing.
psql_admin <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
SQL

# create_service_role SERVICE PASSWORD: role SERVICE_service, schema SERVICE owned by it.
create_service_role() {
  local service="$1" password="$2"
  if [[ -z "$password" ]]; then
    echo "01-roles.sh: no password given for the ${service} service" >&2
    exit 1
  fi
  psql_admin --set=db="$POSTGRES_DB" --set=role="${service}_service" \
    --set=schema="$service" --set=password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"role";
-- The schema is made here, owned by the role; the service finds it and creates nothing else.
CREATE SCHEMA IF NOT EXISTS :"schema" AUTHORIZATION :"role";
ALTER ROLE :"role" IN DATABASE :"db" SET search_path = :"schema";
-- The shared event log (00-event-log.sql): every service appends and reads, nothing more.
GRANT USAGE ON SCHEMA events TO :"role";
GRANT SELECT, INSERT ON events.event_log, events.audit_log TO :"role";
SQL
  echo "01-roles.sh: role ${service}_service owns schema ${service}"
}

create_service_role customers "${CUSTOMERS_DB_PASSWORD:?CUSTOMERS_DB_PASSWORD must be set}"
create_service_role visits "${VISITS_DB_PASSWORD:?VISITS_DB_PASSWORD must be set}"
create_service_role orders "${ORDERS_DB_PASSWORD:?ORDERS_DB_PASSWORD must be set}"
create_service_role complaints "${COMPLAINTS_DB_PASSWORD:?COMPLAINTS_DB_PASSWORD must be set}"
