#!/usr/bin/env bash
# Every benchmark, one table. Builds the release server and the bench once, copies both aside
# (so that edits made meanwhile change nothing), runs scripts/bench/intake.sh (the drop
# endpoint vs pgbench, SQLite under load, the idle server) and each section of the
# box_and_journal bench in a process of its own (so that each peak RSS is that section's),
# then prints every figure beside its target. The figures are read from the runs' lines
# `BENCH name=value unit`. Needs wrk, pgbench and PostgreSQL (ISHENIM_BENCH_POSTGRES_URL,
# default postgres://postgres@127.0.0.1:5432). Exits non-zero when a run failed; a missed
# target is shown in the table, not as a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "# Ishenim benchmarks"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- machine: $(nproc) cores, $(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory, $(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
echo "- load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- revision: ${ISHENIM_BENCH_REVISION:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"

echo
echo "== build (release, once)"
cargo build --release -p ishenim
bench_exe=$(cargo bench -p ishenim --bench box_and_journal --no-run --message-format=json-render-diagnostics |
  sed -n 's/.*"executable":"\([^"]*box_and_journal[^"]*\)".*/\1/p' | tail -n 1)
[ -n "$bench_exe" ] || { echo "the bench was not built" >&2; exit 1; }
cp target/release/ishenim "$work/ishenim"
cp "$bench_exe" "$work/box_and_journal"

failed=()
# Runs a command, shows its output and keeps it in $work/NAME.txt.
run() {
  local name=$1
  shift
  echo
  echo "== $name"
  "$@" 2>&1 | tee "$work/$name.txt" || failed+=("$name")
}
# One section of the bench, from the package folder as `cargo bench` runs it.
section() {
  (cd "$root/backend" && "$work/box_and_journal" "$1" --bench)
}

run intake env ISHENIM_BENCH_BIN="$work/ishenim" scripts/bench/intake.sh
for name in opening journal-postgres journal-sqlite district; do
  run "$name" section "$name"
done

