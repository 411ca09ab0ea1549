"""Where an author lives, from the signals that exist, each with a confidence.

Signals and their base confidence: postcode of a consultation answer (0.9), the town of a
signature line (0.88), self-references in the text (0.5-0.85, see selfref.py), the profile's
free-text location (0.8), a geotag (0.7: where the post was made, not necessarily home) and
the community (subreddit or Mastodon instance named after a town: 0.45, a weak hint).
Agreeing signals strengthen each other (noisy-or); disagreeing ones weaken the winner.
Below the configured minimum the author's home is unknown, which is a valid answer.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.geo.gazetteer import Gazetteer
from nlp.geo.names import strip_municipality_word
from nlp.geo.selfref import SelfReference
from schema import AuthorHome, AuthorRef, GeoPoint
from schema.document import HomeSignal

BASE = {"postcode": 0.9, "signature": 0.88, "profile_location": 0.8, "geotag": 0.7, "community": 0.45}
#: parts of a profile location or community name that name no municipality
_NOT_PLACES = frozenset(
    {
        "danmark",
        "denmark",
        "dk",
        "danish",
        "dansk",
        "europe",
        "europa",
        "eu",
        "jorden",
        "earth",
        "world",
        "verden",
        "internet",
        "internettet",
        "online",
        "hjemme",
        "home",
        "mastodon",
        "social",
        "bsky",
        "reddit",
        "www",
        "com",
        "net",
        "org",
        "club",
        "toot",
        "masto",
        "fedi",
        "pol",
        "dkpol",
        "news",
    }
)
_SPLIT = re.compile(r"[,/|;·•()\n\[\]]+|\s[-–—]\s|\s+(?:og|and|&)\s+")
_LEAD = re.compile(r"^(?:bor\s+i|bosat\s+i|i|fra|in|from|near|nær|ved)\s+", re.IGNORECASE)
_POSTCODE = re.compile(r"(?:^|\b)(?:DK-?)?(\d{4})\b(?:\s+(.+))?")
_NOISE = re.compile(r"https?://\S+|[^\w\s,/|;·•()\-–—&.'’]")
_LIVES = re.compile(r"\b(?:bor|bosat|lives?|living)\s+(?:i|in)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HomeEvidence:
    """One signal pointing at one municipality."""

    municipality_code: str
    confidence: float
    signal: HomeSignal
    point: GeoPoint | None = None


def infer_author_home(evidence: Sequence[HomeEvidence], min_confidence: float) -> AuthorHome | None:
    """Combine the evidence into one home (or None when too unsure)."""
    if not evidence:
        return None
    by_code: dict[str, list[HomeEvidence]] = defaultdict(list)
    for item in evidence:
        by_code[item.municipality_code].append(item)
    combined = {code: 1.0 - math.prod(1.0 - e.confidence for e in items) for code, items in by_code.items()}
    code = max(combined, key=lambda c: (combined[c], max(e.confidence for e in by_code[c])))
    others = max((v for c, v in combined.items() if c != code), default=0.0)
    confidence = round(combined[code] * (1.0 - 0.5 * others), 4)
    if confidence < min_confidence:
        return None
    strongest = max(by_code[code], key=lambda e: e.confidence)
    point = next((e.point for e in sorted(by_code[code], key=lambda e: -e.confidence) if e.point), None)
    return AuthorHome(municipality_code=code, confidence=confidence, signal=strongest.signal, point=point)


def author_evidence(
    author: AuthorRef | None,
    gazetteer: Gazetteer,
    home: str | None = None,
    self_refs: Sequence[SelfReference] = (),
    community: str | None = None,
    platform: str = "other",
) -> list[HomeEvidence]:
    """Every home signal of one document's author."""
    found: list[HomeEvidence | None] = []
    if author is not None:
        if author.postcode:
            found.append(postcode_evidence(author.postcode, gazetteer))
        if author.signature_town:
            found.append(name_evidence(author.signature_town, gazetteer, home, "signature"))
        if author.profile_location:
            found.append(profile_evidence(author.profile_location, gazetteer, home))
        if author.geotag is not None:
            code = gazetteer.nearest_municipality(author.geotag.lat, author.geotag.lon)
            found.append(HomeEvidence(code, BASE["geotag"], "geotag", author.geotag) if code else None)
    for ref in self_refs:
        found.append(HomeEvidence(ref.municipality_code, ref.confidence, "self_reference"))
    if community:
        found.append(community_evidence(community, platform, gazetteer, home))
    return [e for e in found if e is not None]


