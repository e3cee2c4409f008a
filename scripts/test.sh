#!/usr/bin/env bash
# The whole test suite: builds the solution, runs every test project, then the evaluation
# regression guard on ../shared/eval/dev (skipped when ../shared is absent). Prints one closing
# line "N passed, N failed, N skipped" and exits non-zero when anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mkdir -p artifacts
log="artifacts/test.log"

echo "== dashboard libraries and browser"
# The dashboard's npm libraries (served locally) and Debian's Chromium for the browser tests
# (Category=Browser), which skip with a message when Chromium is absent.
scripts/web-assets.sh || echo "web-assets failed: the browser tests will fail"
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing chromium (Debian)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 \
    || echo "could not install chromium: the browser tests will be skipped"
fi

echo "== build"
if ! dotnet build Sitrep.slnx -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

echo "== PostgreSQL for the integration tests"
# The PostgreSQL tests skip (with a message) when SITREP_TEST_POSTGRES is unset, so a failed start
# shows up as skipped tests rather than as failures of code that was never run.
if [ -z "${SITREP_TEST_POSTGRES:-}" ]; then
  if pg_connection="$(scripts/postgres.sh start)"; then
    export SITREP_TEST_POSTGRES="$pg_connection"
    trap 'scripts/postgres.sh stop' EXIT
  else
    echo "warning: PostgreSQL could not be started; its tests will be skipped"
  fi
fi

echo "== unit and integration tests"
dotnet test Sitrep.slnx -c Release --no-build --nologo 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}

# dotnet test prints one summary per test project: "Passed!  - Failed: 0, Passed: 32, Skipped: 1, ..."
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- Failed: ' "$log" | python3 -c '
import re, sys
p = f = s = 0
for line in sys.stdin:
    m = re.search(r"Failed:\s*(\d+), Passed:\s*(\d+), Skipped:\s*(\d+)", line)
    if m:
        f += int(m.group(1)); p += int(m.group(2)); s += int(m.group(3))
print(p, f, s)')

echo "== evaluation regression guard"
guard_status=0
if [ -d "$root/../shared/eval/dev" ]; then
  ./sitrep eval "$root/../shared/eval/dev" --floor eval/floor.json
  guard_status=$?
  if [ "$guard_status" -ne 0 ]; then failed=$((failed + 1)); else passed=$((passed + 1)); fi
else
  echo "skipped: ../shared/eval/dev is absent"
  skipped=$((skipped + 1))
fi

# The project's held-out corpora are in the repo, so their guards never skip: eval/own, and eval/fresh and
# eval/blind2, written blind on 2026-11-26 (see their READMEs).
for corpus in own fresh blind2; do
  if ./sitrep eval "eval/$corpus" --floor "eval/$corpus/floor.json"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done

if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
