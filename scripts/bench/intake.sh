#!/usr/bin/env bash
# The drop endpoint under 32 concurrent clients, on PostgreSQL beside pgbench's ceiling for
# one-row transactions with the same durability and the same number of clients, on PostgreSQL
# again with the school's box protected (drops sealed to the box key with HPKE), and on the
# embedded SQLite default, and the idle server's memory. Prints one table, and each figure as
# a line `BENCH name=value unit` for scripts/bench/all.sh. Needs wrk and pgbench. With perf on the
# machine, the server is profiled under each load and a flame graph is saved in BENCH_OUT
# (default target/bench): flame-postgres.svg and flame-sqlite.svg with inferno
# (`cargo install inferno`), else the top of `perf report` as flame-*.txt.
# ISHENIM_BENCH_BIN names an already built server binary (then nothing is built).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
clients=${BENCH_CLIENTS:-32}
seconds=${BENCH_SECONDS:-15}
pg=${ISHENIM_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
bin=${ISHENIM_BENCH_BIN:-$root/target/release/ishenim}
out=${BENCH_OUT:-$root/target/bench}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is needed (postgresql-client)" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed: apt-get install jq" >&2; exit 1; }
[ -n "${ISHENIM_BENCH_BIN:-}" ] || cargo build --release -q -p ishenim

work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS ishenim_bench WITH (FORCE)" >/dev/null 2>&1 || true
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS ishenim_bench_ceiling WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the server on a database, creates the bench school, sets $server_pid and $port.
start_server() {
  local data=$1 url=$2
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  export ISHENIM_DATA_DIR=$data ISHENIM_BIND=127.0.0.1:$port ISHENIM_RATE_LIMIT__ENABLED=false RUST_LOG=warn
  if [ -n "$url" ]; then export ISHENIM_DATABASE_URL=$url; else unset ISHENIM_DATABASE_URL; fi
  "$bin" district create --slug bench-district --name "Bench district" >/dev/null
  "$bin" school create --slug bench-school --name "Bench school" --district bench-district >/dev/null
  "$bin" serve >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; then
      # The memory figures are read from /proc/$server_pid: it must be the server itself.
      [ "$(readlink "/proc/$server_pid/exe")" = "$(readlink -f "$bin")" ] && return 0
      echo "process $server_pid is not the server" >&2; exit 1
    fi
    sleep 0.1
  done
  echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 1
}

# Gives the bench school's box its own key: three working-group members (the school's quorum)
# choose their own passwords and set box passphrases; drops are then sealed to the box key
# (HPKE) instead of the data key.
protect_box() {
  local api="http://127.0.0.1:$port/api/v1" n token
  json() { curl -fsS -H 'content-type: application/json' "$@"; }
  for n in 1 2 3; do
    echo "first password of member $n" | "$bin" staff create --login "bench.wg$n" --full-name "Member $n" \
      --position Teacher --school bench-school --role working_group --password-stdin >/dev/null
    token=$(json "$api/auth/login" -d "{\"login\":\"bench.wg$n\",\"password\":\"first password of member $n\"}" | jq -r .access_token)
    json -H "authorization: Bearer $token" "$api/me/password" \
      -d "{\"current_password\":\"first password of member $n\",\"new_password\":\"own password of member $n\"}" >/dev/null
    token=$(json "$api/auth/login" -d "{\"login\":\"bench.wg$n\",\"password\":\"own password of member $n\"}" | jq -r .access_token)
    json -H "authorization: Bearer $token" "$api/me/box-key" -d "{\"passphrase\":\"the box passphrase of member $n\"}" >/dev/null
  done
  [ "$(curl -fsS -H "authorization: Bearer $token" "$api/schools/bench-school/box-key" | jq -r .protected)" = true ] ||
    { echo "the bench school's box has no key of its own" >&2; exit 1; }
}

stop_server() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
}

# A percentile of wrk's latency distribution, in ms.
latency() {
  awk -v p="$1" '$1==p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' "$work/wrk.txt"
}

# After a measured run, profiles the server under the same load for a few seconds more (so that
# the profiler does not weigh on the figures); writes $out/flame-NAME.svg, or .txt without
# inferno.
flame() {
  local name=$1
  command -v perf >/dev/null || return 0
  wrk -t2 -c"$clients" -d8s -s scripts/bench/drop-appeal.lua \
    "http://127.0.0.1:$port/api/v1/appeals" >/dev/null &
  local load=$!
  sleep 1
  perf record -q -F 99 --call-graph dwarf,16384 -p "$server_pid" -o "$work/perf-$name.data" \
    -- sleep 5 >/dev/null 2>&1 || true
  wait "$load" || true
  [ -s "$work/perf-$name.data" ] || return 0
  if command -v inferno-collapse-perf >/dev/null && command -v inferno-flamegraph >/dev/null; then
    perf script -i "$work/perf-$name.data" 2>/dev/null | inferno-collapse-perf |
      inferno-flamegraph --title "drop endpoint, $name, $clients clients" >"$out/flame-$name.svg"
  else
    perf report -i "$work/perf-$name.data" --stdio --no-children --percent-limit 1 2>/dev/null |
      head -n 400 >"$out/flame-$name.txt"
  fi
}

