"""Alerts (and their handling), issues, documents, briefings and source health."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from index.search_models import DocumentFilter
from schema import Alert, Briefing, EnrichedDocument, Issue, Level, SourceHealth, StoreError
from ui import aggregate
from ui.access import User
from ui.data._core import cached, key, refresh, run, settings
from ui.fmt import LOCAL_TZ

log = logging.getLogger(__name__)


def alerts(
    state: str | None = None, min_level: Level | None = None, municipality: str | None = None
) -> list[Alert]:
    """Alerts, most recently updated first."""
    return _alerts(key(), state, min_level.value if min_level else None, municipality)


@cached
def _alerts(
    cache_key: str, state: str | None, min_level: str | None, municipality: str | None
) -> list[Alert]:
    level = Level(min_level) if min_level else None
    return run(
        lambda s: s.list_alerts(state=state, min_level=level, municipality_code=municipality), cache_key
    )


def alert(alert_id: str) -> Alert | None:
    """One alert (not cached: its handling changes under the user's hands)."""
    return run(lambda s: s.get_alert(alert_id))


def update_alert(
    alert_id: str,
    user: User,
    *,
    acknowledge: bool = False,
    assign_to: str | None = None,
    comment: str | None = None,
) -> Alert:
    """Acknowledge, assign or comment on an alert; persisted with store.upsert_alerts."""
    current = alert(alert_id)
    if current is None:
        raise StoreError(f"the alert {alert_id} no longer exists")
    changes: dict[str, Any] = {}
    if acknowledge:
        changes["acknowledged_by"] = user.display_name
    if assign_to is not None:
        changes["assigned_to"] = assign_to.strip() or None
    if comment and comment.strip():
        stamp = datetime.now(UTC).astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
        changes["comments"] = [*current.comments, f"{stamp} · {user.display_name}: {comment.strip()}"]
    updated = Alert.model_validate(current.model_dump() | changes)
    run(lambda s: s.upsert_alerts([updated]))
    refresh()
    return updated


def assignable_people() -> list[str]:
    """Names an alert can be assigned to: local users of the communication unit and admins."""
    users = settings().ui.users
    return sorted(u.display_name for u in users if {"communication", "admin"} & set(u.roles))


def issues(municipality: str | None = None, active_only: bool = False) -> list[Issue]:
    """Issues, most recently seen first."""
    return _issues(key(), municipality, active_only)


@cached
def _issues(cache_key: str, municipality: str | None, active_only: bool) -> list[Issue]:
    return run(lambda s: s.list_issues(municipality_code=municipality, active_only=active_only), cache_key)


def issue(issue_id: str) -> Issue | None:
    """One issue."""
    return _issue(key(), issue_id)


@cached
def _issue(cache_key: str, issue_id: str) -> Issue | None:
    return run(lambda s: s.get_issue(issue_id), cache_key)


def documents(ids: list[str]) -> list[EnrichedDocument]:
    """Documents by id, in the order asked (missing ones skipped)."""
    return _documents(key(), tuple(ids))


@cached
def _documents(cache_key: str, ids: tuple[str, ...]) -> list[EnrichedDocument]:
    return run(lambda s: s.get_documents(list(ids)), cache_key)


def count_documents(date_from: datetime | None = None, date_to: datetime | None = None) -> int:
    """How many documents were published in a period."""
    return _count(key(), date_from, date_to)


@cached
def _count(cache_key: str, date_from: datetime | None, date_to: datetime | None) -> int:
    flt = DocumentFilter(published_from=date_from, published_to=date_to)
    return run(lambda s: s.count_documents(flt), cache_key)


def briefings() -> list[Briefing]:
    """All briefings, newest week first."""
    return _briefings(key())


@cached
def _briefings(cache_key: str) -> list[Briefing]:
    return run(lambda s: s.list_briefings(), cache_key)


def briefing_pdf(briefing: Briefing) -> bytes | None:
    """The PDF of a briefing from the data directory, or None when it is not there."""
    if not briefing.pdf_path:
        return None
    root = settings().data_dir.resolve()
    path = Path(briefing.pdf_path)
    path = (path if path.is_absolute() else root / path).resolve()
    if not path.is_relative_to(root) or path.suffix.lower() != ".pdf" or not path.is_file():
        log.warning("briefing %s: PDF %s not found under %s", briefing.briefing_id, path, root)
        return None
    return path.read_bytes()


def source_health(source_id: str | None = None, latest_only: bool = True) -> list[SourceHealth]:
    """Source health, newest first (latest per source unless latest_only is False)."""
    return _health(key(), source_id, latest_only)


@cached
def _health(cache_key: str, source_id: str | None, latest_only: bool) -> list[SourceHealth]:
    return run(lambda s: s.list_source_health(source_id=source_id, latest_only=latest_only), cache_key)


def week_bounds_utc(day: date) -> tuple[datetime, datetime]:
    """Start and end (UTC) of the Danish week (Monday–Sunday) holding `day`."""
    monday, next_monday = aggregate.week_bounds(day)
    start = datetime.combine(monday, datetime.min.time(), LOCAL_TZ).astimezone(UTC)
    end = datetime.combine(next_monday, datetime.min.time(), LOCAL_TZ).astimezone(UTC)
    return start, end
