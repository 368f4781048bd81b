#!/usr/bin/env bash
# npm start: dependencies, PostgreSQL and Redis, build, migrate; the worker and the api in the background until
# both answer /health; the demo once (DEMO=0 skips it); then both kept in the foreground until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

# A setting as the processes will read it: the environment, else .env, else .env.defaults, else `fallback`.
setting() {
  local name=$1 fallback=$2 value=${!1:-}
  if [ -z "$value" ]; then
    value=$(sed -nE "s/^[[:space:]]*${name}=[\"']?([^\"'#[:space:]]*).*$/\1/p" .env .env.defaults 2>/dev/null |
      head -n1 || true)
  fi
  echo "${value:-$fallback}"
}

# npm start is the development and demo start: it says so, unless the environment or .env says otherwise (demo).
# A process started any other way without NODE_ENV refuses to run on the published sample secrets.
NODE_ENV=$(setting NODE_ENV development)
export NODE_ENV

# Polls `url` until it answers 200; gives up when `pid` exits or after two minutes.
await_health() {
  local name=$1 pid=$2 url=$3
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "start: the $name exited during start-up; its log is above" >&2
      return 1
    fi
    if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url"; then
      return 0
    fi
    sleep 0.5
  done
  echo "start: the $name did not answer $url within two minutes" >&2
  return 1
}

bash scripts/ensure-deps.sh
bash scripts/services.sh
npm run --silent build
node dist/scripts/migrate.js

# Electronic results are signed with the agency's PKCS#12 (SIGNING_P12_PATH); the demo makes a self-signed one.
if [ -z "$(setting SIGNING_P12_PATH '')" ] && [ "$NODE_ENV" != production ]; then
  export SIGNING_P12_PATH=var/signing/demo.p12
  export SIGNING_P12_PASSWORD=motcua-demo-signing
  node dist/scripts/demo-signing.js "$SIGNING_P12_PATH"
fi

api_url="http://127.0.0.1:$(setting API_PORT 3000)"
worker_url="http://127.0.0.1:$(setting WORKER_PORT 3001)"

pids=()
stop() {
  trap - EXIT
  if [ ${#pids[@]} -gt 0 ]; then kill "${pids[@]}" 2>/dev/null || true; fi
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

node dist/apps/worker/src/main.js &
pids+=($!)
node dist/apps/api/src/main.js &
pids+=($!)
await_health worker "${pids[0]}" "$worker_url/health"
await_health api "${pids[1]}" "$api_url/health"

export DEMO_API_URL=${DEMO_API_URL:-$api_url}
if [ "${DEMO:-1}" != 0 ]; then
  echo "start: filling the api with sample dossiers (DEMO=0 skips this)" >&2
  node dist/apps/demo/src/main.js ||
    echo "start: the demo reported problems (above); the service keeps running" >&2
else
  node dist/apps/demo/src/main.js logins || true
fi
echo
echo "motcua is running: console $api_url/, api $api_url/api/v1, docs $api_url/docs, worker $worker_url/health. Ctrl-C stops both."

interrupted=
trap 'interrupted=1' INT TERM
status=0
wait -n "${pids[@]}" || status=$?
if [ -n "$interrupted" ]; then
  echo "start: stopping" >&2
  exit 130
fi
echo "start: a process exited (status $status); stopping the other" >&2
exit "$status"
