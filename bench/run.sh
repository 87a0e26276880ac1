#!/usr/bin/env bash
# Builds the API in Release (what production runs; Debug figures say little), starts it on a fresh database with the
# demo data, runs one benchmark against it, then prints the server's peak memory (VmHWM).
# Usage: bench/run.sh [latency|funds|lists|tiers] [N]
#   latency [partnerships=300]  creates N partnerships, then times the lists and pages (bench/api-latency.mjs)
#   funds   [requests=1000]     N concurrent debits against one fund, then against 100 funds (bench/fund-debits.mjs)
#   lists   [leads=1000000]     fills the database through the domain model (bench/DataGen: 1,000 partners, N leads,
#                               N/5 opportunities, N/10 orders), prints the list queries' plans, then loads every list with
#                               16 concurrent clients (bench/list-load.mjs), including a bare endpoint for the same query;
#                               BENCH_PARTNERS=40 with 10000 leads keeps a partner's page full (50 rows) for comparisons
#   tiers   [leads=1000000]     the same data with 10,000 partners (BENCH_PARTNERS), then times the tier engine's nightly
#                               evaluation of every active partnership, three runs (bench/tier-eval.mjs)
# BENCH_DB=postgres runs on a throwaway PostgreSQL cluster (scripts/postgres.sh: fsync off, as in the tests) instead of SQLite.
# BENCH_NO_BUILD=1 skips the build and uses the existing Release output.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=latency
if [[ "${1:-}" =~ ^(latency|funds|lists|tiers)$ ]]; then bench=$1; shift; fi
work=$(mktemp -d /tmp/pp-bench.XXXXXX)
port=${BENCH_PORT:-5190}
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  dotnet build src/Api -c Release -nologo -v q -clp:ErrorsOnly -p:BuildClient=false
  [ "$bench" != lists ] && [ "$bench" != tiers ] || dotnet build bench/DataGen -c Release -nologo -v q -clp:ErrorsOnly
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
start_api() {
  (cd src/Api && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=$provider ConnectionStrings__Default="$connection" \
    Database__SeedDemoData=true App__PublicUrl="http://127.0.0.1:$port" RateLimits__SignInPerMinute=1000 Bench__BareEndpoints=true \
    Logging__LogLevel__Default=Warning "$@" dotnet bin/Release/net10.0/PartnerPortal.Api.dll --urls "http://127.0.0.1:$port" >>"$work/api.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/auth/antiforgery" >/dev/null && return; sleep 1; done
  echo "The API did not start:" >&2; tail -20 "$work/api.log" >&2; exit 1
}
stop_api() { kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; }
cleanup() {
  stop_api
  [ -n "${pgdir:-}" ] && scripts/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
start_api
if [ "$bench" = lists ] || [ "$bench" = tiers ]; then
  # The API created the schema and the demo program; the data goes in with the API stopped (SQLite has one writer).
  stop_api
  leads=${1:-1000000}
  partners=${BENCH_PARTNERS:-$([ "$bench" = tiers ] && echo 10000 || echo 1000)}
  dotnet bench/DataGen/bin/Release/net10.0/PartnerPortal.Bench.DataGen.dll --provider $provider --connection "$connection" \
    --leads "$leads" --opportunities $((leads / 5)) --orders $((leads / 10)) --partners "$partners"
  if [ "$bench" = lists ]; then
    dotnet bench/DataGen/bin/Release/net10.0/PartnerPortal.Bench.DataGen.dll --provider $provider --connection "$connection" --explain \
      || echo "(the query plans could not be printed; the load test goes on)"
  fi
  start_api
fi
echo "Release build: $dll on $provider"
case $bench in
  latency) node bench/api-latency.mjs "http://127.0.0.1:$port" "${1:-300}" ;;
  funds) node bench/fund-debits.mjs "http://127.0.0.1:$port" "${1:-1000}" ;;
  lists) node bench/list-load.mjs "http://127.0.0.1:$port" "${BENCH_CLIENTS:-16}" "${BENCH_SECONDS:-10}" ;;
  tiers) node bench/tier-eval.mjs "http://127.0.0.1:$port" "${BENCH_RUNS:-3}" ;;
esac
echo "API peak resident memory: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
grep -E " (fail|crit):|Exception" "$work/api.log" | sort | uniq -c | sort -rn | head -5 || true
