#!/usr/bin/env bash
# A first visit to a school's page on a slow line, in the real browser: the time until the
# appeal's text box can be used and the bytes transferred, on an emulated 1.6 Mbit/s line with
# 150 ms of latency (tests/bench/slow-line.spec.ts). Runs the server as the browser tests do
# (tests/browser/run.sh), on SQLite. Prints `BENCH name=value unit` lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec tests/browser/run.sh sqlite --config bench.config.ts