declare -A figures
while read -r _ pair _; do
  figures[${pair%%=*}]=${pair#*=}
done < <(cat "$work"/*.txt | grep '^BENCH ' || true)

# The figure NAME, or "?" when the run did not give it.
f() { echo "${figures[$1]:-?}"; }
# 12345 -> 12,345
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
# Whether every condition holds; each is "VALUE OP LIMIT" (OP one of < <= >= ==).
met() {
  local condition value op limit
  for condition in "$@"; do
    read -r value op limit <<<"$condition"
    if ! [[ $value =~ ^[0-9.]+$ && $limit =~ ^[0-9.]+$ ]]; then
      echo "not measured"
      return
    fi
    if ! awk -v a="$value" -v b="$limit" -v op="$op" \
      'BEGIN { exit !((op == "<" && a < b) || (op == "<=" && a <= b) || (op == ">=" && a >= b) || (op == "==" && a == b)) }'; then
      echo "**no**"
      return
    fi
  done
  echo "yes"
}
double() { awk -v a="$1" 'BEGIN { if (a ~ /^[0-9.]+$/) print 2 * a; else print "?" }'; }

clients=$(f clients)
rows=(
  "| pgbench ceiling: one-row INSERT transactions, $clients clients, $(f seconds) s | $(thousands "$(f pgbench_tps)") tx/s | — | — |"
  "| drop endpoint on PostgreSQL, $clients clients | $(thousands "$(f pg_drop_rps)") req/s = $(f pg_drop_share)% of the ceiling | ≥ 100% of the ceiling | $(met "$(f pg_drop_share) >= 100") |"
  "| drop endpoint on PostgreSQL, p50 / p99 latency | $(f pg_drop_p50) / $(f pg_drop_p99) ms | p99 ≤ 20 ms | $(met "$(f pg_drop_p99) <= 20") |"
  "| drop endpoint on PostgreSQL, errors | $(f pg_drop_errors) | 0 | $(met "$(f pg_drop_errors) == 0") |"
  "| server peak RSS under that load (server process, VmHWM) | $(f pg_server_peak_rss) MB | < 150 MB | $(met "$(f pg_server_peak_rss) < 150") |"
  "| drop endpoint on PostgreSQL with the box protected (sealed to the box key, HPKE), $clients clients | $(thousands "$(f pg_box_drop_rps)") req/s = $(f pg_box_drop_share)% of the data-key figure, p99 $(f pg_box_drop_p99) ms, $(f pg_box_drop_errors) errors | ≥ 90% of the data-key figure, no error | $(met "$(f pg_box_drop_share) >= 90" "$(f pg_box_drop_errors) == 0") |"
  "| drop endpoint on SQLite (embedded default), $clients clients | $(thousands "$(f sqlite_drop_rps)") req/s, p50 / p99 $(f sqlite_drop_p50) / $(f sqlite_drop_p99) ms, $(f sqlite_drop_errors) errors; server peak RSS $(f sqlite_server_peak_rss) MB (server process, VmHWM) | ≥ 5,000 req/s, p99 ≤ 30 ms, no error; < 150 MB | $(met "$(f sqlite_drop_rps) >= 5000" "$(f sqlite_drop_p99) <= 30" "$(f sqlite_drop_errors) == 0" "$(f sqlite_server_peak_rss) < 150") |"
  "| opening of 10,000 sealed appeals (retrieve, sign, register), PostgreSQL | $(f opening_10k) s (bench process peak RSS $(f opening_peak_rss) MB: server, client and the prepared appeals in one process) | ≤ 5 s | $(met "$(f opening_10k) <= 5") |"
  "| opening of 10,000 appeals sealed to the box key (three passphrases typed, retrieve, sign, register), PostgreSQL | $(f box_opening_10k) s | ≤ 5 s | $(met "$(f box_opening_10k) <= 5") |"
  "| journal verification, 1,000,000 entries, PostgreSQL | $(f journal_postgres_1m) s; bench process peak RSS $(f journal_postgres_rss_100k) MB at 100k, $(f journal_postgres_rss_1m) MB at 1M | ≤ 2 s; flat memory (peak at 1M < 2× peak at 100k) | $(met "$(f journal_postgres_1m) <= 2" "$(f journal_postgres_rss_1m) < $(double "$(f journal_postgres_rss_100k)")") |"
  "| journal verification, 1,000,000 entries, SQLite | $(f journal_sqlite_1m) s; bench process peak RSS $(f journal_sqlite_rss_100k) MB at 100k, $(f journal_sqlite_rss_1m) MB at 1M | ≤ 2 s; flat memory (peak at 1M < 2× peak at 100k) | $(met "$(f journal_sqlite_1m) <= 2" "$(f journal_sqlite_rss_1m) < $(double "$(f journal_sqlite_rss_100k)")") |"
  "| district view: 100 schools, 1,000,000 appeals, PostgreSQL | $(f district_view) ms | ≤ 500 ms | $(met "$(f district_view) <= 500") |"
  "| district month's aggregate: 100 schools, 1,000,000 appeals, PostgreSQL | $(f district_aggregate) ms | ≤ 500 ms | $(met "$(f district_aggregate) <= 500") |"
  "| idle server (release build, SQLite; server process, VmRSS) | $(f idle_server_rss) MB | — | — |"
)

echo
echo "## Results"
echo
echo "| benchmark | result | target | met? |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Server RSS is read from the server process's /proc/<pid>/status: VmHWM right after wrk"
echo "stops, VmRSS 2 s after an idle start. The opening and the journal run inside the bench"
echo "process (one process per section), whose own VmHWM is given; at 100k and 1M it includes"
echo "writing the journal as well as verifying it. wrk, pgbench and the database run on the same"
echo "machine as the server. The drops carry an Idempotency-Key each, as the public page sends."
echo "Flame graphs of the server under each drop load (a profiled run after the measured one):"
echo "$(ls "${BENCH_OUT:-$root/target/bench}"/flame-* 2>/dev/null | tr '\n' ' ')"
missed=$(printf '%s\n' "${rows[@]}" | grep -c -e '| \*\*no\*\* |$' -e '| not measured |$' || true)
echo
echo "Targets missed or not measured: $missed. Finished $(date -u '+%Y-%m-%d %H:%M UTC')."
if [ "${#failed[@]}" -gt 0 ]; then
  echo "Failed runs: ${failed[*]}" >&2
  exit 1
fi
