"""detect_alerts: issues and their documents in, one alert per mobilisation episode out (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta

from nlp.detect.episodes import Episode, find_episodes, quiet_windows
from nlp.detect.evidence import counts_by, cue_examples, episode_documents, growth_curve, top_documents
from nlp.detect.remote import Geography, author_homes, default_geography, remote_counts, remote_participation
from nlp.detect.signals import IssueSeries, window_of, window_start
from schema import Alert, AlertEvidence, DetectorError, EnrichedDocument, Issue, Level
from schema.settings import Settings


def detect_alerts(
    documents: Sequence[EnrichedDocument],
    issues: Sequence[Issue],
    previous_alerts: Sequence[Alert],
    settings: Settings,
    now: datetime,
    geography: Geography | None = None,
) -> list[Alert]:
    """Score every watched issue window by window and return the alerts of its episodes.

    ``documents`` should cover ``baseline_days + 2 * lookback_days + burst_span_days`` before
    ``now`` (see :func:`detection_window`): the lookback, a warm-up as long, and the baseline;
    an issue's documents are those listed in
    ``Issue.document_ids`` (or carrying its ``issue_id``). Alerts of episodes within the
    lookback are returned, new or updated; a previous open alert whose episode is gone is
    returned closed. Workflow fields (acknowledged, assigned, comments) are kept. The same
    inputs always give the same alerts, and replaying history day by day gives what live runs gave.

    Examples:
        >>> issues, previous = store.list_issues(), store.list_alerts()  # doctest: +SKIP
        >>> alerts = detect_alerts(docs, issues, previous, settings, now)  # doctest: +SKIP
        >>> [(a.label, a.level, a.remote_share) for a in alerts]  # doctest: +SKIP
        [('bevare egeskov · Brabrand', <Level.ALERT: 'alert'>, 0.08)]
    """
    if now.tzinfo is None:
        raise DetectorError("detect_alerts needs a timezone-aware 'now' (UTC)")
    det = settings.detection
    documents = [d for d in documents if d.published_at <= now]
    author_times: dict[str, list[datetime]] = {}
    for d in sorted(documents, key=lambda d: d.published_at):
        if d.author is not None:
            author_times.setdefault(d.author.pseudonym, []).append(d.published_at)
    owner = document_owners(documents, issues)
    by_issue: dict[str, list[EnrichedDocument]] = {}
    for d in documents:
        issue_id = owner.get(d.id)
        if issue_id is not None:
            by_issue.setdefault(issue_id, []).append(d)
    data_start = min((d.published_at for d in documents), default=None)
    watched = {m.code for m in settings.municipalities}
    previous = sorted(previous_alerts, key=lambda a: (a.first_seen, a.alert_id))
    home = {a.alert_id: alert_home(a, owner) for a in previous}
    geo = geography
    usual: dict[str, float | None] = {}
    out: dict[str, Alert] = {}
    for issue in sorted(issues, key=lambda i: i.issue_id):
        docs = by_issue.get(issue.issue_id, [])
        if issue.status == "merged" or not docs:
            continue
        if det.watched_only and issue.municipality_code not in watched:
            continue
        mine = [a for a in previous if home[a.alert_id] == issue.issue_id]
        series = IssueSeries(issue, docs, author_times, det, data_start)
        # score a warm-up period before the lookback too, so an episode running across the
        # lookback's start is seen from its real start (one run at the end = daily runs)
        first = window_of(now - timedelta(days=2 * det.lookback_days), det.window_days)
        first = min([first, *(window_of(a.first_seen, det.window_days) for a in mine if a.state == "open")])
        reported = now - timedelta(days=det.lookback_days)
        for episode in find_episodes(series, first, now, det):
            if episode.closed_at is not None and episode.closed_at < reported:
                continue
            if geo is None:
                geo = geography or default_geography()
            code = issue.municipality_code
            if code is not None and code not in usual:
                usual[code] = usual_remote_share(documents, code, settings.nlp.author_home_min_confidence)
            unused = [a for a in mine if a.alert_id not in out]
            alert = _alert(
                issue, series, episode, unused, settings, now, geo, usual.get(code) if code else None
            )
            if alert.alert_id in out or (
                alert.alert_id in home and alert.alert_id not in {a.alert_id for a in unused}
            ):
                alert = alert.model_copy(update={"alert_id": _free_id(alert.alert_id, set(out) | set(home))})
            out[alert.alert_id] = alert
    for old in previous:  # open alerts no episode continues any more (gone, or merged into another)
        if old.state == "open" and old.alert_id not in out:
            out[old.alert_id] = old.model_copy(
                update={"state": "closed", "closed_at": now, "updated_at": now}
            )
    return [out[k] for k in sorted(out)]


def detection_window(settings: Settings, now: datetime) -> tuple[datetime, datetime]:
    """The publication times detect_alerts needs documents from (baseline, warm-up, lookback), up to now."""
    det = settings.detection
    days = det.baseline_days + 2 * det.lookback_days + max(det.burst_span_days, det.trend_days)
    return now - timedelta(days=days), now


def usual_remote_share(
    documents: Sequence[EnrichedDocument], municipality: str, min_confidence: float
) -> float | None:
    """The remote share of all debate about a municipality: what is usual there."""
    signals = [
        (d.author.pseudonym if d.author else None, d.author_home.municipality_code, d.author_home.confidence)
        if d.author_home
        else (d.author.pseudonym if d.author else None, None, 0.0)
        for d in documents
        if d.municipality_code == municipality
    ]
    homes = author_homes(signals, min_confidence)
    return remote_counts(homes, municipality)[2]


def _free_id(alert_id: str, taken: set[str]) -> str:
    """A new alert's id when its natural id belongs to another (e.g. an alert that followed its documents)."""
    n = 2
    while f"{alert_id}-{n}" in taken:
        n += 1
    return f"{alert_id}-{n}"


