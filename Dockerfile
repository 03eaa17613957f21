# Hosted dashboard: one container serves the team; the ETL publishes new database versions into
# a folder the container mounts read-only. Details and the same steps without a container:
# docs/hosting.md and scripts/serve-hosted.sh (this image runs exactly that script).
#
#   docker build -t fujian-dashboard .
#   docker run -d --name fujian -p 8501:8501 \
#     -v /srv/fujian/db:/var/lib/fujian:ro \
#     -v /srv/fujian/users.toml:/run/secrets/users.toml:ro \
#     -e FUJIAN_USERS=/run/secrets/users.toml \
#     fujian-dashboard
#   # OpenID Connect instead of (or beside) local users:
#   #   -v /srv/fujian/secrets.toml:/run/secrets/secrets.toml:ro -e FUJIAN_SECRETS=/run/secrets/secrets.toml
#
# Rebuilding the database while the container serves (from the host, or a one-off container
# with the folder mounted read-write):
#   docker run --rm -v /srv/fujian/db:/var/lib/fujian -v /srv/fujian/raw:/raw:ro fujian-dashboard \
#     .venv/bin/python -m etl build /raw --db /var/lib/fujian/fujian.duckdb
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY requirements.lock pyproject.toml README.md ./
RUN python -m venv .venv && .venv/bin/pip install -r requirements.lock

COPY etl ./etl
COPY ui ./ui
COPY pages ./pages
COPY dashboard.py ./
COPY .streamlit/config.toml ./.streamlit/config.toml
COPY deploy ./deploy
COPY scripts/serve-hosted.sh ./scripts/serve-hosted.sh
COPY data/geo ./data/geo
RUN .venv/bin/pip install --no-deps -e . \
    && useradd --system --create-home --uid 10001 --shell /usr/sbin/nologin app

# The database folder: the ETL writes it elsewhere, the app only reads it.
ENV FUJIAN_DB=/var/lib/fujian/fujian.duckdb \
    PORT=8501 \
    HOST=0.0.0.0
VOLUME /var/lib/fujian

USER app
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD [".venv/bin/python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]
CMD ["bash", "scripts/serve-hosted.sh"]
