#!/usr/bin/env bash
# Evidence: after a full scenario, neither the database files, nor the server's log (at
# RUST_LOG=trace), nor a backup holds a writer's address, user agent, receipt, name, phone,
# the appeal's text or the moment it was dropped, and the database keeps no order of the drops.
#
#   scripts/evidence/anonymity.sh          on the embedded SQLite default
#
# The scenario: an anonymous appeal and a signed one dropped from 127.0.0.77 with a marker
# user agent, the receipt used to follow it and to reply, an opening by three working-group
# members signed, the director reading the case, a backup taken while the server runs.
# Prints what was searched and what was found; exits non-zero if anything was.
# Needs: the server binary (ISHENIM_BIN, default target/debug/ishenim), curl, jq, sqlite3,
# python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${ISHENIM_BIN:-target/debug/ishenim}
[ -x "$bin" ] || cargo build -q -p ishenim
work=$(mktemp -d)
[ -z "${ANONYMITY_KEEP:-}" ] || echo "kept in $work"
trap 'kill "${server:-}" 2>/dev/null || true; [ -n "${ANONYMITY_KEEP:-}" ] || rm -rf "$work"' EXIT

port=$((20000 + RANDOM % 20000))
marker=$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')
text="ANONYMITY-TEXT-$marker: the older boys take my lunch money"
signed_text="ANONYMITY-SIGNED-$marker: the gym roof leaks"
name="Marker Name $marker"
phone="+99655$((1000000 + RANDOM % 8999999))"
agent="Marker-Agent-$marker"
address=127.0.0.77

export ISHENIM_CONFIG=/nonexistent/ishenim.toml ISHENIM_DATA_DIR="$work/data" \
  ISHENIM_BIND="127.0.0.1:$port" ISHENIM_WEB_DIR=/nonexistent RUST_LOG=trace \
  ISHENIM_LOG_FORMAT=json ISHENIM_RATE_LIMIT__ENABLED=false
password=evidence-password
"$bin" seed-demo --password "$password" >/dev/null 2>>"$work/server.log"
"$bin" serve >>"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break
  sleep 0.2
done

api="http://127.0.0.1:$port/api/v1"
public() { curl -sf --interface "$address" -A "$agent" -H 'Content-Type: application/json' "$@"; }
staff() { curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
token() {
  curl -sf -H 'Content-Type: application/json' "$api/auth/login" \
    -d "{\"login\": \"$1\", \"password\": \"$password\"}" | jq -r .access_token
}

# The anonymous drop is made at a moment kept apart from everything else the scenario does,
# so that any trace of that moment (to the second, in any usual spelling) is the drop's.
sleep 2
drop_from=$(date -u +%s)
receipt=$(public "$api/appeals" -d "$(jq -n --arg text "$text" '{school: "school-31", text: $text, anonymous: true}')" | jq -r .receipt)
drop_to=$(date -u +%s)
sleep 2
public "$api/appeals" -d "$(jq -n --arg text "$signed_text" --arg name "$name" --arg phone "$phone" \
  '{school: "school-31", text: $text, anonymous: false, submitter: {name: $name, kind: "parent", phone: $phone}}')" >/dev/null
public "$api/appeals/track" -d "{\"receipt\": \"$receipt\"}" >/dev/null
public "$api/appeals/track/messages" -d "{\"receipt\": \"$receipt\", \"text\": \"ANONYMITY-REPLY-$marker\"}" >/dev/null

# Order: twenty more anonymous drops one after the other, each one's row found as it lands;
# later the table's stored order is compared with the order they were made in.
db="$work/data/ishenim.sqlite3"
ids_now() { sqlite3 "file:$db?mode=ro" "SELECT lower(hex(id)) FROM appeal" | sort; }
: >"$work/drop-order"
for n in $(seq 1 20); do
  before=$(ids_now)
  public "$api/appeals" -d "{\"school\": \"school-31\", \"text\": \"The corridor lamp, note $n\", \"anonymous\": true}" >/dev/null
  comm -13 <(echo "$before") <(ids_now) >>"$work/drop-order"
done

wg1=$(token demo.wg1); wg2=$(token demo.wg2); wg3=$(token demo.wg3); director=$(token demo.director)
opening=$(staff "$wg1" "$api/box-openings" -d '{"school": "school-31"}' | jq -r .id)
for member in "$wg2" "$wg3"; do staff "$member" "$api/box-openings/$opening/confirmations" -d '{}' >/dev/null; done
staff "$wg1" "$api/box-openings/$opening/appeals" >/dev/null
for member in "$wg1" "$wg2" "$wg3"; do staff "$member" "$api/box-openings/$opening/sign" -d '{}' >/dev/null; done
for case in $(staff "$director" "$api/cases?school=school-31" | jq -r '.items[].id'); do
  staff "$director" "$api/cases/$case" >/dev/null
done

"$bin" backup --output "$work/backup" >/dev/null 2>>"$work/server.log"
kill "$server"; wait "$server" 2>/dev/null || true
server=

found=0
printf '%-22s %-16s %s\n' "searched" "for" "found"
for artifact in data backup server.log; do
  for label in text signed-text reply name phone receipt user-agent address; do
    case $label in
      text) needle=$text ;;
      signed-text) needle=$signed_text ;;
      reply) needle="ANONYMITY-REPLY-$marker" ;;
      name) needle=$name ;;
      phone) needle=$phone ;;
      receipt) needle=$receipt ;;
      user-agent) needle=$agent ;;
      address) needle=$address ;;
    esac
    hits=$( (grep -raF -c -- "$needle" "$work/$artifact" 2>/dev/null || true) | awk -F: '{s += $NF} END {print s + 0}')
    printf '%-22s %-16s %s\n' "$artifact" "$label" "$hits"
    found=$((found + hits))
  done
