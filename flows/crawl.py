"""The crawl flow: one task per source, a few at a time, each crawl a Scrapy subprocess.

With ``flows.workers.crawl_partitions`` > 1 the sources are split into shares
(``flows/_crawl_shares.py``), each crawled by one ``crawl-partition`` flow run, on Prefect
workers when ``flows.workers.dispatch`` is ``deployments``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from prefect import flow, get_run_logger, tags, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed

from crawlers import CrawlProgress, run_crawl
from flows._crawl_shares import (
    DOMAIN_TAG,
    crawl_shares,
    ensure_domain_limits,
    interleave_hosts,
    source_domain,
)
from flows._dispatch import lease_name, run_partitions
from flows._leases import hold_lease
from flows._progress import Progress, emit
from flows._runtime import DEFAULT_CONFIG, load, store_for
from flows._states import backoff, error_text, retry_when
from schema import SourceError, SourceHealth, TransientSourceError
from schema.settings import Settings, SourceConfig

__all__ = ["CrawlSummary", "crawl_flow", "crawl_partition_flow", "crawl_source", "source_domain"]


@dataclass
class CrawlSummary:
    """What one crawl run fetched, per source, and which sources failed (after their retries)."""

    sources: list[SourceHealth] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)

    @property
    def items_new(self) -> int:
        """New items over all sources."""
        return sum(h.items_new for h in self.sources)

    @property
    def items_updated(self) -> int:
        """Updated items over all sources."""
        return sum(h.items_updated for h in self.sources)

    def summary(self) -> str:
        """One line for logs and the CLI."""
        ok = len(self.sources) - len(self.failed)
        text = f"{ok} of {len(self.sources)} sources crawled"
        text += f", {self.items_new} new, {self.items_updated} updated"
        if self.failed:
            text += "; failed: " + "; ".join(f"{k}: {v}" for k, v in sorted(self.failed.items()))
        return text

    def to_json(self) -> str:
        """The summary as JSON (a partition's outcome)."""
        return json.dumps(
            {"sources": [h.model_dump(mode="json") for h in self.sources], "failed": self.failed}
        )

    @classmethod
    def from_json(cls, text: str) -> CrawlSummary:
        """A summary from ``to_json``."""
        data = json.loads(text)
        return cls([SourceHealth.model_validate(h) for h in data["sources"]], dict(data["failed"]))

    def merge(self, other: CrawlSummary) -> None:
        """Add another share's sources and failures."""
        self.sources += other.sources
        self.failed.update(other.failed)


@task(name="crawl-source", cache_policy=NO_CACHE, retry_condition_fn=retry_when(TransientSourceError))
def crawl_source(settings: Settings, source_id: str) -> SourceHealth:
    """Crawl one source in a Scrapy subprocess and record its health in the store.

    Raises:
        TransientSourceError: the source failed (down, 5xx, timeouts); Prefect retries it.
    """

    def progress(event: CrawlProgress) -> None:
        emit(Progress("crawl", event.source_id, event.items_fetched, None, event.event))

    report = run_crawl(settings, [source_id], on_progress=progress)
    health = report.health(source_id)
    with store_for(settings) as store:
        store.put_source_health(health)
    if health.status == "failed":
        raise TransientSourceError(f"{source_id}: {health.last_error or 'the crawl failed'}")
    return health


@flow(name="crawl")
def crawl_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, source_ids: list[str] | None = None
) -> CrawlSummary:
    """Crawl the enabled sources (or the ones named); a failing source never stops the others.

    Each source is one task, retried with back-off (``flows.crawl_retries``) and capped by
    ``crawl.source_timeout_s``; tasks carry the tags ``crawl`` and ``domain:<host>``, and the
    Prefect tag limit of each host is kept at ``flows.crawls_per_domain``, so one site never
    gets more crawls at once, across all workers. With ``flows.workers.crawl_partitions`` > 1
    the sources are crawled in shares by ``crawl-partition`` runs. The summary (also a Prefect
    artifact) names every source that still failed.

    Raises:
        SourceError: when every source failed.
        PartitionError: a share could not be crawled after its retries (on workers).

    Examples:
        >>> crawl_flow("debatradar.yaml", source_ids=["aarhus-stiftstidende"])  # doctest: +SKIP
    """
    settings = load(config, overrides)
    chosen = _chosen(settings, source_ids)
    groups = {source_domain(s) or f"source:{s.id}" for s in chosen}
    count = max(1, min(settings.flows.workers.crawl_partitions, len(groups)))
    if count == 1:
        summary = _crawl_sources(settings, chosen)
    else:
        shares = crawl_shares(chosen, count)
        outcomes = run_partitions(
            settings,
            "crawl",
            [_share_lease(share, i, count) for i, share in enumerate(shares)],
            settings.flows.workers.crawl_deployment,
            lambda i: {
                "config": config,
                "overrides": overrides,
                "partition": i,
                "partitions": count,
                "source_ids": source_ids,
            },
            lambda i: crawl_partition_flow(config, overrides, i, count, source_ids).to_json(),
        )
        summary = CrawlSummary()
        for outcome in outcomes:
            summary.merge(CrawlSummary.from_json(outcome))
    _report(summary)
    if chosen and len(summary.failed) == len(chosen):
        raise SourceError(f"every source failed: {summary.summary()}")
    return summary


