"""Issues, alerts, briefings, source health, the audit log and notification claims."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from index.embedded._db import Database
from index.embedded._rows import load
from index.semantics import epoch_ms
from schema import Alert, AuditEntry, Briefing, Issue, Level, SourceHealth


def upsert_issues(db: Database, issues: Iterable[Issue]) -> int:
    """Insert or replace issues by issue_id."""
    rows = [
        (
            i.issue_id,
            i.municipality_code,
            i.status,
            epoch_ms(i.last_seen),
            i.schema_version,
            i.model_dump_json(),
        )
        for i in issues
    ]
    with db.write() as conn:
        conn.executemany("INSERT OR REPLACE INTO issues VALUES (?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def get_issue(db: Database, issue_id: str) -> Issue | None:
    """One issue or None."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT schema_version, body FROM issues WHERE issue_id = ?", (issue_id,)
        ).fetchone()
    return None if row is None else load(Issue, row[1], row[0], issue_id, db.path)


def list_issues(db: Database, municipality_code: str | None, active_only: bool) -> list[Issue]:
    """Issues, last seen first (ties by issue_id)."""
    clauses, params = ["1"], []
    if municipality_code is not None:
        clauses.append("municipality_code = ?")
        params.append(municipality_code)
    if active_only:
        clauses.append("status = 'active'")
    with db.read() as conn:
        rows = conn.execute(
            f"SELECT issue_id, schema_version, body FROM issues WHERE {' AND '.join(clauses)}"  # noqa: S608 (constant SQL fragments; values are bound parameters)
            " ORDER BY last_seen_ms DESC, issue_id ASC",
            params,
        ).fetchall()
    return [load(Issue, body, v, key, db.path) for key, v, body in rows]


def upsert_alerts(db: Database, alerts: Iterable[Alert]) -> int:
    """Insert or replace alerts by alert_id."""
    rows = [
        (
            a.alert_id,
            a.issue_id,
            a.municipality_code,
            a.state,
            a.level.rank,
            epoch_ms(a.updated_at),
            a.schema_version,
            a.model_dump_json(),
        )
        for a in alerts
    ]
    with db.write() as conn:
        conn.executemany("INSERT OR REPLACE INTO alerts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def get_alert(db: Database, alert_id: str) -> Alert | None:
    """One alert or None."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT schema_version, body FROM alerts WHERE alert_id = ?", (alert_id,)
        ).fetchone()
    return None if row is None else load(Alert, row[1], row[0], alert_id, db.path)


def list_alerts(
    db: Database, state: str | None, min_level: Level | None, municipality_code: str | None
) -> list[Alert]:
    """Alerts, most recently updated first (ties by alert_id)."""
    clauses: list[str] = ["1"]
    params: list[object] = []
    for column, value in (("state", state), ("municipality_code", municipality_code)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if min_level is not None:
        clauses.append("level_rank >= ?")
        params.append(Level(min_level).rank)
    with db.read() as conn:
        rows = conn.execute(
            f"SELECT alert_id, schema_version, body FROM alerts WHERE {' AND '.join(clauses)}"  # noqa: S608 (constant SQL fragments; values are bound parameters)
            " ORDER BY updated_ms DESC, alert_id ASC",
            params,
        ).fetchall()
    return [load(Alert, body, v, key, db.path) for key, v, body in rows]


def put_briefing(db: Database, briefing: Briefing) -> None:
    """Store or replace a briefing."""
    with db.write() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO briefings VALUES (?, ?, ?, ?)",
            (briefing.briefing_id, briefing.week, briefing.schema_version, briefing.model_dump_json()),
        )


def get_briefing(db: Database, briefing_id: str) -> Briefing | None:
    """One briefing or None."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT schema_version, body FROM briefings WHERE briefing_id = ?", (briefing_id,)
        ).fetchone()
    return None if row is None else load(Briefing, row[1], row[0], briefing_id, db.path)


def list_briefings(db: Database) -> list[Briefing]:
    """All briefings, newest week first (ties by briefing_id)."""
    with db.read() as conn:
        rows = conn.execute(
            "SELECT briefing_id, schema_version, body FROM briefings ORDER BY week DESC, briefing_id ASC"
        ).fetchall()
    return [load(Briefing, body, v, key, db.path) for key, v, body in rows]


def put_source_health(db: Database, health: SourceHealth) -> None:
    """Record one source's crawl outcome (replaces the same source and run)."""
    with db.write() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO source_health VALUES (?, ?, ?, ?, ?)",
            (
                health.source_id,
                health.run_id,
                epoch_ms(health.finished_at),
                health.schema_version,
                health.model_dump_json(),
            ),
        )


def list_source_health(db: Database, source_id: str | None, latest_only: bool) -> list[SourceHealth]:
    """Source health, newest first; with latest_only one record (the newest run) per source."""
    where, params = ("WHERE h.source_id = ?", [source_id]) if source_id is not None else ("", [])
    if latest_only:
        newer = (
            "SELECT 1 FROM source_health n WHERE n.source_id = h.source_id AND "
            "(n.finished_ms > h.finished_ms OR (n.finished_ms = h.finished_ms AND n.run_id > h.run_id))"
        )
        where = f"{where} {'AND' if where else 'WHERE'} NOT EXISTS ({newer})"
    with db.read() as conn:
        rows = conn.execute(
            f"SELECT h.source_id, h.schema_version, h.body FROM source_health h {where}"  # noqa: S608 (constant SQL fragments; values are bound parameters)
            " ORDER BY h.finished_ms DESC, h.run_id DESC, h.source_id ASC",
            params,
        ).fetchall()
    return [load(SourceHealth, body, v, key, db.path) for key, v, body in rows]


def audit(db: Database, entry: AuditEntry) -> None:
    """Append one entry to the audit log."""
    with db.write() as conn:
        conn.execute(
            "INSERT INTO audit (at_ms, schema_version, body) VALUES (?, ?, ?)",
            (epoch_ms(entry.at), entry.schema_version, entry.model_dump_json()),
        )


def list_audit(db: Database, limit: int) -> list[AuditEntry]:
    """Newest audit entries first."""
    with db.read() as conn:
        rows = conn.execute(
            "SELECT seq, schema_version, body FROM audit ORDER BY at_ms DESC, seq DESC LIMIT ?",
            (max(limit, 0),),
        ).fetchall()
    return [load(AuditEntry, body, v, f"#{seq}", db.path) for seq, v, body in rows]


def purge_audit(db: Database, before: datetime) -> int:
    """Delete audit entries older than a time; returns how many."""
    with db.write() as conn:
        return conn.execute("DELETE FROM audit WHERE at_ms < ?", (epoch_ms(before, "before"),)).rowcount


def claim_notification(db: Database, key: str, at: datetime) -> bool:
    """True for the first claim of a key (atomic INSERT OR IGNORE), False afterwards."""
    with db.write() as conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO notifications (key, at_ms) VALUES (?, ?)", (key, epoch_ms(at, "at"))
        )
        return cur.rowcount == 1
