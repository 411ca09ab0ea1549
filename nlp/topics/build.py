"""Issue records from the tracker's memory: keywords, label, place, windows and participation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from nlp.topics.labels import issue_keywords, make_label
from nlp.topics.memory import DocRow, IssueState
from nlp.topics.stats import issue_municipality, main_place, participation, span, windows
from schema import Issue, LineageEvent
from schema.settings import Settings


def build_issues(
    rows: Sequence[DocRow],
    states: Mapping[str, IssueState],
    lineage: Mapping[str, list[LineageEvent]],
    previous: Mapping[str, Issue],
    settings: Settings,
    now: datetime,
) -> list[Issue]:
    """Every known issue, rebuilt from its remembered documents (or carried over when it has none left)."""
    members: dict[str, list[DocRow]] = {}
    background: list[str] = []
    for r in rows:
        if r.issue_id is None:
            background.append(r.lemma_text)
        else:
            members.setdefault(r.issue_id, []).append(r)
    keywords = issue_keywords(
        {k: [r.lemma_text for r in v] for k, v in members.items()},
        background,
        top_n=settings.topics.top_n_words,
        ngram_max=settings.topics.ngram_max,
    )
    out: list[Issue] = []
    for issue_id in sorted(set(members) | set(previous)):
        state = states.get(issue_id)
        prev = previous.get(issue_id)
        events = _events(prev.lineage if prev else [], lineage.get(issue_id, []))
        if issue_id in members:
            issue = _from_rows(issue_id, members[issue_id], keywords.get(issue_id, []), prev, settings, now)
        elif prev is not None:
            issue = prev.model_copy()
        else:  # pragma: no cover - members or previous always holds the id
            continue
        status = _status(issue.last_seen, state, settings, now)
        issue = issue.model_copy(update={"lineage": events, "status": status, "updated_at": now})
        if prev is not None and _same(prev, issue):
            issue = prev
        out.append(issue)
    return out


def _from_rows(
    issue_id: str,
    rows: list[DocRow],
    keywords: list[str],
    prev: Issue | None,
    settings: Settings,
    now: datetime,
) -> Issue:
    municipality = issue_municipality(rows, settings.topics.issue_municipality_min_share)
    place = main_place(rows, municipality)
    first, last = span(rows)
    known, remote, share = participation(rows, municipality, settings.nlp.author_home_min_confidence)
    enough = known >= settings.detection.remote.min_known_authors
    return Issue(
        issue_id=issue_id,
        label=make_label(keywords, place[0] if place else None, settings.topics.label_keywords),
        keywords=keywords,
        municipality_code=municipality,
        place=place[0] if place else None,
        place_point=place[1] if place else None,
        document_ids=[r.id for r in rows],
        first_seen=min(first, prev.first_seen) if prev else first,
        last_seen=last,
        windows=windows(rows, settings.detection.window_days),
        authors_known=known,
        authors_remote=remote,
        remote_share=round(share, 4) if enough and share is not None else None,
        updated_at=now,
    )


def _status(last_seen: datetime, state: IssueState | None, settings: Settings, now: datetime) -> str:
    if state is not None and state.merged_into:
        return "merged"
    return "active" if last_seen >= now - timedelta(days=settings.topics.dormant_days) else "dormant"


def _events(old: Sequence[LineageEvent], new: Sequence[LineageEvent]) -> list[LineageEvent]:
    seen: dict[tuple[str, datetime, tuple[str, ...]], LineageEvent] = {}
    for e in [*old, *new]:
        seen.setdefault((e.kind, e.at, tuple(e.other_issue_ids)), e)
    return sorted(seen.values(), key=lambda e: (e.at, e.kind, e.other_issue_ids))


def _same(a: Issue, b: Issue) -> bool:
    return a.model_dump(exclude={"updated_at"}) == b.model_dump(exclude={"updated_at"})
