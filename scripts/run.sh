#!/usr/bin/env bash
# Install, build data/fujian.duckdb from data/raw, and serve the dashboard on port ${PORT:-8501}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m etl build data/raw --db data/fujian.duckdb
exec .venv/bin/streamlit run dashboard.py --server.port "${PORT:-8501}" --server.headless true
