#!/usr/bin/env bash
# Makes sure the PostgreSQL and Redis the tests use are up on loopback, starting this
# machine's own when they are not; says clearly what is missing otherwise. Tests never skip
# for want of them. TEST_POSTGRES_URL / TEST_REDIS_URL point elsewhere if set.
set -euo pipefail

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ -z "${TEST_POSTGRES_URL:-}" ] && ! listening 5432; then
  echo "PostgreSQL is not listening on 127.0.0.1:5432: starting the local cluster"
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  fi
  for _ in $(seq 1 30); do listening 5432 && break; sleep 1; done
  listening 5432 || {
    echo "error: the tests need PostgreSQL on 127.0.0.1:5432 with trust auth (or TEST_POSTGRES_URL)" >&2
    exit 1
  }
fi

if [ -z "${TEST_REDIS_URL:-}" ] && ! listening 6379; then
  echo "Redis is not listening on 127.0.0.1:6379: starting one that keeps nothing on disk"
  if command -v redis-server >/dev/null; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no || true
  fi
  for _ in $(seq 1 30); do listening 6379 && break; sleep 1; done
  listening 6379 || {
    echo "error: the tests need Redis on 127.0.0.1:6379 (or TEST_REDIS_URL)" >&2
    exit 1
  }
fi
echo "PostgreSQL and Redis are up"
