"""Settings of index/: the embedded store or Elasticsearch."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schema.settings._model import Section


class ElasticsearchSettings(Section):
    """An Elasticsearch 9.x cluster (password/API key from the environment)."""

    hosts: list[str] = Field(default_factory=lambda: ["http://localhost:9200"], description="Node URLs.")
    username: str | None = Field(default=None, description="Basic-auth user; password from the environment.")
    ca_certs: str | None = Field(default=None, description="CA bundle for TLS.")
    verify_certs: bool = Field(default=True, description="Verify TLS certificates.")
    index_prefix: str = Field(
        default="debatradar", pattern=r"^[a-z0-9_-]+$", description="Prefix of all indices."
    )
    shards: int = Field(default=1, ge=1, description="Primary shards per index.")
    replicas: int = Field(default=0, ge=0, description="Replicas per shard.")
    request_timeout_s: float = Field(default=30, gt=0, description="Per-request timeout.")
    max_retries: int = Field(
        default=3,
        ge=0,
        description="Retries (with back-off) on connection errors, timeouts, 429 and 502/503/504.",
    )
    bulk_chunk_size: int = Field(default=500, ge=1, le=10_000, description="Documents per bulk request.")


class EmbeddedSettings(Section):
    """The embedded store: one SQLite file under data_dir/index, nothing to start."""

    busy_timeout_s: float = Field(
        default=10,
        gt=0,
        le=600,
        description="How long a call waits for another process's write before failing.",
    )
    synchronous: Literal["normal", "full"] = Field(
        default="normal",
        description="SQLite fsync level: 'normal' is safe in WAL mode; 'full' also survives power loss.",
    )


class IndexSettings(Section):
    """Which store holds documents, issues, alerts, briefings and the audit log."""

    backend: Literal["embedded", "elasticsearch"] = Field(
        default="embedded", description="'embedded' (files under data_dir) or 'elasticsearch'."
    )
    elasticsearch: ElasticsearchSettings = Field(default_factory=ElasticsearchSettings)
    embedded: EmbeddedSettings = Field(default_factory=EmbeddedSettings)
