"""Remote participation: who takes part in an issue, locals or people from far away."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from statistics import median
from typing import Protocol

from schema import EnrichedDocument, RemoteParticipation
from schema.settings import RemoteSettings


class Geography(Protocol):
    """What remote participation needs of the gazetteer (nlp's ``Gazetteer`` provides it)."""

    def distance_km(self, code_a: str, code_b: str) -> float:
        """Haversine distance between two municipalities' centroids."""
        ...

    def region_of(self, code: str) -> str | None:
        """The region a municipality belongs to."""
        ...


def default_geography() -> Geography:
    """The Danish gazetteer of nlp/ (municipality centroids and regions)."""
    from nlp.geo import Gazetteer

    return Gazetteer.default()


def author_homes(
    entries: Iterable[tuple[str | None, str | None, float]], min_confidence: float
) -> dict[str, str | None]:
    """Each author's home from (author, home municipality, confidence) signals.

    The most confident signal at or above ``min_confidence`` wins (ties: the most frequent home);
    an author with no such signal maps to None (unknown home).

    Examples:
        >>> author_homes([("a", "0751", 0.9), ("a", "0461", 0.6), ("b", None, 0.0), ("c", "0101", 0.3)], 0.5)
        {'a': '0751', 'b': None, 'c': None}
    """
    best: dict[str, tuple[float, Counter[str]]] = {}
    for author, home, confidence in entries:
        if author is None:
            continue
        conf, seen = best.setdefault(author, (-1.0, Counter()))
        if home is None or confidence < min_confidence:
            continue
        if confidence > conf:
            best[author] = (confidence, Counter({home: 1}))
        elif confidence == conf:
            seen[home] += 1
    return {a: (seen.most_common(1)[0][0] if seen else None) for a, (_, seen) in best.items()}


def remote_counts(
    homes: dict[str, str | None], municipality_code: str | None
) -> tuple[int, int, float | None]:
    """(authors with a known home, of them living elsewhere, remote share or None)."""
    known = [h for h in homes.values() if h is not None]
    if municipality_code is None or not known:
        return len(known), 0, None
    remote = sum(1 for h in known if h != municipality_code)
    return len(known), remote, remote / len(known)


def remote_participation(
    documents: Sequence[EnrichedDocument],
    municipality_code: str | None,
    settings: RemoteSettings,
    min_confidence: float,
    geography: Geography | None = None,
    usual_share: float | None = None,
    min_group: int = 1,
) -> RemoteParticipation:
    """Remote participation among the authors of some documents (an issue or an episode).

    Home municipalities with fewer than ``min_group`` authors are pooled (``pool_small_groups``).

    Remote means a known home municipality other than the issue's. The share is reported once
    ``min_known_authors`` homes are known; it is flagged as dominating above ``dominate_share``
    and as unusual when it exceeds the municipality's ``usual_share`` by ``unusual_margin``.
    """
    homes = author_homes(
        ((d.author.pseudonym if d.author else None, _home(d), _confidence(d)) for d in documents),
        min_confidence,
    )
    known, remote, share = remote_counts(homes, municipality_code)
    enough = known >= settings.min_known_authors and share is not None
    elsewhere = [h for h in homes.values() if h is not None and h != municipality_code]
    distances: list[float] = []
    regions: Counter[str] = Counter()
    if municipality_code is not None and elsewhere:
        geo = geography or default_geography()
        distances = sorted(round(geo.distance_km(municipality_code, h), 1) for h in elsewhere)
        regions = Counter(r for r in (geo.region_of(h) for h in elsewhere) if r)
    return RemoteParticipation(
        authors_known=known,
        authors_unknown=len(homes) - known,
        authors_remote=remote,
        remote_share=round(share, 4) if enough and share is not None else None,
        median_distance_km=round(median(distances), 1) if distances else None,
        distance_km=distances,
        regions=dict(regions.most_common()),
        home_municipalities=pool_small_groups(
            Counter(h for h in homes.values() if h is not None), min_group, keep=municipality_code
        ),
        remote_dominated=bool(enough and share is not None and share > settings.dominate_share),
        unusual=bool(
            enough
            and share is not None
            and usual_share is not None
            and share > usual_share + settings.unusual_margin
        ),
    )


def _home(doc: EnrichedDocument) -> str | None:
    return doc.author_home.municipality_code if doc.author_home else None


def _confidence(doc: EnrichedDocument) -> float:
    return doc.author_home.confidence if doc.author_home else 0.0


#: The key under which home municipalities with too few authors are pooled.
OTHER_HOMES = "other"


def pool_small_groups(counts: Mapping[str, int], min_size: int, keep: str | None = None) -> dict[str, int]:
    """Author counts per home municipality with groups under ``min_size`` pooled under ``OTHER_HOMES``.

    ``keep`` (the debated municipality) is never pooled. Largest groups first; the pool last.

    Examples:
        >>> pool_small_groups({"0751": 9, "0706": 4, "0101": 1, "0461": 1}, 3, keep="0751")
        {'0751': 9, '0706': 4, 'other': 2}
    """
    shown = {c: n for c, n in counts.items() if n >= min_size or c == keep}
    pooled = sum(n for c, n in counts.items() if c not in shown)
    out = dict(sorted(shown.items(), key=lambda item: (-item[1], item[0])))
    if pooled:
        out[OTHER_HOMES] = pooled
    return out
