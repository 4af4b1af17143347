#!/bin/sh
# Starts the API. In a container DATABASE_URL is required: the embedded server is for
# development machines, not images (its binaries are an optional dependency left out here).
set -eu
if [ -z "${DATABASE_URL:-}" ]; then
  echo "entrypoint: DATABASE_URL must be set (postgres://user:password@host:5432/database)" >&2
  exit 64
fi
# exec: the app is PID 1's child no more, so SIGTERM from `docker stop` reaches it and it drains.
exec node dist/apps/api/apps/api/src/main.js "$@"