def postcode_evidence(postcode: str, gazetteer: Gazetteer) -> HomeEvidence | None:
    """A postcode: its primary municipality (less sure when the postcode spans several)."""
    match = _POSTCODE.search(postcode.strip())
    pc = gazetteer.postcode(match.group(1)) if match else None
    if pc is None:
        return None
    confidence = BASE["postcode"] if len(pc.municipality_codes) == 1 else BASE["postcode"] - 0.12
    return HomeEvidence(
        pc.municipality_code, confidence, "postcode", gazetteer.municipality(pc.municipality_code).point
    )


def name_evidence(
    name: str, gazetteer: Gazetteer, home: str | None, signal: HomeSignal, base: float | None = None
) -> HomeEvidence | None:
    """A place name ('Viby J', '8543 Hornslet', 'Aarhus Kommune'), ambiguity resolved by the home area."""
    base = BASE[signal] if base is None else base
    text = name.strip().rstrip(".")
    match = _POSTCODE.fullmatch(text)
    if match:
        by_code = postcode_evidence(match.group(1), gazetteer)
        if by_code is not None:
            return HomeEvidence(by_code.municipality_code, base, signal, by_code.point)
        text = (match.group(2) or "").strip()
    candidates = [p for p in gazetteer.places(strip_municipality_word(text)) if p.municipality_code]
    if not candidates:
        return None
    if len(candidates) == 1:
        chosen, confidence = candidates[0], base
    elif home and any(c.municipality_code == home for c in candidates):
        chosen, confidence = next(c for c in candidates if c.municipality_code == home), base * 0.85
    else:
        pops = [math.sqrt(max(c.population, 1)) for c in candidates]
        best = max(range(len(candidates)), key=lambda i: pops[i])
        chosen, confidence = candidates[best], base * pops[best] / sum(pops)
    code = chosen.municipality_code
    assert code is not None
    return HomeEvidence(code, round(confidence, 4), signal, chosen.point)


def profile_evidence(text: str, gazetteer: Gazetteer, home: str | None) -> HomeEvidence | None:
    """A free-text profile location: 'Aarhus, Denmark', 'Kbh', 'Født i Aalborg, bor i Odense'."""
    clean = _NOISE.sub(" ", text)
    lives = _LIVES.search(clean)
    if lives:
        clean = clean[lives.end() :]
    found: list[HomeEvidence] = []
    for raw in _SPLIT.split(clean):
        part = _LEAD.sub("", raw.strip()).strip(" .")
        if not part or part.casefold() in _NOT_PLACES:
            continue
        hit = name_evidence(part, gazetteer, home, "profile_location") or _words_evidence(
            part, gazetteer, home
        )
        if hit is not None:
            found.append(hit)
    codes = list(dict.fromkeys(e.municipality_code for e in found))
    if not codes:
        return None
    first = found[0]
    if len(codes) > 1:  # several places: the first named, held with less confidence
        return HomeEvidence(
            first.municipality_code, round(first.confidence * 0.6, 4), "profile_location", first.point
        )
    return first


def _words_evidence(part: str, gazetteer: Gazetteer, home: str | None) -> HomeEvidence | None:
    words = [w for w in part.split() if len(w) >= 3 and w[:1].isupper() and w.casefold() not in _NOT_PLACES]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            hit = name_evidence(" ".join(words[i : i + size]), gazetteer, home, "profile_location")
            if hit is not None:
                return hit
    return None


def community_evidence(
    community: str, platform: str, gazetteer: Gazetteer, home: str | None = None
) -> HomeEvidence | None:
    """A subreddit, Mastodon instance or local group named after a town: a weak hint."""
    text = community.strip().removeprefix("r/").removeprefix("/r/")
    if platform == "mastodon" or ("." in text and " " not in text):
        labels = [
            label
            for label in re.split(r"[.\-_]", text.lower())
            if label not in _NOT_PLACES and len(label) >= 4
        ]
        candidates = labels
    else:
        spaced = re.sub(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])", " ", text).replace("_", " ")
        candidates = [spaced, *spaced.split()]
    for candidate in candidates:
        if candidate.casefold() in _NOT_PLACES:
            continue
        hit = name_evidence(candidate, gazetteer, home, "community")
        if hit is not None:
            return hit
    return None
