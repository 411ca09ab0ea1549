"""Replay a history run by run, as live runs would have seen it (evaluation, demo, back-testing)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from nlp.detect.alerts import detect_alerts, detection_window
from nlp.detect.remote import Geography, default_geography
from schema import Alert, DetectorError, EnrichedDocument, Issue, Level
from schema.settings import Settings


@dataclass
class ReplayResult:
    """Everything a replay produced."""

    alerts: list[Alert]
    """The latest version of every alert raised."""
    issues: list[Issue]
    assignments: dict[str, str | None]
    """Document id -> issue id at the end."""
    reached: dict[str, dict[Level, datetime]] = field(default_factory=dict)
    """Alert id -> when the alert first showed each level (the run's time)."""
    runs: int = 0

    def raised(self) -> dict[str, datetime]:
        """Alert id -> the run that first raised it (for lead times)."""
        return {
            alert_id: levels[Level.WATCH]
            for alert_id, levels in self.reached.items()
            if Level.WATCH in levels
        }


def replay_history(
    documents: Sequence[EnrichedDocument],
    settings: Settings,
    model_dir: Path,
    start: datetime,
    end: datetime,
    step: timedelta = timedelta(days=1),
    on_run: Callable[[datetime, ReplayResult], None] | None = None,
    geography: Geography | None = None,
) -> ReplayResult:
    """Run the issue tracker and the detectors at ``start``, ``start + step``, ... up to ``end``.

    The first run sees every document published by ``start`` (the history the model is first
    fitted on); each later run sees the documents published since the previous one. Use an
    empty ``model_dir``: a model fitted on later documents would see the future.

    Examples:
        >>> result = replay_history(docs, settings, tmp / "models", start, end)  # doctest: +SKIP
        >>> evaluate(result.alerts, truth, {d.id: d.url for d in docs}, result.assignments)  # doctest: +SKIP
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise DetectorError("replay_history needs timezone-aware start and end (UTC)")
    from nlp.topics import IssueTracker

    tracker = IssueTracker(settings, model_dir)
    ordered = sorted(documents, key=lambda d: (d.published_at, d.id))
    times = [d.published_at for d in ordered]
    geo = geography or default_geography()
    result = ReplayResult(alerts=[], issues=[], assignments={})
    alerts: dict[str, Alert] = {}
    done = 0
    now = start
    while now <= end:
        upto = bisect.bisect_right(times, now)
        update = tracker.update(ordered[done:upto], result.issues, now)
        done = upto
        result.issues = update.issues
        result.assignments.update(update.assignments)
        since, _ = detection_window(settings, now)
        window = ordered[bisect.bisect_left(times, since) : upto]
        for alert in detect_alerts(window, result.issues, list(alerts.values()), settings, now, geo):
            alerts[alert.alert_id] = alert
            seen = result.reached.setdefault(alert.alert_id, {})
            for level in Level:
                if level.rank <= alert.level.rank:
                    seen.setdefault(level, now)
        result.alerts = sorted(alerts.values(), key=lambda a: (a.first_seen, a.alert_id))
        result.runs += 1
        if on_run is not None:
            on_run(now, result)
        now += step
    return result
