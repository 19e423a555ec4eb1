#!/usr/bin/env bash
# Evidence: schemathesis (from PyPI) against the committed OpenAPI document, signed in as the
# demo director: every operation, generated and mutated inputs, stateful sequences. Checks:
# no 5xx, status codes and content types as documented, bodies matching their schemas.
#
#   scripts/evidence/hostile-input.sh [max-examples per operation, default 50]
#
# ISHENIM_EVIDENCE_REPORT=path keeps schemathesis's full report (every failure with a curl line).
#
# Needs Python 3 with venv (schemathesis is installed into target/evidence-venv), curl, jq.
set -euo pipefail
cd "$(dirname "$0")/../.."

examples=${1:-50}
bin=${ISHENIM_BIN:-target/debug/ishenim}
[ -x "$bin" ] || cargo build -q -p ishenim
venv=target/evidence-venv
[ -x "$venv/bin/schemathesis" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q schemathesis; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

port=$((20000 + RANDOM % 20000))
export ISHENIM_CONFIG=/nonexistent/ishenim.toml ISHENIM_DATA_DIR="$work/data" \
  ISHENIM_BIND="127.0.0.1:$port" ISHENIM_WEB_DIR=/nonexistent ISHENIM_RATE_LIMIT__ENABLED=false \
  RUST_LOG=warn
password=hostile-password
"$bin" seed-demo --password "$password" >/dev/null
"$bin" serve >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
token=$(curl -sf -H 'Content-Type: application/json' "http://127.0.0.1:$port/api/v1/auth/login" \
  -d "{\"login\": \"demo.director\", \"password\": \"$password\"}" | jq -r .access_token)

status=0
spec=$(pwd)/openapi/openapi.json
venv=$(cd "$venv" && pwd)
# Run from the temporary folder: schemathesis keeps its example database where it runs.
cd "$work"
"$venv/bin/schemathesis" run "$spec" -u "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $token" \
  -c all \
  -n "$examples" --workers 2 --suppress-health-check all \
  --phases examples,coverage,fuzzing,stateful >"$work/report.txt" 2>&1 || status=$?
sed -n '/SUMMARY/,$p' "$work/report.txt"
[ -z "${ISHENIM_EVIDENCE_REPORT:-}" ] || cp "$work/report.txt" "$ISHENIM_EVIDENCE_REPORT"
if grep -q "not_a_server_error\|Server error" "$work/report.txt"; then
  echo "5xx answers found" >&2
  status=1
fi
echo "server errors logged: $(grep -c '"level":"ERROR"\| ERROR ' "$work/server.log" || true)"
exit "$status"
