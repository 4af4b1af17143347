#!/bin/sh
# Runs once, when the primary's data folder is first made (docker-entrypoint-initdb.d): a role that may stream
# the write-ahead log, allowed to connect for replication with its password.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$REPLICATION_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo 'host replication replicator all scram-sha-256' >> "$PGDATA/pg_hba.conf"
