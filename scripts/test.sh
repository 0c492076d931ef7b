#!/usr/bin/env bash
# The whole suite: lint, types, tests. Starts (and stops) the services the tests need:
# a throw-away PostgreSQL server (scripts/pg.sh) and, for the browser tests, Debian's Chromium (scripts/browsers.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/ruff check src tests bench
$BIN/mypy
RASAD_TEST_PG=$(scripts/pg.sh start)
export RASAD_TEST_PG
trap 'scripts/pg.sh stop' EXIT
if [ -x scripts/browsers.sh ]; then scripts/browsers.sh; fi
set +e
$BIN/python -m pytest -p no:cacheprovider -n 2 "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi
exit "$rc"
