#!/usr/bin/env bash
# Runs the browser tests against a real server on a fresh database.
#
#   tests/browser/run.sh sqlite     embedded SQLite in a temporary data folder
#   tests/browser/run.sh postgres   a fresh database e2e_<random> on 127.0.0.1:5432, dropped afterwards
#
# Anything after the kind goes to Playwright, e.g. one spec:
#   tests/browser/run.sh sqlite two-factor.spec.ts
#
# Environment:
#   ISHENIM_BIN              the server binary (default: target/debug/ishenim; a relative path
#                            is taken from the repository root)
#   ISHENIM_REQUIRE_BROWSER  1: fail when Chromium is missing, instead of skipping
#   ISHENIM_CHROMIUM         the browser (default: /usr/bin/chromium)
#   ISHENIM_E2E_PGHOST, ISHENIM_E2E_PGUSER, ISHENIM_E2E_PGPORT
#                            where the PostgreSQL test databases are made (127.0.0.1, postgres, 5432)
#
# Exits with Playwright's status.
set -euo pipefail

kind="${1:-}"
case "$kind" in
  sqlite | postgres) shift ;;
  *)
    echo "usage: $0 <sqlite|postgres> [playwright arguments…]" >&2
    exit 2
    ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

chromium="${ISHENIM_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
  if [[ "${ISHENIM_REQUIRE_BROWSER:-0}" == 1 ]]; then
    echo "browser tests: Chromium not found at $chromium (install it with 'apt-get install chromium')" >&2
    exit 1
  fi
  echo "SKIPPED browser tests: chromium not installed"
  exit 0
fi
export ISHENIM_CHROMIUM="$chromium"

bin="${ISHENIM_BIN:-target/debug/ishenim}"
[[ "$bin" == /* ]] || bin="$repo/$bin"
if [[ ! -x "$bin" ]]; then
  echo "browser tests: server binary not found at $bin (build it with 'cargo build', or set ISHENIM_BIN)" >&2
  exit 1
fi

# Playwright and its test code; the browser itself is the system's.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -d "$repo/tests/node_modules/@playwright/test" ]]; then
  (cd "$repo/tests" && npm ci --no-audit --no-fund)
fi
# The built web client the server serves.
if [[ ! -f "$repo/frontend/dist/index.html" ]]; then
  (cd "$repo/frontend" && { [[ -d node_modules ]] || npm ci --no-audit --no-fund; } && npm run build)
fi

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

data_dir="$(mktemp -d "${TMPDIR:-/tmp}/ishenim-e2e.XXXXXX")"
server_pid=""
database=""
pg_host="${ISHENIM_E2E_PGHOST:-127.0.0.1}"
pg_user="${ISHENIM_E2E_PGUSER:-postgres}"
pg_port="${ISHENIM_E2E_PGPORT:-5432}"

cleanup() {
  local status=$?
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ $status -ne 0 && -f "$data_dir/server.log" ]]; then
    echo "--- last lines of the server log ---" >&2
    tail -n 40 "$data_dir/server.log" >&2 || true
  fi
  if [[ -n "$database" ]]; then
    psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -q \
      -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null || true
  fi
  rm -rf "$data_dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export ISHENIM_DATA_DIR="$data_dir/data"
export ISHENIM_WEB_DIR="$repo/frontend/dist"
# Every test drops its own appeals and reads them back: the public routes' rate limits
# (on by default) would throttle a run that is faster than any person.
export ISHENIM_RATE_LIMIT__ENABLED=false
mkdir -p "$ISHENIM_DATA_DIR"

if [[ "$kind" == postgres ]]; then
  database="e2e_$(random_hex 8)"
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE DATABASE $database"
  export ISHENIM_DATABASE_URL="postgres://$pg_user@$pg_host:$pg_port/$database"
else
  # Unset: the server uses the SQLite file in its data folder.
  unset ISHENIM_DATABASE_URL
fi

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
export ISHENIM_BIND="127.0.0.1:$port"
url="http://127.0.0.1:$port"
password="$(random_hex 12)"

echo "browser tests on $kind: $url (data in $data_dir${database:+, database $database})"
"$bin" migrate
"$bin" seed-demo --password "$password"

"$bin" serve >"$data_dir/server.log" 2>&1 &
server_pid=$!

# Waits, while the server runs, at most `seconds` until the command after them succeeds.
wait_until() {
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "browser tests: the server stopped before $what" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "browser tests: gave up after $seconds s waiting until $what" >&2
      exit 1
    fi
    sleep 0.5
  done
}
health_answers() { curl -fsS -o /dev/null "$url/api/v1/health" 2>/dev/null; }
screening_ready() { curl -fsS "$url/api/v1/health" 2>/dev/null | grep -q '"screening_ready":true'; }

wait_until "it answered /api/v1/health" 60 health_answers
# The danger screen trains when the server starts (many seconds in an unoptimised build) and
# an appeal dropped before it is trained waits for it: the specs' time limits are for pages,
# not for that wait. /health says when it is trained.
wait_until "its danger screen was trained" 300 screening_ready

set +e
(cd "$repo/tests" && ISHENIM_E2E_URL="$url" ISHENIM_E2E_PASSWORD="$password" npx playwright test "$@")
status=$?
set -e
exit "$status"
