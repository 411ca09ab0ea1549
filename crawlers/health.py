"""Counts what happens to one source during a crawl and turns it into a SourceHealth."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

from crawlers.report import CrawlProgress, ProgressEvent
from crawlers.spool import SpoolWriteReport
from schema import SourceHealth, SourceKind

ProgressSink = Callable[[CrawlProgress], None]


class HealthTracker:
    """Per-source counters, error kinds and throttled progress events."""

    def __init__(
        self,
        run_id: str,
        source_id: str,
        kind: SourceKind,
        sink: ProgressSink | None = None,
        last_success: datetime | None = None,
    ) -> None:
        self.run_id = run_id
        self.source_id = source_id
        self.kind = kind
        self.started_at = datetime.now(UTC)
        self.previous_success = last_success
        self.fetched = 0
        self.written = SpoolWriteReport()
        self.skipped_unchanged = 0
        self.responses_ok = 0
        self.transient_failures = 0
        self.errors: Counter[str] = Counter()
        self.last_error: str | None = None
        self._sink = sink
        self._last_emit = 0.0

    def response_ok(self) -> None:
        """A response was received and parsed."""
        self.responses_ok += 1

    def unchanged(self, n: int = 1) -> None:
        """Items known from an earlier crawl and not fetched again (counted as duplicates)."""
        self.skipped_unchanged += n

    def wrote(self, report: SpoolWriteReport, n: int = 1) -> None:
        """``n`` items went through the pipeline into the spool."""
        self.fetched += n
        self.written = self.written + report
        if time.monotonic() - self._last_emit > 0.5:
            self.emit("items")

    def error(self, kind: str, message: str, transient: bool = False) -> None:
        """Record a fault by kind (e.g. ``http_500``, ``timeout``, ``malformed_json``)."""
        self.errors[kind] += 1
        self.last_error = f"{kind}: {message}"[:500]
        if transient:
            self.transient_failures += 1
        self.emit("error", self.last_error)

    def emit(self, event: ProgressEvent, message: str | None = None) -> None:
        """Send a progress event to the sink, if any."""
        self._last_emit = time.monotonic()
        if self._sink is None:
            return
        health = self.health() if event == "finished" else None
        self._sink(
            CrawlProgress(
                run_id=self.run_id,
                source_id=self.source_id,
                event=event,
                at=datetime.now(UTC),
                items_fetched=self.fetched,
                items_new=self.written.new,
                items_updated=self.written.updated,
                duplicates=self.written.duplicates + self.skipped_unchanged,
                errors=sum(self.errors.values()),
                message=message,
                health=health,
            )
        )

    def health(self) -> SourceHealth:
        """The SourceHealth of this crawl so far."""
        now = datetime.now(UTC)
        errors = sum(self.errors.values())
        if self.responses_ok == 0 and self.fetched == 0 and errors:
            status = "failed"
        elif errors:
            status = "degraded"
        else:
            status = "ok"
        return SourceHealth(
            source_id=self.source_id,
            kind=self.kind,
            run_id=self.run_id,
            started_at=self.started_at,
            finished_at=now,
            last_success=now if status != "failed" else self.previous_success,
            items_fetched=self.fetched,
            items_new=self.written.new,
            items_updated=self.written.updated,
            duplicates=self.written.duplicates + self.skipped_unchanged,
            errors=dict(self.errors),
            last_error=self.last_error,
            status=status,
        )
