"""Settings of flows/: how the Prefect flows batch, parallelise, retry and spread the stages."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schema.settings._model import Section


class WorkerSettings(Section):
    """Scale-out: how crawl, enrichment and detection are split into partitions and where those run.

    With ``dispatch: in_process`` (the default) every partition runs in the process of the flow,
    one after the other. With ``dispatch: deployments`` each partition is a flow run of the
    partition deployments in prefect.yaml, taken by any worker of their work pool; the flow
    waits for them, re-runs a partition whose worker died, and fails if one still fails.
    """

    dispatch: Literal["in_process", "deployments"] = Field(
        default="in_process",
        description="Where partitions run: 'in_process' (this process, one after the other) or "
        "'deployments' (flow runs of the partition deployments, picked up by Prefect workers).",
    )
    crawl_partitions: int = Field(
        default=1,
        ge=1,
        le=256,
        description="Shares the enabled sources are split into (sources of one host stay in one share).",
    )
    enrich_partitions: int = Field(
        default=1,
        ge=1,
        le=256,
        description="Shares of the spool enriched in parallel (by item id; each share has its own cursor).",
    )
    detect_partitions: int = Field(
        default=1, ge=1, le=256, description="Shares of the issues scored in parallel (by issue id)."
    )
    crawl_deployment: str = Field(
        default="crawl-partition/crawl-partition",
        description="The deployment ('flow name/deployment name') that runs one crawl share.",
    )
    enrich_deployment: str = Field(
        default="enrich-partition/enrich-partition",
        description="The deployment that runs one enrichment share.",
    )
    detect_deployment: str = Field(
        default="detect-partition/detect-partition",
        description="The deployment that runs one detection share.",
    )
    lease_s: float = Field(
        default=60,
        ge=2,
        le=3600,
        description="A running partition renews its lease (data_dir/state/partitions.sqlite3) every "
        "third of this; one not renewed for this long is taken as crashed and run again.",
    )
    retries: int = Field(
        default=2, ge=0, le=10, description="Times a crashed or failed partition is run again."
    )
    start_timeout_s: float = Field(
        default=900,
        gt=0,
        description="A dispatched partition that has not taken its lease after this long is given up "
        "(no worker took it) or, if a worker took it, counted as crashed.",
    )
    poll_s: float = Field(
        default=2, gt=0, le=60, description="How often the flow checks its partitions' states."
    )


class FlowSettings(Section):
    """Orchestration: batch sizes, parallelism, retries and analysis windows."""

    timezone: str = Field(
        default="Europe/Copenhagen", description="Time zone of schedules, quiet hours, weeks and briefings."
    )
    crawl_parallel_sources: int = Field(
        default=4, ge=1, le=64, description="Sources crawled at the same time (each a Scrapy subprocess)."
    )
    crawls_per_domain: int | None = Field(
        default=2,
        ge=1,
        le=64,
        description="Crawls of one host at the same time across all processes and workers (the Prefect "
        "tag concurrency limit 'domain:<host>', kept at this value by the crawl flow); null leaves "
        "those limits to the Prefect server's administrator.",
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
    workers: WorkerSettings = Field(
        default_factory=WorkerSettings,
        description="Scale-out over Prefect workers: partitions of crawl, enrichment and detection.",
    )
