"""Where a document is about: its place mentions resolved in context and weighed.

Each mention counts by position (title x3, lead x1.5), specificity (postcode > town >
municipality; regions and foreign places do not count) and how sure its resolution is.
An ambiguous name (Viby, Lystrup, Borup ...) takes the candidate best supported by the
document's unambiguous places, the source's home municipality, their neighbours and the
community it was posted in; a population prior breaks the rest.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.geo.gazetteer import Gazetteer
from nlp.geo.model import Place, PlaceHit
from schema import GeoPoint, PlaceMention

KIND_WEIGHT = {
    "postcode": 1.2,
    "town": 1.0,
    "locality": 1.0,
    "landmark": 1.0,
    "municipality": 0.9,
    "region": 0.0,
}
DEMONYM_WEIGHT = 0.5
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 1.5
LEAD_CHARS = 300
#: how much evidence makes a municipality certain: confidence = share² * (1 - exp(-weight / SATURATION))
SATURATION = 1.2
#: confidence of the source's home municipality for a document that names no place, by platform
HOME_FALLBACK = {"council": 0.8, "consultation": 0.75, "letters": 0.55, "news": 0.4}
HOME_FALLBACK_OTHER = 0.35


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """One mention with the candidate chosen and how sure that choice is."""

    hit: PlaceHit
    place: Place
    confidence: float


@dataclass(frozen=True, slots=True)
class DocumentGeography:
    """The places of a document and the municipality it is about."""

    mentions: list[PlaceMention]
    resolved: list[ResolvedPlace]
    municipality_code: str | None
    confidence: float
    point: GeoPoint | None


def resolve_mentions(
    hits: Sequence[PlaceHit],
    gazetteer: Gazetteer,
    home: str | None = None,
    community: str | None = None,
    mode: str = "context",
) -> list[ResolvedPlace]:
    """Choose one candidate per Danish place mention (foreign places are dropped)."""
    danish = [h for h in hits if not h.foreign and h.candidates]
    anchors: dict[str, float] = defaultdict(float)
    for hit in danish:
        codes = {c.municipality_code for c in hit.candidates if c.municipality_code}
        if len(codes) == 1:
            anchors[codes.pop()] += 1.0
    near: set[str] = set()
    for code in [*anchors, *([home] if home else [])]:
        municipality = gazetteer.get(code)
        if municipality:
            near.update(municipality.neighbours)
    total_anchor = sum(anchors.values()) or 1.0
    out = []
    for hit in danish:
        local = [c for c in hit.candidates if c.municipality_code]
        if len(local) <= 1:
            out.append(ResolvedPlace(hit, hit.candidates[0], 1.0))
            continue
        if mode == "first":
            out.append(ResolvedPlace(hit, local[0], _prior(local)[0]))
            continue
        prior = _prior(local)
        scores = [
            0.5 * prior[i]
            + 2.0 * (c.municipality_code == home)
            + 1.5 * anchors.get(c.municipality_code or "", 0.0) / total_anchor
            + 0.6 * (c.municipality_code in near)
            + 0.8 * (c.municipality_code == community)
            for i, c in enumerate(local)
        ]
        best = max(range(len(local)), key=lambda i: scores[i])
        out.append(ResolvedPlace(hit, local[best], round(scores[best] / sum(scores), 4)))
    return out


def document_geography(
    hits: Sequence[PlaceHit],
    gazetteer: Gazetteer,
    title_end: int = 0,
    home: str | None = None,
    community: str | None = None,
    platform: str = "other",
    mode: str = "context",
    min_confidence: float = 0.3,
) -> DocumentGeography:
    """Resolve a document's mentions and decide which municipality (if any) it is about.

    `title_end` is where the title ends in the analysed text (0 without a title).
    """
    resolved = resolve_mentions(hits, gazetteer, home, community, mode)
    weights: dict[str, float] = defaultdict(float)
    best_place: dict[str, tuple[float, Place]] = {}
    mentions = []
    for r in resolved:
        kind_weight = DEMONYM_WEIGHT if r.hit.demonym else KIND_WEIGHT[r.place.kind]
        weight = round(_position(r.hit.start_char, title_end) * kind_weight * r.confidence, 4)
        code = r.place.municipality_code
        point = r.place.point or (gazetteer.get(code).point if gazetteer.get(code) else None)  # type: ignore[union-attr]
        mentions.append(
            PlaceMention(
                text=r.hit.text,
                name=r.place.name,
                kind=r.place.kind,
                municipality_code=code,
                point=point,
                weight=weight,
            )
        )
        if code and weight > 0:
            weights[code] += weight
            specific = 0.1 if r.place.kind in ("town", "locality", "postcode") else 0.0
            if weight + specific > best_place.get(code, (-1.0, r.place))[0]:
                best_place[code] = (weight + specific, r.place)
    if not weights:
        return _fallback(mentions, resolved, gazetteer, home, platform, min_confidence)
    code = max(weights, key=lambda c: (weights[c], c == home))
    share = weights[code] / sum(weights.values())
    confidence = share**2 * (1.0 - math.exp(-weights[code] / SATURATION))
    if code in (home, community):
        confidence += (1.0 - confidence) * 0.3
    confidence = round(min(1.0, confidence), 4)
    if confidence < min_confidence:
        return DocumentGeography(mentions, resolved, None, confidence, None)
    place = best_place[code][1]
    point = place.point or gazetteer.municipality(code).point
    return DocumentGeography(mentions, resolved, code, confidence, point)


def _fallback(
    mentions: list[PlaceMention],
    resolved: list[ResolvedPlace],
    gazetteer: Gazetteer,
    home: str | None,
    platform: str,
    min_confidence: float,
) -> DocumentGeography:
    """No Danish place named: a local source's home municipality, with a platform-based confidence."""
    municipality = gazetteer.get(home)
    confidence = HOME_FALLBACK.get(platform, HOME_FALLBACK_OTHER) if municipality else 0.0
    if municipality is None or confidence < min_confidence:
        return DocumentGeography(mentions, resolved, None, 0.0, None)
    return DocumentGeography(mentions, resolved, municipality.code, confidence, municipality.point)


def _position(start: int, title_end: int) -> float:
    if start < title_end:
        return TITLE_WEIGHT
    return LEAD_WEIGHT if start - title_end < LEAD_CHARS else 1.0


def _prior(candidates: Sequence[Place]) -> list[float]:
    """Population share of each candidate (uniform when populations are unknown)."""
    pops = [math.sqrt(max(c.population, 0)) for c in candidates]
    total = sum(pops)
    return [p / total for p in pops] if total > 0 else [1.0 / len(candidates)] * len(candidates)