def document_owners(documents: Sequence[EnrichedDocument], issues: Sequence[Issue]) -> dict[str, str | None]:
    """Document id -> issue id: ``Issue.document_ids`` first, the document's own ``issue_id`` otherwise."""
    owner: dict[str, str | None] = {d.id: d.issue_id for d in documents}
    owner.update({doc_id: i.issue_id for i in issues for doc_id in i.document_ids})
    return owner


def alert_home(alert: Alert, owner: dict[str, str | None]) -> str:
    """The issue most of an alert's documents are in now (at least half; else its own issue).

    An alert follows its documents when a refit moves them to another issue, so one wave keeps
    one alert.
    """
    counts = Counter(i for i in (owner.get(d) for d in alert.document_ids) if i is not None)
    if counts:
        issue_id, n = counts.most_common(1)[0]
        if n >= 0.5 * len(alert.document_ids):
            return issue_id
    return alert.issue_id


def _alert(
    issue: Issue,
    series: IssueSeries,
    episode: Episode,
    previous: Sequence[Alert],
    settings: Settings,
    now: datetime,
    geography: Geography,
    usual_share: float | None,
) -> Alert:
    det = settings.detection
    span_start = window_start(
        window_of(episode.first_seen, det.window_days) - series.span + 1, det.window_days
    )
    docs = episode_documents(series.docs, span_start, episode.closed_at)
    end = episode.closed_at or now
    old = next((a for a in previous if _overlaps(a, episode.first_seen, episode.closed_at)), None)
    first_seen = min(episode.first_seen, old.first_seen) if old else episode.first_seen
    peak = episode.peak.level or Level.WATCH
    if old is not None and old.peak_level.rank > peak.rank:
        peak = old.peak_level
    evidence = AlertEvidence(
        signals=episode.latest_active.signals,
        growth=growth_curve(
            series.docs,
            (first_seen - timedelta(days=det.growth_context_days)).date(),
            (end - timedelta(seconds=1)).date(),
        ),
        cues=cue_examples(docs),
        top_documents=top_documents(docs, det.top_documents),
        platforms=counts_by(docs, "platform"),
        sources=counts_by(docs, "source_id"),
        remote=remote_participation(
            docs,
            issue.municipality_code,
            det.remote,
            settings.nlp.author_home_min_confidence,
            geography,
            usual_share,
            settings.privacy.min_group_size,
        ),
    )
    closed = episode.closed_at is not None
    return Alert(
        alert_id=old.alert_id if old else f"{issue.issue_id}@{first_seen.date().isoformat()}",
        issue_id=issue.issue_id,
        label=issue.label,
        municipality_code=issue.municipality_code,
        place=issue.place,
        place_point=issue.place_point,
        level=episode.current_level(quiet_windows(det)),
        peak_level=peak,
        score=episode.windows[-1].score,
        state="closed" if closed else "open",
        first_seen=first_seen,
        updated_at=end,
        closed_at=episode.closed_at,
        document_ids=[d.id for d in docs],
        evidence=evidence,
        acknowledged_by=old.acknowledged_by if old else None,
        assigned_to=old.assigned_to if old else None,
        comments=list(old.comments) if old else [],
    )


def _overlaps(alert: Alert, start: datetime, end: datetime | None) -> bool:
    alert_end = alert.closed_at if alert.state == "closed" else None
    return (end is None or alert.first_seen < end) and (alert_end is None or alert_end > start)
