#!/usr/bin/env bash
# Evidence: cargo-fuzz (libFuzzer) on the screening normaliser and the receipt parser. Each
# target asserts the properties its functions document (see backend/fuzz/fuzz_targets/):
# no panic, normalising twice is normalising once, every reported obscene word is in the
# text, a parsed receipt round-trips through its shown form, and more.
#
#   scripts/evidence/fuzz.sh                                  both targets, 300 s each
#   FUZZ_SECONDS=60 scripts/evidence/fuzz.sh receipt_parser   one target, one minute
#
# Needs the nightly toolchain (`cargo +nightly`: cargo-fuzz builds with flags only nightly
# takes); installs cargo-fuzz from crates.io when it is missing. Built without a sanitizer:
# the code under test is safe Rust (`unsafe_code = "forbid"`), so AddressSanitizer would
# only halve the executions. Each run starts from a fresh copy of the committed seeds
# (backend/fuzz/corpus/<target>) in backend/fuzz/target/corpus-run/<target>, so the
# working tree stays clean; a crashing input is kept in backend/fuzz/artifacts/<target>
# (ignored by git) and the log in backend/fuzz/target/fuzz-logs/<target>.log.
# Prints per target the seconds run, executions, corpus size and findings; exits non-zero
# if any target found a crash or a timeout.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-300}
if [ $# -gt 0 ]; then targets=("$@"); else targets=(screening_normaliser receipt_parser); fi
fuzz=$(pwd)/backend/fuzz
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
for target in "${targets[@]}"; do
  (cd backend && cargo +nightly fuzz build -s none "$target")
done

max_len() { case $1 in receipt_parser) echo 256 ;; *) echo 4096 ;; esac; }

status=0
summary=()
for target in "${targets[@]}"; do
  corpus=$fuzz/target/corpus-run/$target
  artifacts=$fuzz/artifacts/$target
  log=$fuzz/target/fuzz-logs/$target.log
  rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  cp "$fuzz/corpus/$target"/* "$corpus/"
  stamp=$fuzz/target/fuzz-logs/$target.started
  touch "$stamp"
  started=$(date +%s)
  outcome=0
  (cd backend && cargo +nightly fuzz run -s none "$target" "$corpus" -- \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 \
    -print_final_stats=1) >"$log" 2>&1 || outcome=$?
  ran=$(($(date +%s) - started))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$executions" ] || executions=$(sed -n 's/^#\([0-9]*\)[[:space:]]*DONE.*/\1/p' "$log" | tail -1)
  entries=$(find "$corpus" -type f | wc -l)
  bytes=$(du -sb "$corpus" | cut -f1)
  found=$(find "$artifacts" -type f -newer "$stamp")
  findings=$(printf '%s' "$found" | grep -c . || true)
  rm -f "$stamp"
  if [ "$findings" -gt 0 ] || [ "$outcome" -ne 0 ]; then
    status=1
    echo "== $target (log: $log):" >&2
    grep -E -A3 -m2 'panicked at|ERROR: libFuzzer|ALARM' "$log" | cut -c1-300 >&2 || tail -5 "$log" >&2
    printf '%s\n' "$found" | while read -r input; do
      [ -z "$input" ] || echo "  reproduce (in backend/): cargo +nightly fuzz run -s none $target $input" >&2
    done
  fi
  summary+=("$(printf '%-22s %6s s %12s executions %6s corpus entries (%s bytes) %3s findings' \
    "$target" "$ran" "${executions:-?}" "$entries" "$bytes" "$findings")")
done

echo "fuzzing, FUZZ_SECONDS=$seconds per target:"
printf '%s\n' "${summary[@]}"
exit "$status"
