#!/usr/bin/env bash
# Install everything (packages, Chromium) and run the whole test suite. CI runs exactly this.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1
.venv/bin/python -m ruff check etl ui pages dashboard.py tests scripts || exit 1
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" = 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$rc"
