#!/usr/bin/env bash
# test.sh — THE command that runs CareLedger's whole test suite: restore, build (Release), test. CI calls it via
# .ci/run. Exits non-zero if anything fails.
#
#   ./test.sh                      everything
#   ./test.sh --filter Money       extra arguments go to `dotnet test`
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

solution="CareLedger.slnx"
results_dir="$PWD/TestResults"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK ('dotnet') is not installed or not on PATH." >&2
  echo "Install the .NET 10 SDK (https://learn.microsoft.com/dotnet/core/install/linux-debian) and run ./test.sh again." >&2
  exit 1
fi
echo "Using .NET SDK $(dotnet --version)"

# --- services the tests need ---------------------------------------------------------------------------------------
# A throwaway PostgreSQL on loopback for the data tests (installed from Debian when missing), stopped and removed at
# the end. The same data tests run against SQLite and this PostgreSQL.
# shellcheck source=scripts/postgres-for-tests.sh
source scripts/postgres-for-tests.sh
trap 'rm -f "$log"; stop_test_postgres' EXIT
step "Starting PostgreSQL for the data tests"
start_test_postgres || fail "starting PostgreSQL (see the messages above)"
# Debian's Chromium for the browser tests of the web pages (installed when missing).
# shellcheck source=scripts/chromium-for-tests.sh
source scripts/chromium-for-tests.sh
step "Checking Chromium for the browser tests"
ensure_test_chromium || fail "installing Chromium (see the messages above)"
# --------------------------------------------------------------------------------------------------------------------

step "Restoring packages"
dotnet restore "$solution" --nologo --verbosity quiet || fail "restore (see the errors above)"

step "Building (Release; warnings are errors)"
dotnet build "$solution" --configuration Release --no-restore --nologo --verbosity quiet || fail "build (see the errors above)"

step "Running tests"
rm -rf "$results_dir"
status=0
dotnet test "$solution" --configuration Release --no-build --nologo \
  --results-directory "$results_dir" --logger "trx" --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?

step "Summary"
# One line per test project, as dotnet test prints them: "Passed!  - Failed: 0, Passed: 42, ... - X.Tests.dll".
if ! grep -E '^(Passed|Failed)!' "$log"; then
  echo "(no test results were reported; see the output above)"
  [ "$status" -eq 0 ] && status=1
fi
echo "Detailed results (.trx): $results_dir"

if [ "$status" -ne 0 ]; then
  fail "tests (failing tests are listed above with their messages)"
fi
printf '\nAll tests passed.\n'