# Runs wrk against the drop endpoint; prints "rps p50_ms p99_ms errors peak_rss_mb".
drive() {
  curl -fsS -XPOST -H 'content-type: application/json' "http://127.0.0.1:$port/api/v1/appeals" \
    -d '{"school":"bench-school","anonymous":true,"text":"warm-up"}' >/dev/null
  wrk -t2 -c"$clients" -d"${seconds}s" --latency -s scripts/bench/drop-appeal.lua \
    "http://127.0.0.1:$port/api/v1/appeals" >"$work/wrk.txt"
  local rps p50 p99 errors rss
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(latency 50%)
  p99=$(latency 99%)
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {for(i=3;i<=NF;i++) if ($i ~ /^[0-9]+,?$/) {gsub(",","",$i); n+=$i}} END {print n+0}' "$work/wrk.txt")
  rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status")
  echo "$rps $p50 $p99 $errors $rss"
}

echo "PostgreSQL ceiling: pgbench, $clients clients, ${seconds}s, one INSERT per transaction"
psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS ishenim_bench_ceiling WITH (FORCE)" >/dev/null
psql "$pg/postgres" -qc "CREATE DATABASE ishenim_bench_ceiling" >/dev/null
psql "$pg/ishenim_bench_ceiling" -qc "CREATE TABLE bench_appeal (id uuid PRIMARY KEY, school_id uuid NOT NULL, submitted_on date NOT NULL, sealed_content bytea NOT NULL)" >/dev/null
ceiling=$(pgbench -n -c "$clients" -j 2 -T "$seconds" -f scripts/bench/pgbench-insert.sql "$pg/ishenim_bench_ceiling" 2>/dev/null |
  awk '/^tps/ {print $3}')

echo "Drop endpoint on PostgreSQL"
psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS ishenim_bench WITH (FORCE)" >/dev/null
psql "$pg/postgres" -qc "CREATE DATABASE ishenim_bench" >/dev/null
mkdir -p "$work/pg"
start_server "$work/pg" "$pg/ishenim_bench"
read -r pg_rps pg_p50 pg_p99 pg_errors pg_rss < <(drive)
flame postgres
stop_server

echo "Drop endpoint on PostgreSQL, sealed to the box key (HPKE)"
psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS ishenim_bench WITH (FORCE)" >/dev/null
psql "$pg/postgres" -qc "CREATE DATABASE ishenim_bench" >/dev/null
mkdir -p "$work/pg-box"
start_server "$work/pg-box" "$pg/ishenim_bench"
protect_box
read -r box_rps box_p50 box_p99 box_errors box_rss < <(drive)
stop_server

echo "Drop endpoint on SQLite (embedded default)"
mkdir -p "$work/sqlite"
start_server "$work/sqlite" ""
sleep 2
idle_rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status")
read -r sq_rps sq_p50 sq_p99 sq_errors sq_rss < <(drive)
flame sqlite
stop_server

share=$(awk -v a="$pg_rps" -v b="$ceiling" 'BEGIN {printf "%.0f", 100*a/b}')
box_share=$(awk -v a="$box_rps" -v b="$pg_rps" 'BEGIN {printf "%.0f", 100*a/b}')
echo
echo "| benchmark ($clients clients, ${seconds}s) | result | target |"
echo "| --- | --- | --- |"
echo "| pgbench ceiling, one-row transactions | ${ceiling%.*} tx/s | — |"
echo "| drop endpoint on PostgreSQL | ${pg_rps%.*} req/s = ${share}% of the ceiling | ≥ 100% |"
echo "| drop endpoint on PostgreSQL, p50 / p99 latency | ${pg_p50} / ${pg_p99} ms | p99 ≤ 20 ms |"
echo "| drop endpoint on PostgreSQL, errors | ${pg_errors} | 0 |"
echo "| server peak RSS on PostgreSQL | ${pg_rss} MB | < 150 MB |"
echo "| drop endpoint on PostgreSQL, sealed to the box key (HPKE) | ${box_rps%.*} req/s = ${box_share}% of the data-key figure, p50 / p99 ${box_p50} / ${box_p99} ms, ${box_errors} errors | ≥ 90% |"
echo "| drop endpoint on SQLite | ${sq_rps%.*} req/s, p50 / p99 ${sq_p50} / ${sq_p99} ms | ≥ 5,000 req/s, p99 ≤ 30 ms |"
echo "| drop endpoint on SQLite, errors | ${sq_errors} | 0 |"
echo "| server peak RSS on SQLite | ${sq_rss} MB | < 150 MB |"
echo "| idle server RSS (SQLite) | ${idle_rss} MB | — |"
echo
echo "BENCH clients=$clients clients"
echo "BENCH seconds=$seconds s"
echo "BENCH pgbench_tps=${ceiling%.*} tx/s"
echo "BENCH pg_drop_rps=${pg_rps%.*} req/s"
echo "BENCH pg_drop_share=$share %"
echo "BENCH pg_drop_p50=$pg_p50 ms"
echo "BENCH pg_drop_p99=$pg_p99 ms"
echo "BENCH pg_drop_errors=$pg_errors errors"
echo "BENCH pg_server_peak_rss=$pg_rss MB"
echo "BENCH pg_box_drop_rps=${box_rps%.*} req/s"
echo "BENCH pg_box_drop_share=$box_share %"
echo "BENCH pg_box_drop_p99=$box_p99 ms"
echo "BENCH pg_box_drop_errors=$box_errors errors"
echo "BENCH sqlite_drop_rps=${sq_rps%.*} req/s"
echo "BENCH sqlite_drop_p50=$sq_p50 ms"
echo "BENCH sqlite_drop_p99=$sq_p99 ms"
echo "BENCH sqlite_drop_errors=$sq_errors errors"
echo "BENCH sqlite_server_peak_rss=$sq_rss MB"
echo "BENCH idle_server_rss=$idle_rss MB"
