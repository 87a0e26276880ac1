#!/usr/bin/env bash
# Runs every suite: .NET (SQLite and PostgreSQL; SQL Server where Docker answers), Vitest, Playwright e2e, and a
# third-party OAuth client (openid-client) against the running API. Installs what is missing (Debian packages,
# dotnet tools, npm packages), starts a throwaway PostgreSQL and a real SMTP server (aiosmtpd, storing a Maildir)
# on 127.0.0.1, and stops them at the end. Ends with one line: "N passed, N failed, N skipped". Exit code 0 only when
# nothing failed.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
work=$(mktemp -d /tmp/pp-test.XXXXXX)
chmod 755 "$work"  # the postgres user must reach its cluster folder inside
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pg_port=${PP_TEST_PG_PORT:-$(free_port)}
smtp_port=${PP_TEST_SMTP_PORT:-$(free_port)}
e2e_port=${PP_TEST_E2E_PORT:-$(free_port)}
passed=0 failed=0 skipped=0 broken=()
api_pid="" smtp_pid=""

cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null
  # aiosmtpd does not always stop on SIGTERM; make sure no server outlives the run.
  [ -n "$smtp_pid" ] && { kill "$smtp_pid" 2>/dev/null; sleep 0.3; kill -9 "$smtp_pid" 2>/dev/null; }
  scripts/postgres.sh stop "$work/pg" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
add() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + $3)); }
fail_step() { broken+=("$1"); failed=$((failed + 1)); }

step "Installing what is missing"
need=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "apt-get install ${need[*]} failed" >&2; exit 1; }
fi
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed" >&2; exit 1; }
if [ ! -d client/node_modules ] || [ client/package-lock.json -nt client/node_modules/.package-lock.json ]; then
  (cd client && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed" >&2; exit 1; }
fi

step "Starting PostgreSQL on 127.0.0.1:$pg_port"
export PARTNERPORTAL_TEST_POSTGRES
PARTNERPORTAL_TEST_POSTGRES=$(scripts/postgres.sh start "$work/pg" "$pg_port") || { echo "PostgreSQL did not start" >&2; exit 1; }

step "Starting an SMTP server on 127.0.0.1:$smtp_port (messages kept as a Maildir)"
export PARTNERPORTAL_TEST_SMTP_PORT=$smtp_port PARTNERPORTAL_TEST_MAILDIR="$work/maildir"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$PARTNERPORTAL_TEST_MAILDIR" >"$work/smtp.log" 2>&1 &
smtp_pid=$!
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && break; sleep 0.2; done

step "Building (API, OpenAPI document, TypeScript client, SPA)"
if ! dotnet build PartnerPortal.sln -nologo -v q -clp:ErrorsOnly; then
  fail_step "dotnet build"
else
  if ! git diff --quiet -- src/Api/openapi client/src/api/client.ts 2>/dev/null; then
    git --no-pager diff --stat -- src/Api/openapi client/src/api/client.ts
    echo "The committed OpenAPI document or TS client differs from what the build generates: commit the regenerated files."
    fail_step "OpenAPI/client drift"
  fi

  step ".NET tests (SQLite, PostgreSQL; SQL Server needs Docker)"
  dotnet test PartnerPortal.sln --no-build -nologo -v q --logger "console;verbosity=minimal" 2>&1 | tee "$work/dotnet.log" \
    | grep -E "^(Passed|Failed)!|\[FAIL\]|^\s+Failed |Skipped .*SqlServer" | sed -E 's/^\s+//' | sort -u | head -60
  code=${PIPESTATUS[0]}
  if [ "$code" != 0 ]; then
    broken+=("dotnet test (exit $code)")
    grep -E "Error Message" -A8 "$work/dotnet.log" | head -80
    # No failed test to show: print the end of the log (a crashed test host, a build error) so the reason is visible.
    grep -qE "Error Message" "$work/dotnet.log" || tail -40 "$work/dotnet.log"
  fi
  read -r p f s < <(grep -E "^(Passed|Failed)!" "$work/dotnet.log" \
    | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
    | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
  echo ".NET: $p passed, $f failed, $s skipped"
  add "$p" "$f" "$s"
  [ "$p" -gt 0 ] || fail_step ".NET ran no test"
fi

step "Vitest"
(cd client && npx vitest run --reporter=default --reporter=json --outputFile.json="$work/vitest.json") 2>&1 | tail -15
if [ -f "$work/vitest.json" ]; then
  read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests)' "$work/vitest.json")
  echo "Vitest: $p passed, $f failed, $s skipped"
  add "$p" "$f" "$s"
  [ "$p" -gt 0 ] || fail_step "Vitest ran no test"
else
  fail_step "Vitest"
fi

step "Lint and format of the client (ESLint, Prettier)"
(cd client && npm run --silent lint && npm run --silent format:check) || fail_step "client lint/format"

step "Lint of the OpenAPI document (Spectral, spectral:oas)"
(cd client && npm run --silent lint:openapi) || fail_step "OpenAPI lint"

step "Playwright e2e in Chromium against the API on SQLite"
if [ -f src/Api/wwwroot/index.html ]; then
  # Production (no launch profile): demo data and the public URL of e-mailed links are given explicitly.
  (cd src/Api && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$work/e2e.db" Database__SeedDemoData=true \
    App__PublicUrl="http://127.0.0.1:$e2e_port" \
    Email__Mode=Smtp Email__Host=127.0.0.1 Email__Port="$smtp_port" Email__Security=None RateLimits__SignInPerMinute=1000 \
    OpenIddict__AllowInsecureHttp=true \
    dotnet bin/Debug/net10.0/PartnerPortal.Api.dll --urls "http://127.0.0.1:$e2e_port" >"$work/e2e-api.log" 2>&1) &
  api_pid=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$e2e_port/api/auth/antiforgery" >/dev/null && break; sleep 1; done
  E2E_BASE_URL="http://127.0.0.1:$e2e_port" E2E_SCREENSHOT_DIR="${E2E_SCREENSHOT_DIR:-$root/client/test-results}" \
    E2E_MAILDIR="$PARTNERPORTAL_TEST_MAILDIR" node client/e2e/run.mjs 2>&1 | tee "$work/e2e.log"
  if [ -f client/e2e/oauth-client.mjs ]; then
    step "Third-party OAuth client (openid-client) against the API"
    E2E_BASE_URL="http://127.0.0.1:$e2e_port" node client/e2e/oauth-client.mjs 2>&1 | tee -a "$work/e2e.log"
  fi
  for suite in E2E OAUTH; do
    [ "$suite" = OAUTH ] && [ ! -f client/e2e/oauth-client.mjs ] && continue
    line=$(grep -E "^$suite: [0-9]+ passed, [0-9]+ failed" "$work/e2e.log" | tail -1)
    if [ -n "$line" ]; then
      p=$(echo "$line" | sed -E 's/^[A-Z0-9]+: ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
      s=$(echo "$line" | grep -oE '[0-9]+ skipped' | grep -oE '[0-9]+' || echo 0)
      add "$p" "$f" "$s"
    else
      fail_step "$suite"; tail -20 "$work/e2e-api.log"
    fi
  done
  kill "$api_pid" 2>/dev/null; wait "$api_pid" 2>/dev/null; api_pid=""
else
  fail_step "Playwright e2e (no SPA build in src/Api/wwwroot)"
fi

echo
[ ${#broken[@]} -eq 0 ] || echo "Broken steps: ${broken[*]}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ ${#broken[@]} -eq 0 ]
