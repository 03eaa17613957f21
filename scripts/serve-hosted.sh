#!/usr/bin/env bash
# Hosted mode on one server: the login wall on, the database opened read-only, Streamlit's
# hosted settings from deploy/streamlit-hosted.toml. The Dockerfile runs exactly this script.
#
# Environment (all optional except one way to sign in):
#   PORT            port to listen on (8501)
#   HOST            address to bind (0.0.0.0)
#   FUJIAN_DB       the database link the ETL publishes (data/fujian.duckdb)
#   FUJIAN_USERS    a local users file of salted hashes (python -m ui.auth add-user NAME --file F)
#   FUJIAN_SECRETS  a secrets.toml, e.g. with an [auth] section for OpenID Connect; without it
#                   Streamlit's usual ~/.streamlit/secrets.toml and .streamlit/secrets.toml
#   PYTHON          the interpreter with the project installed (.venv/bin/python)
# See docs/hosting.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
PORT=${PORT:-8501}
HOST=${HOST:-0.0.0.0}
export FUJIAN_HOSTED=1

secrets=()
if [ -n "${FUJIAN_SECRETS:-}" ]; then
  [ -r "$FUJIAN_SECRETS" ] || { echo "serve-hosted: cannot read FUJIAN_SECRETS=$FUJIAN_SECRETS" >&2; exit 2; }
  secrets=(--secrets.files="$FUJIAN_SECRETS")
fi

# Fail before serving when there is no way in, or when the users file holds anything but hashes.
"$PYTHON" - "${FUJIAN_SECRETS:-}" <<'PY'
import os, sys, tomllib
from pathlib import Path
from ui.passwords import load_users, users_file_from_env

users, secrets_path = users_file_from_env(), sys.argv[1]
candidates = [Path(secrets_path)] if secrets_path else [Path.home() / ".streamlit/secrets.toml", Path(".streamlit/secrets.toml")]
secrets = {}
for path in candidates:
    if path.is_file():
        secrets |= tomllib.loads(path.read_text(encoding="utf-8"))
try:
    n_users = len(load_users(users)) if users else 0
except (OSError, ValueError) as error:
    sys.exit(f"serve-hosted: users file {users}: {error}")
if not n_users and "auth" not in secrets and "users" not in secrets:
    sys.exit("serve-hosted: no way to sign in: set FUJIAN_USERS to a users file, or FUJIAN_SECRETS to a secrets.toml with [auth] (docs/hosting.md)")
db = Path(os.environ.get("FUJIAN_DB", "data/fujian.duckdb"))
if not db.exists():
    print(f"serve-hosted: {db} does not exist yet; the app will say so until a build publishes it", file=sys.stderr)
PY

# deploy/streamlit-hosted.toml → --section.option=value flags (NUL-separated, so any value is safe).
mapfile -d '' -t flags < <("$PYTHON" - deploy/streamlit-hosted.toml <<'PY'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    config = tomllib.load(f)
for section, options in config.items():
    for name, value in options.items():
        value = str(value).lower() if isinstance(value, bool) else str(value)
        sys.stdout.write(f"--{section}.{name}={value}\0")
PY
)

exec "$PYTHON" -m streamlit run dashboard.py \
  --server.port="$PORT" --server.address="$HOST" "${flags[@]}" "${secrets[@]}"
