"""What every spider of one crawl run shares: run id, settings, pseudonymiser, progress sink."""

from __future__ import annotations

from dataclasses import dataclass

from crawlers.health import ProgressSink
from crawlers.pseudonymise import Pseudonymiser
from schema.settings import Settings


@dataclass
class CrawlContext:
    """Passed to each spider as an argument next to its source config."""

    run_id: str
    settings: Settings
    pseudonymiser: Pseudonymiser
    sink: ProgressSink | None = None
