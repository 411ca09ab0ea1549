"""The detect flow: nlp.detect_alerts over issues and documents -> alerts in the store."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows._runtime import DEFAULT_CONFIG, load, resolve_now, store_for
from index import DocumentFilter, SearchQuery
from nlp.detect import detect_alerts, detection_window
from schema import Alert
from schema.settings import Settings


@dataclass
class DetectSummary:
    """What one detect run found."""

    alerts: int = 0
    open_by_level: dict[str, int] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    steps: int = 1

    def summary(self) -> str:
        """One line for logs and the CLI."""
        levels = ", ".join(f"{n} {lv}" for lv, n in sorted(self.open_by_level.items())) or "none open"
        return f"{self.alerts} alerts ({levels}); {len(self.new)} new, {len(self.changed)} changed"


def replay_points(settings: Settings, now: datetime, first_document: datetime | None) -> list[datetime]:
    """The moments to run the detectors at: every ``flows.detect_step_days`` since the last run, then now.

    Each run re-scores ``detection.lookback_days``; stepping through a history that is longer
    (the first run, an import, a pause) finds the episodes that began and ended within it.
    """
    last = _last_run(settings)
    det = settings.detection
    if last is None:
        if first_document is None:
            return [now]
        last = first_document + timedelta(days=det.lookback_days)
    step = timedelta(days=settings.flows.detect_step_days)
    points = []
    moment = last
    while moment < now - timedelta(days=det.lookback_days) + step:
        points.append(moment)
        moment += step
    return [p for p in points if p < now] + [now]


@task(name="detect-alerts", cache_policy=NO_CACHE)
def detect_task(settings: Settings, now: datetime) -> DetectSummary:
    """Score the issues (stepping through any history not yet scored) and upsert the alerts."""
    with store_for(settings) as store:
        oldest = store.search(SearchQuery(sort="oldest", size=1, highlight=False)).hits
        points = replay_points(settings, now, oldest[0].document.published_at if oldest else None)
        start, _ = detection_window(settings, points[0])
        documents = list(store.iter_documents(DocumentFilter(published_from=start, published_to=now)))
        issues = store.list_issues()
        before = {a.alert_id: a for a in store.list_alerts()}
        current: dict[str, Alert] = dict(before)
        for point in points:
            since, _ = detection_window(settings, point)
            window = [d for d in documents if since <= d.published_at <= point]
            for alert in detect_alerts(window, issues, list(current.values()), settings, point):
                current[alert.alert_id] = alert
        changed_alerts = [a for a in current.values() if before.get(a.alert_id) != a]
        store.upsert_alerts(changed_alerts)
    _remember_run(settings, now)
    return DetectSummary(
        alerts=len(current),
        open_by_level=dict(Counter(a.level.value for a in current.values() if a.state == "open")),
        new=sorted(a for a in current if a not in before),
        changed=sorted(
            a.alert_id
            for a in changed_alerts
            if a.alert_id in before
            and (before[a.alert_id].level, before[a.alert_id].state) != (a.level, a.state)
        ),
        steps=len(points),
    )


@flow(name="detect")
def detect_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, now: datetime | None = None
) -> DetectSummary:
    """Raise, update and close mobilisation alerts with their evidence.

    ``now`` defaults to the present, or to the newest document's day for an imported history.

    Examples:
        >>> detect_flow("debatradar.yaml").summary()  # doctest: +SKIP
    """
    settings = load(config, overrides)
    summary = detect_task(settings, resolve_now(settings, now))
    get_run_logger().info("detect: %s", summary.summary())
    return summary


def _state_file(settings: Settings) -> Path:
    return settings.data_dir / "state" / f"detect-{settings.index.backend}.json"


def _last_run(settings: Settings) -> datetime | None:
    try:
        data = json.loads(_state_file(settings).read_text(encoding="utf-8"))
        return datetime.fromisoformat(data["last_run"]).astimezone(UTC)
    except (OSError, ValueError, KeyError):
        return None


def _remember_run(settings: Settings, now: datetime) -> None:
    path = _state_file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    last = _last_run(settings)
    moment = max(now, last) if last else now
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"last_run": moment.isoformat()}), encoding="utf-8")
    tmp.replace(path)