done
# Time of day: the drop's moment, each second of it and the one on either side, as UTC and as
# the school's local time (Asia/Bishkek), ISO or with a space, and as a Unix time.
time_hits=0
for second in $(seq $((drop_from - 1)) $((drop_to + 1))); do
  for spelling in "$(date -u -d "@$second" +%Y-%m-%dT%H:%M:%S)" "$(date -u -d "@$second" '+%Y-%m-%d %H:%M:%S')" \
    "$(TZ=Asia/Bishkek date -d "@$second" +%Y-%m-%dT%H:%M:%S)" "$(TZ=Asia/Bishkek date -d "@$second" '+%Y-%m-%d %H:%M:%S')" \
    "$second"; do
    for artifact in data backup server.log; do
      hits=$( (grep -raF -c -- "$spelling" "$work/$artifact" 2>/dev/null || true) | awk -F: '{s += $NF} END {print s + 0}')
      if [ "$hits" -ne 0 ]; then
        echo "the moment of the drop ($spelling) is in $artifact: $hits" >&2
        time_hits=$((time_hits + hits))
      fi
    done
  done
done
printf '%-22s %-16s %s\n' "all three" "drop's moment" "$time_hits"
found=$((found + time_hits))

# Order: the rank correlation of the stored order with the drop order (1 = kept, 0 = none).
sqlite3 "file:$db?mode=ro" "SELECT lower(hex(id)) FROM appeal ORDER BY rowid" >"$work/stored-order"
correlation=$(python3 - "$work/drop-order" "$work/stored-order" <<'PY'
import sys
dropped = [line.strip() for line in open(sys.argv[1]) if line.strip()]
kept = set(dropped)
stored = [line.strip() for line in open(sys.argv[2]) if line.strip() in kept]
n = len(dropped)
rank = {id_: i for i, id_ in enumerate(stored)}
d2 = sum((i - rank[id_]) ** 2 for i, id_ in enumerate(dropped))
print(f"{1 - 6 * d2 / (n * (n * n - 1)):.2f}")
PY
)
printf '%-22s %-16s %s\n' "database" "drop order" "rank correlation $correlation over $(wc -l <"$work/drop-order") drops"
if python3 -c "import sys; sys.exit(0 if abs(float('$correlation')) < 0.6 else 1)"; then :; else
  echo "the stored order follows the drop order" >&2
  found=$((found + 1))
fi

# A control: what is meant to be there is found, so the search itself works.
for artifact in data backup; do
  control=$( (grep -raF -c -- "school-31" "$work/$artifact" 2>/dev/null || true) | awk -F: '{s += $NF} END {print s + 0}')
  printf '%-22s %-16s %s (control: must be found)\n' "$artifact" "school slug" "$control"
  if [ "$control" -eq 0 ]; then
    echo "the control was not found in $artifact: the search does not work" >&2
    exit 2
  fi
done
files=$(find "$work/data" "$work/backup" -type f | wc -l)
lines=$(wc -l <"$work/server.log")
echo "searched $files database and key files and $lines log lines (RUST_LOG=trace)"
if [ "$found" -ne 0 ]; then
  echo "FOUND $found traces of a writer" >&2
  exit 1
fi
echo "nothing found"
