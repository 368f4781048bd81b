#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer on loopback, trying in order:
#   1. they already answer: use them;
#   2. a Docker engine answers: `docker compose up -d postgres redis`;
#   3. Debian's servers are installed: start them;
#   4. otherwise (as root): install them with apt-get, then start them.
# Ports come from DATABASE_URL / REDIS_URL when set, else 5432 / 6379. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

pg_port=$(sed -nE 's#^postgres(ql)?://[^/]*:([0-9]+)/.*#\2#p' <<<"${DATABASE_URL:-}")
pg_port=${pg_port:-5432}
redis_port=$(sed -nE 's#^rediss?://[^/]*:([0-9]+).*#\1#p' <<<"${REDIS_URL:-}")
redis_port=${redis_port:-6379}

log() { echo "services: $*" >&2; }

pg_answers() {
  # A PostgreSQL SSLRequest; the server answers one byte, S or N.
  (exec 3<>"/dev/tcp/127.0.0.1/$pg_port" && printf '\x00\x00\x00\x08\x04\xd2\x16\x2f' >&3 &&
    timeout 2 head -c1 <&3 | grep -q '[SN]') 2>/dev/null
}

redis_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$redis_port" && printf 'PING\r\n' >&3 &&
    timeout 2 head -c5 <&3 | grep -q '+PONG') 2>/dev/null
}

both_answer() { pg_answers && redis_answers; }

wait_for() {
  local what=$1 check=$2
  for _ in $(seq 1 60); do
    if $check; then return 0; fi
    sleep 0.5
  done
  log "$what does not answer on 127.0.0.1"
  return 1
}

start_debian_postgres() {
  command -v pg_ctlcluster >/dev/null || return 1
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n1)
    [ -n "$version" ] || return 1
    pg_createcluster "$version" main >/dev/null
  fi
  log "starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_for PostgreSQL pg_answers || return 1
  # A cluster this script started may want a password over TCP: give the development one.
  su postgres -c "psql -q -c \"ALTER ROLE postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 || true
}

start_debian_redis() {
  command -v redis-server >/dev/null || return 1
  log "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/motcua.log
  wait_for Redis redis_answers
}

install_debian_servers() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    log "PostgreSQL/Redis are not installed and this is not a root Debian shell: install them, or start Docker"
    return 1
  fi
  log "installing PostgreSQL and Redis with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql redis-server >/dev/null
}

if both_answer; then
  log "PostgreSQL on :$pg_port and Redis on :$redis_port answer"
  exit 0
fi

if command -v docker >/dev/null && timeout 5 docker info >/dev/null 2>&1; then
  log "starting PostgreSQL and Redis with docker compose"
  docker compose up -d postgres redis
  wait_for PostgreSQL pg_answers && wait_for Redis redis_answers && exit 0
fi

if ! pg_answers; then
  start_debian_postgres || { install_debian_servers && start_debian_postgres; }
fi
if ! redis_answers; then
  start_debian_redis || { install_debian_servers && start_debian_redis; }
fi

both_answer && log "PostgreSQL on :$pg_port and Redis on :$redis_port answer"
