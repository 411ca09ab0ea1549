# The Debatradar image used by docker-compose.yml for the app and the Prefect workers.
# Installs exactly the hashed lock (no torch), plus Pango for the briefing PDF.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PYTHON_DOWNLOADS=never \
    DEBATRADAR_DATA_DIR=/app/data

RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && pip install --no-cache-dir uv==0.13.9 \
 && useradd --create-home --uid 10001 debatradar

WORKDIR /app
COPY requirements.lock ./
RUN uv pip sync --system --require-hashes requirements.lock
COPY pyproject.toml README.md ./
COPY schema ./schema
COPY crawlers ./crawlers
COPY nlp ./nlp
COPY index ./index
COPY flows ./flows
COPY ui ./ui
COPY simulator ./simulator
COPY prefect.yaml ./
RUN uv pip install --system --no-deps -e . && mkdir -p /app/data && chown debatradar /app/data

USER debatradar
EXPOSE 8501
CMD ["debatradar", "--help"]
