#!/usr/bin/env bash
# Drops with and without a 5 MB photo, on the embedded SQLite default: the drop endpoint under
# a class's load (BENCH_CLIENTS, default 8, with wrk) alone, then the same load while writers
# keep sending a 5 MB phone photo with their appeal (upload, then the drop naming it). Prints
# the plain drops' latency both times and the photo drops' own times, and each figure as a line
# `BENCH name=value unit`. Needs wrk, jq and Python's Pillow (to make the photo).
# ISHENIM_BENCH_BIN names an already built server binary (then nothing is built).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
clients=${BENCH_CLIENTS:-8}
seconds=${BENCH_SECONDS:-15}
photo_writers=${BENCH_PHOTO_WRITERS:-2}
bin=${ISHENIM_BENCH_BIN:-$root/target/release/ishenim}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
python3 -c 'import PIL' 2>/dev/null || { echo "Pillow is needed: pip install pillow" >&2; exit 1; }
[ -n "${ISHENIM_BENCH_BIN:-}" ] || cargo build --release -q -p ishenim

work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A phone-sized photo of noise (noise does not compress): at least 5 MB as JPEG.
python3 - "$work/photo.jpg" <<'PY'
import os, sys
from PIL import Image
side = 1400
while True:
    Image.frombytes("RGB", (side * 4 // 3, side), os.urandom(side * 4 // 3 * side * 3)).save(sys.argv[1], quality=95)
    if os.path.getsize(sys.argv[1]) >= 5 * 1024 * 1024:
        break
    side += 100
PY
photo_bytes=$(stat -c %s "$work/photo.jpg")

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export ISHENIM_DATA_DIR=$work/data ISHENIM_BIND=127.0.0.1:$port ISHENIM_RATE_LIMIT__ENABLED=false RUST_LOG=warn
unset ISHENIM_DATABASE_URL
mkdir -p "$work/data"
"$bin" district create --slug bench-district --name "Bench district" >/dev/null
"$bin" school create --slug bench-school --name "Bench school" --district bench-district >/dev/null
"$bin" serve >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.1
done

latency() {
  awk -v p="$1" '$1==p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' "$2"
}
drops() {
  wrk -t2 -c"$clients" -d"${seconds}s" --latency -s scripts/bench/drop-appeal.lua \
    "http://127.0.0.1:$port/api/v1/appeals" >"$1"
}

echo "Plain drops, $clients clients, ${seconds}s"
drops "$work/alone.txt"

echo "The same, while $photo_writers writers send a $((photo_bytes / 1024 / 1024)) MB photo with each appeal"
python3 - "$port" "$work/photo.jpg" "$seconds" "$photo_writers" >"$work/photos.txt" <<'PY' &
import json, statistics, sys, threading, time, urllib.request
port, path, seconds, writers = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
photo = open(path, "rb").read()
base = f"http://127.0.0.1:{port}/api/v1"
times, drops, lock = [], [], threading.Lock()
def post(url, body, kind):
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": kind})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)
def writer():
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = time.monotonic()
        taken = post(f"{base}/schools/bench-school/files", photo, "application/octet-stream")
        dropped = time.monotonic()
        post(f"{base}/appeals", json.dumps({"school": "bench-school", "anonymous": True,
             "text": "A photo of the broken window in room 12", "files": [taken["id"]]}).encode(),
             "application/json")
        done = time.monotonic()
        with lock:
            times.append((done - start) * 1000)
            drops.append((done - dropped) * 1000)
threads = [threading.Thread(target=writer) for _ in range(writers)]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(len(times), statistics.median(times), max(times), statistics.median(drops), max(drops))
PY
photos_pid=$!
drops "$work/with.txt"
wait "$photos_pid"
read -r sent whole_p50 whole_max drop_p50 drop_max <"$work/photos.txt"
rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status")

a50=$(latency 50% "$work/alone.txt"); a99=$(latency 99% "$work/alone.txt")
w50=$(latency 50% "$work/with.txt"); w99=$(latency 99% "$work/with.txt")
arps=$(awk '/^Requests\/sec/ {print $2}' "$work/alone.txt"); wrps=$(awk '/^Requests\/sec/ {print $2}' "$work/with.txt")
printf '\n| drops on SQLite (%s clients, %ss) | result |\n| --- | --- |\n' "$clients" "$seconds"
echo "| plain drops alone | ${arps%.*} req/s, p50 / p99 $a50 / $a99 ms |"
echo "| plain drops while photos are sent | ${wrps%.*} req/s, p50 / p99 $w50 / $w99 ms |"
printf '| drops with a %s MB photo (%s sent) | upload and drop: median %.0f ms, max %.0f ms; the drop itself: median %.1f ms, max %.1f ms |\n' \
  "$((photo_bytes / 1024 / 1024))" "$sent" "$whole_p50" "$whole_max" "$drop_p50" "$drop_max"
echo "| server peak RSS | $rss MB |"
echo
echo "BENCH photo_bench_plain_p50=$a50 ms"
echo "BENCH photo_bench_plain_p99=$a99 ms"
echo "BENCH photo_bench_loaded_p50=$w50 ms"
echo "BENCH photo_bench_loaded_p99=$w99 ms"
echo "BENCH photo_drop_whole_p50=$whole_p50 ms"
echo "BENCH photo_drop_itself_p50=$drop_p50 ms"
echo "BENCH photo_bench_peak_rss=$rss MB"
