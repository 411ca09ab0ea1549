"""Builders of realistic Danish records for the index tests (not fixtures: plain functions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from schema import (
    Alert,
    AlertEvidence,
    AuditEntry,
    Briefing,
    Issue,
    IssueWindow,
    Level,
    RemoteParticipation,
    SourceHealth,
)
from schema.settings import Settings

#: a fixed "now" for the test corpus: Tuesday 3 November 2026, 10:00 UTC
NOW = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)

MUNICIPALITIES = {"0751": "Aarhus", "0706": "Syddjurs", "0461": "Odense", "0101": "København"}


def embedded_settings(data_dir: Path) -> Settings:
    """Settings of the embedded backend under a test folder."""
    return Settings(municipalities=[{"code": "0751", "name": "Aarhus"}], data_dir=data_dir)


#: (title, text, platform, municipality, cues, hashtags) — a small Danish local debate
CORPUS: list[tuple[str | None, str, str, str | None, list[tuple[str, str]], list[str]]] = [
    (
        "Nej til vindmøller ved Viby",
        "Vi er mange borgere, der protesterer mod vindmøllerne. Skriv under på underskriftindsamlingen nu!",
        "letters",
        "0751",
        [("sign", "Skriv under"), ("petition", "underskriftindsamlingen")],
        ["#nejtilvindmøller"],
    ),
    (
        "Vindmøllen larmer",
        "Naboerne til vindmøllen klager over støj om natten. Mød op til borgermødet i Viby Hallen.",
        "news",
        "0751",
        [("show_up", "Mød op"), ("public_meeting", "borgermødet")],
        [],
    ),
    (
        "Skolerne i Syddjurs",
        "Byrådet i Syddjurs vil lukke to skoler. Forældrene har sendt høringssvar til kommunen.",
        "consultation",
        "0706",
        [("consultation", "høringssvar")],
        ["#bevarskolen"],
    ),
    (
        "Bevar skolen i Rønde",
        "Skolen i Rønde er hjertet i byen. Del opslaget og kom til demonstration lørdag.",
        "facebook",
        "0706",
        [("share", "Del opslaget"), ("demonstration", "demonstration")],
        ["#bevarskolen"],
    ),
    (
        None,
        "Træerne på Ingerslevs Boulevard skal fældes, siger kommunen. Det er en skandale for Aarhus.",
        "reddit",
        "0751",
        [],
        [],
    ),
    (
        "Letbanen til Brabrand",
        "Letbanen forlænges til Brabrand. Solceller på depotets tag skal levere strøm.",
        "news",
        "0751",
        [],
        [],
    ),
    (
        "Odense Å og de nye cykelstier",
        "Odense Kommune bygger cykelstier langs åen. Beboerne er delte.",
        "mastodon",
        "0461",
        [],
        ["#odense"],
    ),
    (
        "Wind turbines near Viby",
        "An English summary: residents oppose the wind turbines planned near Viby.",
        "bluesky",
        None,
        [],
        [],
    ),
]


def make_issue(
    issue_id: str, last_seen: datetime, municipality_code: str = "0751", status: str = "active"
) -> Issue:
    """A realistic tracked issue."""
    return Issue(
        issue_id=issue_id,
        label=f"vindmøller · Viby ({issue_id})",
        keywords=["vindmølle", "viby", "støj"],
        municipality_code=municipality_code,
        place="Viby J",
        document_ids=["d1", "d2"],
        first_seen=last_seen - timedelta(days=3),
        last_seen=last_seen,
        windows=[IssueWindow(start=last_seen.date(), documents=4, authors=3, new_authors=2, cue_documents=1)],
        authors_known=3,
        authors_remote=1,
        remote_share=1 / 3,
        status=status,  # type: ignore[arg-type]
        updated_at=last_seen,
    )


def make_alert(
    alert_id: str, level: Level, updated_at: datetime, state: str = "open", code: str = "0751"
) -> Alert:
    """A realistic alert with evidence."""
    return Alert(
        alert_id=alert_id,
        issue_id=f"issue-{alert_id}",
        label="Nej til vindmøller ved Viby",
        municipality_code=code,
        place="Viby J",
        level=level,
        peak_level=level,
        score=0.4 + 0.2 * level.rank,
        state=state,  # type: ignore[arg-type]
        first_seen=updated_at - timedelta(days=1),
        updated_at=updated_at,
        evidence=AlertEvidence(
            signals={"burst": 0.9, "cues": 0.7},
            remote=RemoteParticipation(
                authors_known=10, authors_unknown=4, authors_remote=3, remote_share=0.3
            ),
        ),
    )


def make_briefing(week: str, language: str = "da") -> Briefing:
    """A weekly briefing."""
    return Briefing(
        briefing_id=f"{week}-{language}",
        week=week,
        language=language,  # type: ignore[arg-type]
        generated_at=NOW,
        title=f"Ugebrief {week}",
        summary="To sager mobiliserer: vindmøller ved Viby og skolelukninger i Syddjurs.",
        html="<h1>Ugebrief</h1>",
        figures={"documents": 412.0},
    )


def make_health(source_id: str, run_id: str, finished_at: datetime, status: str = "ok") -> SourceHealth:
    """One crawl run's health."""
    return SourceHealth(
        source_id=source_id,
        kind="news_feed",
        run_id=run_id,
        started_at=finished_at - timedelta(minutes=2),
        finished_at=finished_at,
        items_fetched=20,
        items_new=5,
        status=status,  # type: ignore[arg-type]
    )


def make_audit(at: datetime, user: str = "analytiker", query: str | None = "vindmøller") -> AuditEntry:
    """One audit entry."""
    return AuditEntry(
        at=at, user=user, action="search", query=query, filters={"municipality": "0751"}, hits=3
    )
