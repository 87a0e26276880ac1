#!/usr/bin/env bash
# Builds the API in Release (what production runs; Debug figures say little), starts it on a fresh database with the
# demo data, runs one benchmark against it, then prints the server's peak memory (VmHWM).
# Usage: bench/run.sh [latency|funds] [N]
#   latency [partnerships=300]  creates N partnerships, then times the lists and pages (bench/api-latency.mjs)
#   funds   [requests=1000]     N concurrent debits against one fund, then against 100 funds (bench/fund-debits.mjs)
# BENCH_DB=postgres runs on a throwaway PostgreSQL cluster (scripts/postgres.sh: fsync off, as in the tests) instead of SQLite.
# BENCH_NO_BUILD=1 skips the build and uses the existing Release output.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=latency
if [[ "${1:-}" =~ ^(latency|funds)$ ]]; then bench=$1; shift; fi
work=$(mktemp -d /tmp/pp-bench.XXXXXX)
port=${BENCH_PORT:-5190}
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  dotnet build src/Api -c Release -nologo -v q -clp:ErrorsOnly -p:BuildClient=false
fi
dll=src/Api/bin/Release/net10.0/PartnerPortal.Api.dll
[ -f "$dll" ] || { echo "No Release build at $dll" >&2; exit 1; }
if [ "${BENCH_DB:-sqlite}" = postgres ]; then
  pgdir=$(mktemp -u /tmp/pp-bench-pg.XXXXXX) # outside $work: the cluster runs as the postgres user
  connection=$(scripts/postgres.sh start "$pgdir" "${BENCH_PG_PORT:-55499}" | tail -1)
  connection=${connection/Database=postgres/Database=bench}
  provider=PostgreSql
else
  connection="Data Source=$work/bench.db"
  provider=Sqlite
fi
(cd src/Api && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=$provider ConnectionStrings__Default="$connection" \
  Database__SeedDemoData=true App__PublicUrl="http://127.0.0.1:$port" RateLimits__SignInPerMinute=1000 \
  Logging__LogLevel__Default=Warning dotnet bin/Release/net10.0/PartnerPortal.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1) &
pid=$!
cleanup() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  [ -n "${pgdir:-}" ] && scripts/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/auth/antiforgery" >/dev/null && break; sleep 1; done
echo "Release build: $dll on $provider"
case $bench in
  latency) node bench/api-latency.mjs "http://127.0.0.1:$port" "${1:-300}" ;;
  funds) node bench/fund-debits.mjs "http://127.0.0.1:$port" "${1:-1000}" ;;
esac
echo "API peak resident memory: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
grep -E " (fail|crit):|Exception" "$work/api.log" | sort | uniq -c | sort -rn | head -5 || true
