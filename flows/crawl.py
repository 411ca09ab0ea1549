"""The crawl flow: one task per source, a few at a time, each crawl a Scrapy subprocess."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from prefect import flow, get_run_logger, tags, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed

from crawlers import CrawlProgress, run_crawl
from flows._progress import Progress, emit
from flows._runtime import DEFAULT_CONFIG, load, store_for
from flows._states import backoff, error_text, retry_when
from schema import SourceError, SourceHealth, TransientSourceError
from schema.settings import FileImportSource, Settings, SourceConfig


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


def source_domain(source: SourceConfig) -> str | None:
    """The host a source is fetched from (its concurrency tag); None for file imports."""
    if isinstance(source, FileImportSource):
        return None
    urls: list[str] = []
    for name in ("feed_urls", "sitemap_urls", "start_urls", "base_url", "instance_url"):
        value = getattr(source, name, None)
        urls += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return urlsplit(urls[0]).hostname if urls else None


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
    ``crawl.source_timeout_s``; tasks carry the tags ``crawl`` and ``domain:<host>`` so that a
    Prefect tag concurrency limit can cap the load on one site. The summary (also a Prefect
    artifact) names every source that still failed.

    Raises:
        SourceError: when every source failed.

    Examples:
        >>> crawl_flow("debatradar.yaml", source_ids=["aarhus-stiftstidende"])  # doctest: +SKIP
    """
    settings = load(config, overrides)
    chosen = [s for s in settings.sources if (s.id in source_ids if source_ids else s.enabled)]
    missing = sorted(set(source_ids or []) - {s.id for s in chosen})
    if missing:
        raise SourceError(f"unknown source id(s): {', '.join(missing)}; see `debatradar sources`.")
    flows = settings.flows
    runner = crawl_source.with_options(
        retries=flows.crawl_retries,
        retry_delay_seconds=backoff(flows.crawl_retry_delay_s, flows.crawl_retries),
        timeout_seconds=settings.crawl.source_timeout_s + 180,
    )
    summary = CrawlSummary()
    queue = list(chosen)
    running: dict[PrefectFuture[SourceHealth], str] = {}
    while queue or running:
        while queue and len(running) < flows.crawl_parallel_sources:
            source = queue.pop(0)
            domain = source_domain(source)
            with tags("crawl", *([f"domain:{domain}"] if domain else [])):
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
    _report(summary)
    if chosen and len(summary.failed) == len(chosen):
        raise SourceError(f"every source failed: {summary.summary()}")
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
