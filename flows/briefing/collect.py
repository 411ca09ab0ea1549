"""Gather a week's briefing from the store, only through the Store API (either backend)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from flows._i18n import Language, level_name, number, tr
from flows._names import municipality_name
from flows.briefing._texts import TEXTS
from flows.briefing.model import (
    ActorRow,
    BriefingData,
    DocumentLink,
    Figure,
    IssueRow,
    MobilisationRow,
    WatchRow,
)
from flows.briefing.week import IsoWeek
from index import DocumentFilter, SearchQuery, Store
from schema import Alert, EnrichedDocument, Issue
from schema.settings import Settings

WEEKS = 8
TOP_ISSUES = 5
TOP_MOBILISATIONS = 6
ACTIVE_ISSUE_MIN = 3


@dataclass
class _Week:
    documents: int = 0
    authors: set[str] = field(default_factory=set)
    homes: dict[str, str] = field(default_factory=dict)
    issue_docs: Counter[str] = field(default_factory=Counter)
    issue_authors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    issue_homes: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    actors: Counter[str] = field(default_factory=Counter)


def collect(
    store: Store,
    settings: Settings,
    week: IsoWeek,
    lang: Language,
    now: datetime,
    centroids: dict[str, tuple[float, float, str]] | None = None,
) -> BriefingData:
    """The week's numbers, issues, mobilisations, actors and outlook, with the previous weeks for trends."""
    tz = settings.flows.timezone
    weeks = [week.shift(i - WEEKS + 1) for i in range(WEEKS)]
    watched = {m.code for m in settings.municipalities}
    issues = {i.issue_id: i for i in store.list_issues() if i.municipality_code in watched}
    stats = _scan(store, settings, weeks, issues, watched)
    this, prev = stats[-1], stats[-2]
    start, end = week.bounds(tz)
    alerts = [a for a in store.list_alerts() if a.municipality_code in watched]
    active = [a for a in alerts if _active(a, start, end)]
    prev_start, prev_end = weeks[-2].bounds(tz)
    active_prev = [a for a in alerts if _active(a, prev_start, prev_end)]
    rows = _issue_rows(issues, stats, settings)
    mobilisations = _mobilisations(active, start, settings)
    terms = [
        t.term for t in store.significant_terms(SearchQuery(date_from=start, date_to=end, size=0), size=8)
    ]
    figures = [
        Figure("documents", this.documents, prev.documents),
        Figure("authors", len(this.authors), len(prev.authors)),
        Figure("active_issues", _active_issues(this), _active_issues(prev)),
        Figure("alerts_open", len(active), len(active_prev)),
        Figure(
            "alerts_new",
            sum(m.new for m in mobilisations),
            sum(start > a.first_seen >= prev_start for a in alerts),
        ),
        Figure("remote_share", *_remote_shares(this, prev), share=True),
    ]
    return BriefingData(
        week=week,
        language=lang,
        generated_at=now,
        municipalities=[m.name for m in settings.municipalities],
        figures=figures,
        weeks=weeks,
        issues=rows,
        mobilisations=mobilisations,
        actors=_actors(stats, settings),
        watch=_watch(rows, active, terms, lang),
        emerging_terms=terms,
        centroids=centroids or {},
    )


def _scan(
    store: Store, settings: Settings, weeks: list[IsoWeek], issues: dict[str, Issue], watched: set[str]
) -> list[_Week]:
    tz = settings.flows.timezone
    bounds = [w.bounds(tz) for w in weeks]
    actor_names = {a.name.casefold(): a.name for a in settings.privacy.public_actors}
    stats = [_Week() for _ in weeks]
    flt = DocumentFilter(published_from=bounds[0][0], published_to=bounds[-1][1])
    for doc in store.iter_documents(flt):
        index = next((i for i, (s, e) in enumerate(bounds) if s <= doc.published_at < e), None)
        issue = issues.get(doc.issue_id) if doc.issue_id else None
        if index is None or (issue is None and doc.municipality_code not in watched):
            continue
        week = stats[index]
        week.documents += 1
        for name in _actors_in(doc, actor_names):
            week.actors[name] += 1
        if index < len(weeks) - 2 or doc.author is None:
            if issue is not None:
                week.issue_docs[issue.issue_id] += 1
            continue
        author = doc.author.pseudonym
        week.authors.add(author)
        home = doc.author_home.municipality_code if doc.author_home else None
        place = issue.municipality_code if issue else doc.municipality_code
        if home is not None and place is not None:
            week.homes[author] = "local" if home == place else "remote"
        if issue is not None:
            week.issue_docs[issue.issue_id] += 1
            week.issue_authors[issue.issue_id].add(author)
            if home is not None:
                week.issue_homes[issue.issue_id][author] = home
    return stats


