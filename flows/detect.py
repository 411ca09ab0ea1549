"""The detect flow: nlp.detect_alerts over issues and documents -> alerts in the store.

With ``flows.workers.detect_partitions`` > 1, the issues are scored in shares by
``detect-partition`` flow runs (``flows/_detect_shares.py`` explains why the result is the
same). A history that was never scored (the first run, an import, a long pause) is caught up
in this process first: stepping through it feeds each step's alerts to the next, which shares
running side by side could not see; every live run after that scores one moment.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows._detect_shares import in_share, share_of_issues
from flows._dispatch import lease_name, run_partitions
from flows._leases import hold_lease
from flows._runtime import DEFAULT_CONFIG, load, resolve_now, store_for
from index import DocumentFilter, SearchQuery
from nlp.detect import detect_alerts, detection_window, document_owners
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
    points = _points(settings, now)
    before, current = _score(settings, points)
    _remember_run(settings, now)
    return _summary(before, current, len(points))


@task(name="detect-alerts-share", cache_policy=NO_CACHE)
def detect_share_task(settings: Settings, points: list[datetime], share: tuple[int, int] | None) -> int:
    """Score one share of the issues (all of them for ``None``) at these moments; the alerts written."""
    before, current = _score(settings, points, share)
    return sum(1 for a in current.values() if before.get(a.alert_id) != a)


@flow(name="detect")
def detect_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, now: datetime | None = None
) -> DetectSummary:
    """Raise, update and close mobilisation alerts with their evidence.

    ``now`` defaults to the present, or to the newest document's day for an imported history.
    With ``flows.workers.detect_partitions`` > 1 the issues are scored in shares by
    ``detect-partition`` runs (on Prefect workers when ``flows.workers.dispatch`` is ``deployments``).

    Raises:
        PartitionError: a share still failed after its retries (on workers).

    Examples:
        >>> detect_flow("debatradar.yaml").summary()  # doctest: +SKIP
    """
    settings = load(config, overrides)
    moment = resolve_now(settings, now)
    count = settings.flows.workers.detect_partitions
    if count == 1:
        summary = detect_task(settings, moment)
    else:
        with store_for(settings) as store:
            before = {a.alert_id: a for a in store.list_alerts()}
        points = _points(settings, moment)
        if len(points) > 1:
            detect_share_task(settings, points[:-1], None)
        run_partitions(
            settings,
            "detect",
            [lease_name("detect", i, count) for i in range(count)],
            settings.flows.workers.detect_deployment,
            lambda i: {
                "config": config,
                "overrides": overrides,
                "partition": i,
                "partitions": count,
                "now": moment.isoformat(),
            },
            lambda i: str(detect_partition_flow(config, overrides, i, count, moment)),
        )
        with store_for(settings) as store:
            after = {a.alert_id: a for a in store.list_alerts()}
        _remember_run(settings, moment)
        summary = _summary(before, after, len(points))
    get_run_logger().info("detect: %s", summary.summary())
    return summary


@flow(name="detect-partition")
def detect_partition_flow(
    config: str = DEFAULT_CONFIG,
    overrides: dict[str, Any] | None = None,
    partition: int = 0,
    partitions: int = 1,
    now: datetime | None = None,
) -> int:
    """Score one share of the issues (those whose id falls in partition of partitions) as of ``now``.

    Started by the detect flow; holds the share's lease while it runs. Returns how many alerts
    it wrote.
    """
    from prefect.runtime import flow_run

    settings = load(config, overrides)
    moment = resolve_now(settings, now)
    name = lease_name("detect", partition, partitions)
    with hold_lease(settings.data_dir, name, str(flow_run.id), settings.flows.workers.lease_s) as lease:
        written = detect_share_task(settings, [moment], (partition, partitions))
        lease.outcome = str(written)
    get_run_logger().info("detect %s: %d alerts written", name, written)
    return written


def _points(settings: Settings, now: datetime) -> list[datetime]:
    with store_for(settings) as store:
        oldest = store.search(SearchQuery(sort="oldest", size=1, highlight=False)).hits
    return replay_points(settings, now, oldest[0].document.published_at if oldest else None)


def _score(
    settings: Settings, points: list[datetime], share: tuple[int, int] | None = None
) -> tuple[dict[str, Alert], dict[str, Alert]]:
    """Run the detectors at each moment, each step seeing the alerts of the one before; write changes."""
    with store_for(settings) as store:
        start, _ = detection_window(settings, points[0])
        documents = list(store.iter_documents(DocumentFilter(published_from=start, published_to=points[-1])))
        issues = store.list_issues()
        scored = issues if share is None else share_of_issues(issues, share)
        before = {a.alert_id: a for a in store.list_alerts()}
        current: dict[str, Alert] = dict(before)
        for point in points:
            since, _ = detection_window(settings, point)
            window = [d for d in documents if since <= d.published_at <= point]
            owner = document_owners(window, issues) if share is not None else {}
            for alert in detect_alerts(window, scored, list(current.values()), settings, point):
                if share is None or in_share(alert, owner, share):
                    current[alert.alert_id] = alert
        store.upsert_alerts([a for a in current.values() if before.get(a.alert_id) != a])
    return before, current


def _summary(before: dict[str, Alert], current: dict[str, Alert], steps: int) -> DetectSummary:
    return DetectSummary(
        alerts=len(current),
        open_by_level=dict(Counter(a.level.value for a in current.values() if a.state == "open")),
        new=sorted(a for a in current if a not in before),
        changed=sorted(
            a.alert_id
            for a in current.values()
            if a.alert_id in before
            and before[a.alert_id] != a
            and (before[a.alert_id].level, before[a.alert_id].state) != (a.level, a.state)
        ),
        steps=steps,
    )


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
