#!/usr/bin/env bash
# Starts the built API on a fresh SQLite database and runs the latency benchmark against it, then prints the
# server's peak memory (VmHWM). Build first: dotnet build src/Api. Usage: bench/run.sh [partnerships]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/pp-bench.XXXXXX)
port=5190
(cd src/Api && exec env ConnectionStrings__Default="Data Source=$work/bench.db" RateLimits__SignInPerMinute=1000 \
  Logging__LogLevel__Default=Warning dotnet bin/Debug/net10.0/PartnerPortal.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/auth/antiforgery" >/dev/null && break; sleep 1; done
node bench/api-latency.mjs "http://127.0.0.1:$port" "${1:-300}"
echo "API peak resident memory: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
