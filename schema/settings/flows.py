"""Settings of flows/: how the Prefect flows batch, parallelise and retry the stages."""

from __future__ import annotations

from pydantic import Field

from schema.settings._model import Section


class FlowSettings(Section):
    """Orchestration: batch sizes, parallelism, retries and analysis windows."""

    timezone: str = Field(
        default="Europe/Copenhagen", description="Time zone of schedules, quiet hours, weeks and briefings."
    )
    crawl_parallel_sources: int = Field(
        default=4, ge=1, le=64, description="Sources crawled at the same time (each a Scrapy subprocess)."
    )
    crawl_retries: int = Field(default=2, ge=0, le=10, description="Retries of a source whose crawl failed.")
    crawl_retry_delay_s: float = Field(
        default=30, ge=0, description="First delay before retrying a source (doubles each retry)."
    )
    enrich_batch_size: int = Field(
        default=500,
        ge=1,
        le=50_000,
        description="Spool items enriched and indexed per batch (one cursor commit).",
    )
    index_retries: int = Field(default=3, ge=0, le=10, description="Retries when the index is unreachable.")
    index_retry_delay_s: float = Field(
        default=10, ge=0, description="First delay before retrying the index (doubles each retry)."
    )
    detect_step_days: int = Field(
        default=7,
        ge=1,
        le=28,
        description="When a history longer than detection.lookback_days has not been scored yet (first run, "
        "an import), the detectors step through it this many days at a time.",
    )
