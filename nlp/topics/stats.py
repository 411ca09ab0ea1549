"""An issue's record from its documents: municipality, place, windows over time, who takes part."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from nlp.detect.remote import author_homes, remote_counts
from nlp.topics.memory import DocRow
from nlp.topics.refine import MIN_LOCATION_CONFIDENCE, SPECIFIC_KINDS
from schema import GeoPoint, IssueWindow

#: Place kinds from most to least specific, for an issue's main place.
_KIND_RANK = {"landmark": 0, "locality": 1, "town": 2, "postcode": 3, "municipality": 4, "region": 5}


def issue_municipality(rows: Sequence[DocRow], min_share: float) -> str | None:
    """The municipality most of the located documents are about (weighted by confidence), if dominant."""
    weights: dict[str, float] = {}
    for r in rows:
        if r.municipality and r.muni_conf >= MIN_LOCATION_CONFIDENCE:
            weights[r.municipality] = weights.get(r.municipality, 0.0) + r.muni_conf
    if not weights:
        return None
    code, weight = max(weights.items(), key=lambda kv: (kv[1], kv[0]))
    return code if weight >= min_share * sum(weights.values()) else None


def main_place(rows: Sequence[DocRow], municipality: str | None) -> tuple[str, GeoPoint | None] | None:
    """The place or object most documents name (specific places first) within the issue's municipality."""
    score: dict[str, float] = {}
    kinds: dict[str, str] = {}
    points: dict[str, GeoPoint] = {}
    for r in rows:
        for name, kind, code, lat, lon, weight in {p[0]: p for p in r.places}.values():
            if municipality is not None and code not in (municipality, None):
                continue
            score[name] = score.get(name, 0.0) + max(weight, 0.1)
            kinds[name] = kind
            if lat is not None and lon is not None:
                points.setdefault(name, GeoPoint(lat=lat, lon=lon))
    if not score:
        return None
    top = max(score.values())
    specific = [n for n, s in score.items() if kinds[n] in SPECIFIC_KINDS and s >= 0.3 * top]
    pool = specific or list(score)
    name = min(pool, key=lambda n: (-score[n], _KIND_RANK.get(kinds[n], 9), n))
    return name, points.get(name)


def windows(rows: Sequence[DocRow], window_days: int = 1) -> list[IssueWindow]:
    """Statistics per time window (non-empty windows only, oldest first); rows sorted by time."""
    seen: set[str] = set()
    out: list[IssueWindow] = []
    buckets: dict[date, list[DocRow]] = {}
    origin = date(2000, 1, 3)  # a Monday: windows longer than a day start on fixed dates
    for r in rows:
        day = r.published.date()
        start = day - timedelta(days=(day - origin).days % window_days)
        buckets.setdefault(start, []).append(r)
    for start in sorted(buckets):
        group = buckets[start]
        authors = {r.author for r in group if r.author}
        new = authors - seen
        seen |= authors
        out.append(
            IssueWindow(
                start=start,
                documents=len(group),
                authors=len(authors),
                new_authors=len(new),
                cue_documents=sum(1 for r in group if r.cues),
                platforms=dict(sorted(Counter(r.platform for r in group).items())),
            )
        )
    return out


def participation(
    rows: Sequence[DocRow], municipality: str | None, min_confidence: float
) -> tuple[int, int, float | None]:
    """(authors with a known home, remote among them, remote share)."""
    homes = author_homes(((r.author, r.home, r.home_conf) for r in rows), min_confidence)
    return remote_counts(homes, municipality)


def span(rows: Sequence[DocRow]) -> tuple[datetime, datetime]:
    """First and last publication time."""
    times = [r.published for r in rows]
    return min(times), max(times)
