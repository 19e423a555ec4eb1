#!/usr/bin/env bash
# Evidence: a server killed with SIGKILL at random moments loses nothing it acknowledged.
#
#   scripts/evidence/crash.sh sqlite     the embedded default, in a temporary data folder
#   scripts/evidence/crash.sh postgres   a fresh database crash_<random> on 127.0.0.1:5432
#
# Sixteen writers (CRASH_WRITERS) drop appeals at the server at once, so that drops are written
# in batches; after 1 to 3 seconds it is killed with `kill -9` and started again, five times. Then, five times, twenty more appeals are dropped, an
# opening is started, confirmed and signed, and the server is killed 0-80 ms after the last
# signature is sent (before or after its commit); started again, the opening must be signed
# or still open, and is finished if it was not. Afterwards every receipt the server answered with 201 must find its
# appeal, registration numbers must run 1..N without a gap or a repeat, and the journal and
# every audit chain must verify (`ishenim check`). Exits non-zero otherwise.
# Needs: the server binary (ISHENIM_BIN, default target/debug/ishenim), curl, jq; psql for
# PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."

kind=${1:-sqlite}
writers=${CRASH_WRITERS:-16}
bin=${ISHENIM_BIN:-target/debug/ishenim}
[ -x "$bin" ] || cargo build -q -p ishenim
work=$(mktemp -d)
database=
cleanup() {
  kill -9 "${server:-}" 2>/dev/null || true
  [ -n "$database" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

port=$((20000 + RANDOM % 20000))
export ISHENIM_CONFIG=/nonexistent/ishenim.toml ISHENIM_DATA_DIR="$work/data" \
  ISHENIM_BIND="127.0.0.1:$port" ISHENIM_WEB_DIR=/nonexistent ISHENIM_RATE_LIMIT__ENABLED=false \
  RUST_LOG=warn
if [ "$kind" = postgres ]; then
  database="crash_$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $database" >/dev/null
  export ISHENIM_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$database"
fi
api="http://127.0.0.1:$port/api/v1"
password=crash-password
"$bin" seed-demo --password "$password" >/dev/null

start() {
  "$bin" serve >>"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do
    curl -sf "$api/health" >/dev/null && return 0
    sleep 0.1
  done
  echo "the server did not start" >&2
  exit 1
}

writer() {
  local round=$1 id=$2 n=0
  while [ ! -e "$work/stop" ]; do
    n=$((n + 1))
    local body status
    body=$(curl -s -m 5 -o - -w '\n%{http_code}' -H 'Content-Type: application/json' "$api/appeals" \
      -d "{\"school\": \"school-31\", \"text\": \"Crash round $round writer $id appeal $n: the corridor lights are broken\", \"anonymous\": true}" || true)
    status=${body##*$'\n'}
    if [ "$status" = 201 ]; then
      printf '%s\n' "${body%$'\n'*}" | jq -r .receipt >>"$work/acknowledged.$id"
    fi
  done
}

rounds=5
for round in $(seq 1 $rounds); do
  start
  rm -f "$work/stop"
  for id in $(seq 1 "$writers"); do writer "$round" "$id" & done
  sleep "$((1 + RANDOM % 3)).$((RANDOM % 10))"
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  touch "$work/stop"
  wait
done

token() {
  curl -sf -H 'Content-Type: application/json' "$api/auth/login" \
    -d "{\"login\": \"$1\", \"password\": \"$password\"}" | jq -r .access_token
}
staff() { curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }

# Openings killed while they are being signed: the last signature is sent and the server is
# killed 0-80 ms later, so some kills come before its commit and some after; each restart
# must show the opening either still open (then it is signed again) or signed, never half.
openings=5
killed_before_commit=0
killed_after_commit=0
for attempt in $(seq 1 $openings); do
  start
  for n in $(seq 1 20); do
    body=$(curl -s -m 5 -H 'Content-Type: application/json' "$api/appeals" \
      -d "{\"school\": \"school-31\", \"text\": \"Opening $attempt appeal $n: the stairs are icy\", \"anonymous\": true}" || true)
    printf '%s\n' "$body" | jq -r '.receipt // empty' >>"$work/acknowledged.openings"
  done
  wg1=$(token demo.wg1); wg2=$(token demo.wg2); wg3=$(token demo.wg3)
  opening=$(staff "$wg1" "$api/box-openings" -d '{"school": "school-31"}' | jq -r .id)
  staff "$wg2" "$api/box-openings/$opening/confirmations" -d '{}' >/dev/null
  staff "$wg3" "$api/box-openings/$opening/confirmations" -d '{}' >/dev/null
  staff "$wg1" "$api/box-openings/$opening/sign" -d '{}' >/dev/null
  staff "$wg2" "$api/box-openings/$opening/sign" -d '{}' >/dev/null
  (staff "$wg3" "$api/box-openings/$opening/sign" -d '{}' >/dev/null 2>&1 || true) &
  sleep "0.$(printf '%03d' $((RANDOM % 80)))"
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  wait
  start
  wg1=$(token demo.wg1); wg2=$(token demo.wg2); wg3=$(token demo.wg3)
  state=$(staff "$wg1" "$api/box-openings/$opening" | jq -r .status)
  if [ "$state" = signed ]; then
    killed_after_commit=$((killed_after_commit + 1))
  else
    killed_before_commit=$((killed_before_commit + 1))
    for member in "$wg1" "$wg2" "$wg3"; do
      staff "$member" "$api/box-openings/$opening/sign" -d '{}' >/dev/null 2>&1 || true
    done
    state=$(staff "$wg1" "$api/box-openings/$opening" | jq -r .status)
    [ "$state" = signed ] || { echo "opening $attempt could not be signed after the restart: $state" >&2; exit 1; }
  fi
  kill "$server"; wait "$server" 2>/dev/null || true
done
start

acknowledged=$(cat "$work"/acknowledged.* 2>/dev/null | sort -u | wc -l)
found=0
while read -r receipt; do
  if curl -sf -H 'Content-Type: application/json' "$api/appeals/track" -d "{\"receipt\": \"$receipt\"}" >/dev/null; then
    found=$((found + 1))
  fi
done < <(cat "$work"/acknowledged.* 2>/dev/null | sort -u)

director=$(token demo.director)
numbers=$(staff "$director" "$api/journal?school=school-31&per_page=500" | jq -r '.total')
pages=$(( (numbers + 499) / 500 ))
: >"$work/numbers"
for page in $(seq 1 "$pages"); do
  staff "$director" "$api/journal?school=school-31&per_page=500&page=$page" | jq -r '.rows[].registration_number' >>"$work/numbers"
done
sequence=$(sed 's#.*/##' "$work/numbers" | sort -n)
distinct=$(printf '%s\n' "$sequence" | uniq | wc -l)
expected=$(seq 1 "$numbers" | tr '\n' ' ')
actual=$(printf '%s\n' "$sequence" | tr '\n' ' ')
journal=$(staff "$director" "$api/journal/verify?school=school-31" | jq -r .valid)
kill "$server"; wait "$server" 2>/dev/null || true
server=
check=ok
"$bin" check >"$work/check.json" 2>/dev/null || check=failed

echo "database:                    $kind"
echo "kills while dropping:        $rounds"
echo "acknowledged (201 receipts): $acknowledged"
echo "found afterwards:            $found"
echo "registered in the openings:  $numbers (numbers distinct: $distinct)"
echo "openings killed while signing: $openings ($killed_before_commit before the last signature's commit, $killed_after_commit after it)"
echo "numbers 1..N without gaps:   $([ "$expected" = "$actual" ] && echo yes || echo NO)"
echo "journal verifies:            $journal"
echo "ishenim check:               $check ($(jq -r '.sealed_opened' "$work/check.json") sealed texts opened, $(jq -r '.sealed_failed' "$work/check.json") failed)"
[ "$acknowledged" -gt 0 ] && [ "$found" -eq "$acknowledged" ] && [ "$expected" = "$actual" ] \
  && [ "$distinct" -eq "$numbers" ] && [ "$journal" = true ] && [ "$check" = ok ]
