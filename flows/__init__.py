"""flows/: Prefect flows over the stages, the `debatradar` CLI, notifications and the weekly briefing.

The names are exported lazily: importing ``flows`` (or the CLI) must not import Prefect, whose
settings are read from the environment at import (see flows/_prefect_env.py).

Examples:
    >>> from flows import pipeline_flow  # doctest: +SKIP
    >>> pipeline_flow("debatradar.yaml").lines()  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flows.briefing.build import build_briefing, send_briefing
    from flows.briefing.flow import brief_flow
    from flows.briefing.week import IsoWeek
    from flows.cli.formats import alert_json, issue_json
    from flows.crawl import CrawlSummary, crawl_flow
    from flows.detect import DetectSummary, detect_flow
    from flows.enrich import EnrichSummary, enrich_flow
    from flows.notify.atom import write_alert_feed
    from flows.notify.feed_server import FeedServer
    from flows.notify.flow import NotifyReport, notify_flow
    from flows.pipeline import PipelineError, PipelineSummary, analyse_flow, pipeline_flow
    from flows.purge import PurgeSummary, purge_flow
    from flows.topics import TopicsSummary, topics_flow

_EXPORTS = {
    "CrawlSummary": "flows.crawl",
    "DetectSummary": "flows.detect",
    "EnrichSummary": "flows.enrich",
    "FeedServer": "flows.notify.feed_server",
    "IsoWeek": "flows.briefing.week",
    "NotifyReport": "flows.notify.flow",
    "PipelineError": "flows.pipeline",
    "PipelineSummary": "flows.pipeline",
    "PurgeSummary": "flows.purge",
    "TopicsSummary": "flows.topics",
    "alert_json": "flows.cli.formats",
    "analyse_flow": "flows.pipeline",
    "brief_flow": "flows.briefing.flow",
    "build_briefing": "flows.briefing.build",
    "crawl_flow": "flows.crawl",
    "detect_flow": "flows.detect",
    "enrich_flow": "flows.enrich",
    "issue_json": "flows.cli.formats",
    "notify_flow": "flows.notify.flow",
    "pipeline_flow": "flows.pipeline",
    "purge_flow": "flows.purge",
    "send_briefing": "flows.briefing.build",
    "topics_flow": "flows.topics",
    "write_alert_feed": "flows.notify.atom",
}

__all__ = [
    "CrawlSummary",
    "DetectSummary",
    "EnrichSummary",
    "FeedServer",
    "IsoWeek",
    "NotifyReport",
    "PipelineError",
    "PipelineSummary",
    "PurgeSummary",
    "TopicsSummary",
    "alert_json",
    "analyse_flow",
    "brief_flow",
    "build_briefing",
    "crawl_flow",
    "detect_flow",
    "enrich_flow",
    "issue_json",
    "notify_flow",
    "pipeline_flow",
    "purge_flow",
    "send_briefing",
    "topics_flow",
    "write_alert_feed",
]


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'flows' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
