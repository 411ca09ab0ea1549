"""The outside-evaluation JSON formats of `debatradar alerts` and `debatradar issues` (docs/formats.md)."""

from __future__ import annotations

from typing import Any

from schema import Alert, Issue


def alert_json(alert: Alert) -> dict[str, Any]:
    """One alert as documented in docs/formats.md."""
    remote = alert.evidence.remote
    return {
        "alert_id": alert.alert_id,
        "issue_id": alert.issue_id,
        "label": alert.label,
        "municipality": alert.municipality_code,
        "level": alert.level.value,
        "peak_level": alert.peak_level.value,
        "state": alert.state,
        "score": round(alert.score, 4),
        "first_seen": alert.first_seen.isoformat(),
        "updated_at": alert.updated_at.isoformat(),
        "closed_at": alert.closed_at.isoformat() if alert.closed_at else None,
        "document_ids": list(alert.document_ids),
        "remote_share": None if remote.remote_share is None else round(remote.remote_share, 4),
        "authors_known": remote.authors_known,
        "authors_remote": remote.authors_remote,
    }


def issue_json(issue: Issue) -> dict[str, Any]:
    """One issue as documented in docs/formats.md."""
    return {
        "issue_id": issue.issue_id,
        "label": issue.label,
        "municipality": issue.municipality_code,
        "document_ids": list(issue.document_ids),
        "first_seen": issue.first_seen.isoformat(),
        "last_seen": issue.last_seen.isoformat(),
        "remote_share": None if issue.remote_share is None else round(issue.remote_share, 4),
        "authors_known": issue.authors_known,
        "authors_remote": issue.authors_remote,
        "keywords": list(issue.keywords),
        "status": issue.status,
    }
