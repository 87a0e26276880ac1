#!/usr/bin/env bash
# Builds the API in Release (what production runs; Debug figures say little), starts it on a fresh SQLite database
# with the demo data, runs the latency benchmark against it, then prints the server's peak memory (VmHWM).
# Usage: bench/run.sh [partnerships]   (BENCH_NO_BUILD=1 skips the build and uses the existing Release output)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/pp-bench.XXXXXX)
port=${BENCH_PORT:-5190}
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  dotnet build src/Api -c Release -nologo -v q -clp:ErrorsOnly -p:BuildClient=false
fi
dll=src/Api/bin/Release/net10.0/PartnerPortal.Api.dll
[ -f "$dll" ] || { echo "No Release build at $dll" >&2; exit 1; }
(cd src/Api && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$work/bench.db" \
  Database__SeedDemoData=true App__PublicUrl="http://127.0.0.1:$port" RateLimits__SignInPerMinute=1000 \
  Logging__LogLevel__Default=Warning dotnet bin/Release/net10.0/PartnerPortal.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/auth/antiforgery" >/dev/null && break; sleep 1; done
echo "Release build: $dll"
node bench/api-latency.mjs "http://127.0.0.1:$port" "${1:-300}"
echo "API peak resident memory: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
