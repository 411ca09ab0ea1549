"""Alerts, briefings (with real PDFs) and source health of the UI test deployment."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from schema import (
    Alert,
    AlertEvidence,
    Briefing,
    CueExample,
    DailyCount,
    DocumentRef,
    EnrichedDocument,
    Issue,
    Level,
    RemoteParticipation,
    SourceHealth,
)
from tests.ui.demo_plans import SOURCES


def demo_alerts(
    issues: list[Issue], by_issue: dict[str, list[EnrichedDocument]], now: datetime
) -> list[Alert]:
    levels = {
        "issue-ingerslev-traer": (Level.ALERT, 0.86, "open"),
        "issue-mols-solceller": (Level.WARNING, 0.68, "open"),
        "issue-tranbjerg-skole": (Level.WATCH, 0.41, "open"),
        "issue-snerydning": (Level.WATCH, 0.37, "closed"),
    }
    out = []
    for issue in issues:
        if issue.issue_id not in levels:
            continue
        level, score, state = levels[issue.issue_id]
        docs = sorted(by_issue[issue.issue_id], key=lambda d: d.published_at)
        recent = [w for w in issue.windows if w.documents][-14:]
        homes = {d.author.pseudonym: d.author_home for d in docs if d.author}
        known = {k: h for k, h in homes.items() if h is not None}
        remote = {k: h for k, h in known.items() if h.municipality_code != issue.municipality_code}
        cue_counts = Counter((c.family, c.text) for d in docs for c in d.cues)
        first = recent[0].start if recent else now.date()
        out.append(
            Alert(
                alert_id=f"{issue.issue_id}@{first.isoformat()}",
                issue_id=issue.issue_id,
                label=issue.label,
                municipality_code=issue.municipality_code,
                place=issue.place,
                place_point=issue.place_point,
                level=level,
                peak_level=level,
                score=score,
                state=state,  # type: ignore[arg-type]
                first_seen=datetime.combine(first, datetime.min.time(), UTC) + timedelta(hours=8),
                updated_at=now - timedelta(minutes=20),
                closed_at=now - timedelta(days=3) if state == "closed" else None,
                document_ids=[d.id for d in docs],
                evidence=AlertEvidence(
                    signals={
                        "burst": min(1, score + 0.08),
                        "authors": score,
                        "calls_to_action": min(1, score + 0.05),
                        "narrowness": 0.8,
                        "spread": 0.6,
                        "coordination": 0.2,
                    },
                    growth=[
                        DailyCount(day=w.start, documents=w.documents, authors=w.authors) for w in recent
                    ],
                    cues=[
                        CueExample(
                            family=fam,
                            count=count,
                            example=next(
                                (d.text for d in docs if any(c.family == fam for c in d.cues)), words
                            ),
                        )
                        for (fam, words), count in cue_counts.most_common(5)
                    ],
                    top_documents=[
                        DocumentRef(
                            id=d.id,
                            title=d.title,
                            snippet=d.text[:200],
                            url=d.url,
                            platform=d.platform.value,
                            published_at=d.published_at,
                            author=d.author.pseudonym if d.author else None,
                        )
                        for d in docs[-6:]
                    ],
                    platforms=dict(Counter(d.platform.value for d in docs)),
                    sources=dict(Counter(d.source_id for d in docs)),
                    remote=RemoteParticipation(
                        authors_known=len(known),
                        authors_unknown=len(homes) - len(known),
                        authors_remote=len(remote),
                        remote_share=len(remote) / len(known) if len(known) >= 5 else None,
                        median_distance_km=140.0 if remote else None,
                        distance_km=[80.0 + 15 * i for i in range(len(remote))],
                        regions={
                            "Region Midtjylland": len(known) - len(remote),
                            "Region Hovedstaden": len(remote),
                        },
                        home_municipalities=dict(Counter(h.municipality_code for h in known.values())),
                        remote_dominated=bool(known) and len(remote) / len(known) > 0.5,
                        unusual=issue.issue_id == "issue-mols-solceller",
                    ),
                ),
            )
        )
    return out


def demo_briefings(data_dir: Path, now: datetime, issues: list[Issue], alerts: list[Alert]) -> list[Briefing]:
    from weasyprint import HTML

    year, week, _ = (now - timedelta(days=7)).isocalendar()
    week_id = f"{year}-W{week:02d}"
    out = []
    for lang, title, summary in (
        (
            "da",
            f"Ugebriefing uge {week}",
            "Træerne på Ingerslev Boulevard mobiliserer kraftigt; solcelleparken ved "
            "Mols Bjerge drives mest af stemmer udefra.",
        ),
        (
            "en",
            f"Weekly briefing week {week}",
            "The trees on Ingerslev Boulevard mobilise strongly; the solar park at "
            "Mols Bjerge is driven mostly by remote voices.",
        ),
    ):
        rows = "".join(f"<tr><td>{i.label}</td><td>{len(i.document_ids)}</td></tr>" for i in issues[:4])
        html = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
            "body{font-family:'DejaVu Sans';margin:1.5rem} h1{color:#1f5f8b} table{border-collapse:collapse}"
            "td{border:1px solid #ccc;padding:4px}</style></head>"
            f"<body><h1>{title}</h1><p class='summary'>{summary}</p><h2>Sager</h2><table>{rows}</table>"
            f"<p>Aktive varsler: {sum(1 for a in alerts if a.state == 'open')}</p></body></html>"
        )
        relative = f"briefings/{week_id}-{lang}.pdf"
        pdf = data_dir / relative
        pdf.parent.mkdir(parents=True, exist_ok=True)
        HTML(string=html).write_pdf(pdf)
        out.append(
            Briefing(
                briefing_id=f"{week_id}-{lang}",
                week=week_id,
                language=lang,  # type: ignore[arg-type]
                generated_at=now - timedelta(days=now.weekday(), hours=2),
                title=title,
                summary=summary,
                html=html,
                pdf_path=relative,
                figures={"documents": 412.0, "alerts": 2.0, "remote_share": 0.31},
                issue_ids=[i.issue_id for i in issues[:4]],
                alert_ids=[a.alert_id for a in alerts],
            )
        )
    return out


def demo_health(rng: random.Random, now: datetime) -> list[SourceHealth]:
    out = []
    for run in range(4):
        start = now - timedelta(hours=6 * (3 - run), minutes=10)
        for source_id, kind, _, _ in SOURCES:
            failed = source_id == "mastodon-dk" and run == 3
            degraded = source_id == "hoeringsportal" and run >= 2
            fetched = 0 if failed else rng.randint(20, 140)
            errors = {"timeout": 3} if failed else {"http_500": 2} if degraded else {}
            out.append(
                SourceHealth(
                    source_id=source_id,
                    kind=kind,
                    run_id=f"run-{run}",
                    started_at=start,
                    finished_at=start + timedelta(seconds=rng.randint(20, 200)),
                    last_success=None if failed else start + timedelta(minutes=3),
                    items_fetched=fetched,
                    items_new=fetched // 3,
                    items_updated=fetched // 10,
                    duplicates=fetched // 2,
                    errors=errors,
                    last_error="TimeoutError: mastodon.example did not answer in 30 s"
                    if failed
                    else "HTTP 500 på side 3"
                    if degraded
                    else None,
                    status="failed" if failed else "degraded" if degraded else "ok",
                )
            )
    return out
