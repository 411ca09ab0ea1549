"""The pipeline flow (every stage once) and the analyse flow (everything after a crawl)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from prefect import flow, get_run_logger

from flows._runtime import DEFAULT_CONFIG, load, resolve_now
from flows.briefing.flow import brief_flow
from flows.crawl import CrawlSummary, crawl_flow
from flows.detect import DetectSummary, detect_flow
from flows.enrich import EnrichSummary, enrich_flow
from flows.notify.flow import NotifyReport, notify_flow
from flows.purge import PurgeSummary, purge_flow
from flows.topics import TopicsSummary, topics_flow
from schema import DebatradarError


@dataclass
class PipelineSummary:
    """What each stage of one run did, and which stages failed."""

    crawl: CrawlSummary | None = None
    enrich: EnrichSummary | None = None
    topics: TopicsSummary | None = None
    detect: DetectSummary | None = None
    notify: NotifyReport | None = None
    briefings: list[str] = field(default_factory=list)
    purge: PurgeSummary | None = None
    failed: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """One line per stage that ran."""
        out = [
            f"{name}: {part.summary()}"
            for name, part in (
                ("crawl", self.crawl),
                ("enrich", self.enrich),
                ("topics", self.topics),
                ("detect", self.detect),
                ("notify", self.notify),
                ("purge", self.purge),
            )
            if part is not None
        ]
        if self.briefings:
            out.append(f"brief: {', '.join(self.briefings)}")
        out += [f"{name} FAILED: {error}" for name, error in self.failed.items()]
        return out


@flow(name="analyse")
def analyse_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, now: datetime | None = None
) -> PipelineSummary:
    """Everything after a crawl: enrich, topics, detect, notify (deployed to run after each crawl).

    Raises:
        DebatradarError: the first stage that failed (later stages need its output), or the
            notifications that could not be delivered.
    """
    summary = PipelineSummary()
    summary.enrich = enrich_flow(config, overrides)
    moment = resolve_now(load(config, overrides), now)
    summary.topics = topics_flow(config, overrides, now=moment)
    summary.detect = detect_flow(config, overrides, now=moment)
    summary.notify = notify_flow(config, overrides, now=moment)
    return summary


@flow(name="pipeline")
def pipeline_flow(
    config: str = DEFAULT_CONFIG,
    overrides: dict[str, Any] | None = None,
    now: datetime | None = None,
    crawl: bool = True,
    brief: bool = True,
    purge: bool = True,
    send_briefing: bool = False,
) -> PipelineSummary:
    """Every stage once: crawl, enrich, topics, detect, notify, brief, purge.

    A crawl that fails for some or all sources does not stop the run (the spool may hold
    items from before); a failing analysis stage stops it. Failures are raised at the end.

    Examples:
        >>> pipeline_flow("debatradar.yaml").lines()  # doctest: +SKIP
    """
    summary = PipelineSummary()
    if crawl:
        try:
            summary.crawl = crawl_flow(config, overrides)
            if summary.crawl.failed:
                summary.failed["crawl"] = summary.crawl.summary()
        except DebatradarError as err:
            summary.failed["crawl"] = str(err)
    summary.enrich = enrich_flow(config, overrides)
    moment = resolve_now(load(config, overrides), now)
    summary.topics = topics_flow(config, overrides, now=moment)
    summary.detect = detect_flow(config, overrides, now=moment)
    try:
        summary.notify = notify_flow(config, overrides, now=moment)
    except DebatradarError as err:
        summary.failed["notify"] = str(err)
    if brief:
        summary.briefings = brief_flow(config, overrides, send=send_briefing, now=moment)
    if purge:
        summary.purge = purge_flow(config, overrides, now=moment)
    for line in summary.lines():
        get_run_logger().info("pipeline: %s", line)
    if summary.failed:
        raise PipelineError(summary)
    return summary


class PipelineError(DebatradarError):
    """Some stages of a pipeline run failed; the others ran. ``summary`` holds everything."""

    def __init__(self, summary: PipelineSummary) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in summary.failed.items()))
        self.summary = summary
        self.exit_code = 3 if "crawl" in summary.failed and len(summary.failed) == 1 else 8