def _actors_in(doc: EnrichedDocument, names: dict[str, str]) -> set[str]:
    found = set()
    if doc.author is not None and doc.author.display_name:
        found.add(doc.author.display_name)
    for entity in doc.entities:
        name = names.get(entity.text.casefold())
        if name:
            found.add(name)
    return found


def _issue_rows(issues: dict[str, Issue], stats: list[_Week], settings: Settings) -> list[IssueRow]:
    this, prev = stats[-1], stats[-2]
    top = [iid for iid, n in this.issue_docs.most_common() if n > 0][:TOP_ISSUES]
    rows = []
    for iid in top:
        issue = issues[iid]
        homes = this.issue_homes.get(iid, {})
        remote = sum(1 for h in homes.values() if h != issue.municipality_code)
        rows.append(
            IssueRow(
                issue_id=iid,
                label=issue.label,
                municipality=municipality_name(issue.municipality_code, settings) or "",
                municipality_code=issue.municipality_code,
                documents=this.issue_docs[iid],
                documents_previous=prev.issue_docs[iid],
                authors=len(this.issue_authors.get(iid, ())),
                authors_known=len(homes),
                authors_remote=remote,
                weekly=[w.issue_docs[iid] for w in stats],
                homes=dict(Counter(homes.values())),
            )
        )
    return rows


def _mobilisations(active: list[Alert], start: datetime, settings: Settings) -> list[MobilisationRow]:
    ordered = sorted(active, key=lambda a: (-a.peak_level.rank, -a.score, a.alert_id))[:TOP_MOBILISATIONS]
    return [
        MobilisationRow(
            alert_id=a.alert_id,
            label=a.label,
            municipality=municipality_name(a.municipality_code, settings) or "",
            level=a.level,
            peak_level=a.peak_level,
            new=a.first_seen >= start,
            closed=a.state == "closed",
            score=a.score,
            first_seen=a.first_seen,
            documents=len(a.document_ids),
            remote_share=a.remote_share,
            authors_known=a.evidence.remote.authors_known,
            cues=[c.example for c in sorted(a.evidence.cues, key=lambda c: -c.count)[:3]],
            platforms=[p for p, _ in sorted(a.evidence.platforms.items(), key=lambda kv: -kv[1])],
            evidence=[
                DocumentLink(title=(d.title or d.snippet)[:120], url=d.url, platform=d.platform)
                for d in a.evidence.top_documents[:2]
            ],
        )
        for a in ordered
    ]


def _actors(stats: list[_Week], settings: Settings) -> list[ActorRow]:
    types = {a.name: a.actor_type for a in settings.privacy.public_actors}
    this, prev = stats[-1], stats[-2]
    earlier: Counter[str] = Counter()
    for week in stats[-6:-1]:
        earlier.update(week.actors)
    return [
        ActorRow(name, types.get(name, "unknown"), count, prev.actors[name], new=earlier[name] == 0)
        for name, count in sorted(this.actors.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    ]


def _watch(rows: list[IssueRow], active: list[Alert], terms: list[str], lang: Language) -> list[WatchRow]:
    alerted = {a.issue_id for a in active if a.state == "open"}
    out = [
        WatchRow(r.label, tr(TEXTS, "watch.rising", lang, before=r.documents_previous, after=r.documents))
        for r in rows
        if r.issue_id not in alerted
        and r.documents >= 5
        and r.documents >= 1.5 * max(r.documents_previous, 1)
    ]
    for alert in sorted(active, key=lambda a: (-a.score, a.alert_id)):
        if alert.state == "open" and alert.level.rank < 2:
            score = number(alert.score, lang, 2)
            out.append(
                WatchRow(
                    alert.label,
                    tr(TEXTS, "watch.open", lang, level=level_name(alert.level, lang), score=score),
                )
            )
    return out[:5]


def _active(alert: Alert, start: datetime, end: datetime) -> bool:
    return alert.first_seen < end and (alert.closed_at is None or alert.closed_at >= start)


def _active_issues(week: _Week) -> int:
    return sum(1 for n in week.issue_docs.values() if n >= ACTIVE_ISSUE_MIN)


def _remote_shares(this: _Week, prev: _Week) -> tuple[float | None, float | None]:
    def share(week: _Week) -> float | None:
        known = len(week.homes)
        return sum(1 for h in week.homes.values() if h == "remote") / known if known else None

    return share(this), share(prev)
