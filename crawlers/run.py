"""The crawl subprocess: ``python -m crawlers.run SETTINGS_JSON RUN_ID [SOURCE_ID ...]``.

Runs one Scrapy process (Scrapy's reactor cannot restart, so every crawl is a fresh
process) with one crawler per source; progress goes to stdout as JSON lines, Scrapy's log
to stderr. A source that fails does not stop the others.
"""

from __future__ import annotations

import asyncio
import json
import sys
from functools import partial
from pathlib import Path

from scrapy.crawler import AsyncCrawlerProcess

from crawlers.context import CrawlContext
from crawlers.health import HealthTracker
from crawlers.pseudonymise import Pseudonymiser
from crawlers.report import CrawlProgress
from crawlers.settings import scrapy_settings
from crawlers.spiders import SPIDERS
from schema import DebatradarError, SourceKind
from schema.settings import Settings


def _emit(progress: CrawlProgress) -> None:
    sys.stdout.write(progress.model_dump_json() + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    """Run the crawl described by the arguments; returns the exit code."""
    if len(argv) < 2:
        sys.stderr.write("usage: python -m crawlers.run SETTINGS_JSON RUN_ID [SOURCE_ID ...]\n")
        return 2
    settings_file, run_id, wanted = Path(argv[0]), argv[1], set(argv[2:])
    try:
        secrets = json.loads(sys.stdin.read() or "{}")
        data = json.loads(settings_file.read_text(encoding="utf-8"))
        settings = Settings(**data, secrets={k: v for k, v in secrets.items() if v})
        context = CrawlContext(run_id, settings, Pseudonymiser(settings), sink=_emit)
    except DebatradarError as err:
        sys.stderr.write(f"{err}\n")
        return err.exit_code
    crawlable = [s for s in settings.sources if s.kind != "file_import"]
    # named sources are crawled even when disabled (to test one); otherwise the enabled ones
    sources = [s for s in crawlable if s.id in wanted] if wanted else [s for s in crawlable if s.enabled]
    if not sources:
        return 0
    process = AsyncCrawlerProcess(scrapy_settings(settings), install_root_handler=True)
    for source in sources:
        task = process.crawl(SPIDERS[SourceKind(source.kind)], source=source, context=context)
        task.add_done_callback(
            partial(_on_done, run_id=run_id, source_id=source.id, kind=SourceKind(source.kind))
        )
    process.start()
    return 0


def _on_done(task: asyncio.Task[None], *, run_id: str, source_id: str, kind: SourceKind) -> None:
    """A crawler that failed to start or crashed still reports its source as failed."""
    if task.cancelled() or task.exception() is None:
        return
    exc = task.exception()
    health = HealthTracker(run_id, source_id, kind, sink=_emit)
    health.error("crawler_crashed", f"{type(exc).__name__}: {exc}")
    health.emit("finished")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