@flow(name="crawl-partition")
def crawl_partition_flow(
    config: str = DEFAULT_CONFIG,
    overrides: dict[str, Any] | None = None,
    partition: int = 0,
    partitions: int = 1,
    source_ids: list[str] | None = None,
) -> CrawlSummary:
    """Crawl one share of the enabled sources (or of the ones named): partition of partitions.

    Started by the crawl flow; the share is recomputed from the configuration, so every run
    of the same partition crawls the same sources. Holds the partition's lease while it runs.
    """
    from prefect.runtime import flow_run

    settings = load(config, overrides)
    if not 0 <= partition < partitions:
        raise SourceError(f"crawl partition {partition} does not exist (partitions: {partitions}).")
    share = crawl_shares(_chosen(settings, source_ids), partitions)[partition]
    name = _share_lease(share, partition, partitions)
    with hold_lease(settings.data_dir, name, str(flow_run.id), settings.flows.workers.lease_s) as lease:
        summary = _crawl_sources(settings, share, lease.check)
        lease.outcome = summary.to_json()
    get_run_logger().info("crawl %s: %s", name, summary.summary())
    return summary


def _share_lease(share: Sequence[SourceConfig], partition: int, partitions: int) -> str:
    """A crawl share's lease: its partition and a digest of its sources (the same sources, the same lease)."""
    digest = hashlib.blake2b("\x1f".join(sorted(s.id for s in share)).encode(), digest_size=4).hexdigest()
    return f"{lease_name('crawl', partition, partitions)}:{digest}"


def _chosen(settings: Settings, source_ids: list[str] | None) -> list[SourceConfig]:
    chosen = [s for s in settings.sources if (s.id in source_ids if source_ids else s.enabled)]
    missing = sorted(set(source_ids or []) - {s.id for s in chosen})
    if missing:
        raise SourceError(f"unknown source id(s): {', '.join(missing)}; see `debatradar sources`.")
    return chosen


def _crawl_sources(
    settings: Settings, sources: Sequence[SourceConfig], still_ours: Callable[[], None] | None = None
) -> CrawlSummary:
    """Crawl sources, ``flows.crawl_parallel_sources`` at a time, hosts taking turns."""
    ensure_domain_limits(settings, [d for d in map(source_domain, sources) if d])
    flows = settings.flows
    runner = crawl_source.with_options(
        retries=flows.crawl_retries,
        retry_delay_seconds=backoff(flows.crawl_retry_delay_s, flows.crawl_retries),
        timeout_seconds=settings.crawl.source_timeout_s + 180,
    )
    summary = CrawlSummary()
    queue = interleave_hosts(sources)
    running: dict[PrefectFuture[SourceHealth], str] = {}
    while queue or running:
        while queue and len(running) < flows.crawl_parallel_sources:
            if still_ours is not None:
                still_ours()
            source = queue.pop(0)
            domain = source_domain(source)
            with tags("crawl", *([f"{DOMAIN_TAG}{domain}"] if domain else [])):
                running[runner.submit(settings, source.id)] = source.id
        done = next(as_completed(list(running)))
        source_id = running.pop(done)
        done.wait()
        state = done.state
        if state.is_completed():
            summary.sources.append(done.result())
        else:
            summary.failed[source_id] = error_text(state)
            summary.sources.append(_latest_health(settings, source_id))
    return summary


def _latest_health(settings: Settings, source_id: str) -> SourceHealth:
    with store_for(settings) as store:
        found = store.list_source_health(source_id, latest_only=True)
    if not found:
        raise SourceError(f"{source_id}: the crawl failed before it could report its health.")
    return found[0]


def _report(summary: CrawlSummary) -> None:
    get_run_logger().info("crawl: %s", summary.summary())
    rows = "\n".join(
        f"| {h.source_id} | {h.status} | {h.items_fetched} | {h.items_new} | {h.items_updated} | "
        f"{(summary.failed.get(h.source_id) or h.last_error or '').replace('|', '/')[:200]} |"
        for h in summary.sources
    )
    create_markdown_artifact(
        key="crawl-summary",
        markdown="| source | status | fetched | new | updated | error |\n|---|---|---|---|---|---|\n" + rows,
        description=summary.summary(),
    )
