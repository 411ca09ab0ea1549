"""Pure computations behind the pages: participation, issue series and the week in one screen.

Only aggregates leave this module: counts per municipality, region, week or distance, never a
list of what one author wrote.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from nlp.detect.remote import pool_small_groups
from schema import Alert, AuthorHome, EnrichedDocument, Issue, Level
from ui.fmt import local


@dataclass(frozen=True)
class MunicipalityInfo:
    """A municipality for maps and labels."""

    code: str
    name: str
    region: str
    lat: float
    lon: float


@dataclass(frozen=True)
class WeekShare:
    """Known and remote authors active in one week."""

    start: date
    known: int
    remote: int
    share: float | None


@dataclass(frozen=True)
class Participation:
    """Who takes part in a debate: where the authors with a known home live."""

    municipality_code: str
    documents: int
    authors: int
    authors_known: int
    authors_remote: int
    remote_share: float | None
    median_distance_km: float | None
    distances_km: list[float]
    homes: dict[str, int]
    regions: dict[str, int]
    signals: dict[str, int]
    weekly: list[WeekShare] = field(default_factory=list)

    @property
    def authors_unknown(self) -> int:
        """Authors whose home could not be inferred."""
        return self.authors - self.authors_known


def participation(
    documents: Iterable[EnrichedDocument],
    home_code: str,
    distance_km: Callable[[str, str], float | None],
    region_of: Callable[[str], str | None],
    min_known: int,
    min_group: int = 1,
) -> Participation:
    """Aggregate the authors of some documents by where they live, relative to `home_code`.

    Each author counts once, with the most confident home inferred over their documents; the
    share of remote authors is reported only when at least `min_known` homes are known. Home
    municipalities with fewer than `min_group` authors are pooled (`pool_small_groups`).
    """
    homes: dict[str, AuthorHome | None] = {}
    weeks: dict[date, set[str]] = defaultdict(set)
    n_docs = 0
    for doc in documents:
        n_docs += 1
        if doc.author is None:
            continue
        key = doc.author.pseudonym
        best = homes.get(key)
        if doc.author_home is not None and (best is None or doc.author_home.confidence > best.confidence):
            best = doc.author_home
        homes[key] = best
        weeks[_week_start(doc.published_at)].add(key)
    known = {key: home for key, home in homes.items() if home is not None}
    remote = {key: home for key, home in known.items() if home.municipality_code != home_code}
    distances = sorted(
        d for d in (distance_km(home_code, h.municipality_code) for h in remote.values()) if d is not None
    )
    regions: Counter[str] = Counter()
    for home in known.values():
        regions[region_of(home.municipality_code) or "?"] += 1
    weekly = []
    for start in sorted(weeks):
        active = [key for key in weeks[start] if key in known]
        n_remote = sum(1 for key in active if key in remote)
        weekly.append(WeekShare(start, len(active), n_remote, _share(n_remote, len(active), min_known)))
    return Participation(
        municipality_code=home_code,
        documents=n_docs,
        authors=len(homes),
        authors_known=len(known),
        authors_remote=len(remote),
        remote_share=_share(len(remote), len(known), min_known),
        median_distance_km=statistics.median(distances) if distances else None,
        distances_km=distances,
        homes=pool_small_groups(Counter(h.municipality_code for h in known.values()), min_group, home_code),
        regions=dict(regions.most_common()),
        signals=dict(Counter(h.signal for h in known.values()).most_common()),
        weekly=weekly,
    )


def _share(part: int, whole: int, min_whole: int) -> float | None:
    return part / whole if whole >= max(min_whole, 1) else None


def _week_start(moment: datetime) -> date:
    day = local(moment).date()
    return day - timedelta(days=day.weekday())


def iso_week(day: date) -> str:
    """'2026-W47' for a day."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_bounds(day: date) -> tuple[date, date]:
    """Monday and the following Monday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)


@dataclass(frozen=True)
class IssueWeek:
    """One issue's volume in a week and the week before."""

    issue_id: str
    label: str
    municipality_code: str | None
    documents: int
    documents_before: int
    authors: int
    remote_share: float | None


def issue_volume(issue: Issue, start: date, end: date) -> tuple[int, int]:
    """Documents and authors (sum of daily windows) of an issue in [start, end)."""
    windows = [w for w in issue.windows if start <= w.start < end]
    return sum(w.documents for w in windows), sum(w.authors for w in windows)


def top_issues(issues: Sequence[Issue], start: date, end: date, limit: int = 5) -> list[IssueWeek]:
    """The issues most discussed in [start, end), with the same span before it for comparison."""
    span = end - start
    rows = []
    for issue in issues:
        docs, authors = issue_volume(issue, start, end)
        before, _ = issue_volume(issue, start - span, start)
        if docs or before:
            rows.append(
                IssueWeek(
                    issue.issue_id,
                    issue.label,
                    issue.municipality_code,
                    docs,
                    before,
                    authors,
                    issue.remote_share,
                )
            )
    rows.sort(key=lambda r: (-r.documents, -r.documents_before, r.label))
    return rows[:limit]


def issue_series(issues: Sequence[Issue], start: date, end: date) -> list[dict[str, object]]:
    """Daily documents per issue in [start, end), one row per issue and day with activity."""
    return [
        {
            "issue_id": issue.issue_id,
            "label": issue.label,
            "day": window.start,
            "documents": window.documents,
            "authors": window.authors,
            "new_authors": window.new_authors,
            "cue_documents": window.cue_documents,
        }
        for issue in issues
        for window in issue.windows
        if start <= window.start < end
    ]


def alert_counts(alerts: Iterable[Alert]) -> dict[str, int]:
    """Open alerts by level (all three levels present)."""
    counts = {level.value: 0 for level in Level}
    for alert in alerts:
        if alert.state == "open":
            counts[alert.level.value] += 1
    return counts


def growth_values(alert: Alert, days: int = 14) -> list[int]:
    """The last `days` daily document counts of an alert's growth curve (for a sparkline)."""
    return [point.documents for point in alert.evidence.growth[-days:]]
