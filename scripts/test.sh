#!/usr/bin/env bash
# The whole suite: lint, types, tests. Starts (and stops) the services the tests need.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/ruff check src tests bench
$BIN/mypy
set +e
$BIN/python -m pytest -p no:cacheprovider -n 2 "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi
exit "$rc"
