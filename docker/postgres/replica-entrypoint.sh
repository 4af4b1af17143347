#!/bin/sh
# The streaming read replica: on its first start it copies the primary (pg_basebackup -R writes standby.signal and
# the connection to the primary, -C -S keeps a replication slot there so the log it still needs is kept), then it
# runs as a hot standby. Later starts find the copy and go on streaming.
set -eu
PGDATA=${PGDATA:-/var/lib/postgresql/18/docker}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -q -h "$PRIMARY_HOST" -U replicator; do sleep 1; done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres \
    pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream -C -S replica1
fi
exec gosu postgres postgres -D "$PGDATA" -c hot_standby=on
