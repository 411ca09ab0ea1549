"""Self-references: what authors say about where they live ('her i Odense', 'jeg bor i Ebeltoft').

A place mention counts when the words just before it (within its sentence) say the writer
lives there. Negated statements ('jeg bor ikke i Aarhus'), past ones ('jeg boede i ...') and
statements inside quotation marks count for nothing or little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.geo.resolve import ResolvedPlace

_WINDOW = 70
_ADV = r"(?:\w+\s+){0,3}?"
#: (pattern anchored at the place, confidence); the first that matches wins
TRIGGERS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p + r"$", re.IGNORECASE), c)
    for p, c in (
        (
            r"\b(?:jeg|vi)\s+"
            + _ADV
            + r"(?:bor|lever|er\s+bosat|har\s+(?:bopæl|adresse|hus|lejlighed))\s+"
            + _ADV
            + r"(?:i|på)\s+(?:selve\s+)?",
            0.85,
        ),
        (r"\b(?:jeg|vi)\s+" + _ADV + r"har\s+boet\s+" + _ADV + r"(?:i|på)\s+", 0.7),
        (
            r"\bsom\s+(?:\w+\s+)?(?:borger|beboer|indbygger|skatteyder|forælder|far|mor|nabo|pendler)\s+"
            r"(?:her\s+)?(?:i|på)\s+",
            0.85,
        ),
        (
            r"\b(?:vi|os)\s+(?:\w+\s+)?(?:borgere|beboere|indbyggere|naboer|forældre|familier)\s+(?:her\s+)?(?:i|på)\s+",
            0.8,
        ),
        (r"\b(?:vi|os)\s+(?:der|som)\s+bor\s+" + _ADV + r"(?:i|på)\s+", 0.8),
        (r"\b(?:her|herude|herovre|heroppe|hernede|herhjemme|hjemme|derhjemme)\s+(?:i|på)\s+", 0.75),
        (r"\b(?:vi|os)\s+(?:her(?:ude|ovre|oppe|nede)?\s+)?(?:i|på)\s+", 0.75),
        (r"\bmin(?:e)?\s+(?:egen\s+)?(?:by|hjemby|kommune|hjemkommune|landsby|bydel|nabolag)\s*,?\s+", 0.7),
        (r"\b(?:vores|vor)\s+(?:egen\s+)?(?:by|landsby|kommune|bydel|lokalsamfund)\s*,?\s+", 0.7),
        (r"\bmig\s+(?:her\s+)?(?:i|på)\s+", 0.7),
        (
            r"\b(?:jeg|vi)\s+"
            + _ADV
            + r"(?:flyttede|er\s+flyttet|har\s+flyttet|er\s+rykket|rykkede)\s+"
            + _ADV
            + r"(?:til|ind\s+i|ud\s+til|hjem\s+til)\s+",
            0.75,
        ),
        (r"\bjeg\s+(?:kommer|er)\s+(?:selv\s+|oprindeligt\s+)?fra\s+", 0.45),
        (r"\b(?:jeg|vi)\s+" + _ADV + r"(?:boede|flyttede\s+fra)\s+" + _ADV + r"(?:i|på)?\s*", 0.2),
    )
)
#: 'vi aarhusianere', 'som københavner', 'jeg er odenseaner'
DEMONYM_TRIGGER = re.compile(
    r"\b(?:vi|os|som|jeg\s+er(?:\s+selv)?|vi\s+er|en\s+(?:ægte|indfødt|stolt))\s+(?:\w+\s+)?$", re.IGNORECASE
)
_NEGATION = re.compile(r"\b(?:ikke|ikk|ik|aldrig|hverken|langt\s+fra|ingen)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class SelfReference:
    """A statement by the writer that they live in a municipality."""

    municipality_code: str
    confidence: float
    text: str


def self_references(text: str, resolved: list[ResolvedPlace]) -> list[SelfReference]:
    """Self-references among the resolved mentions of `text` (offsets are into `text`)."""
    found = []
    for r in resolved:
        code = r.place.municipality_code
        if code is None or r.place.kind == "region":
            continue
        start = r.hit.start_char
        window = text[max(0, start - _WINDOW) : start]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        window = window[cut:]
        if not window.strip() or _quoted(text, start):
            continue
        confidence = _confidence(window, r.hit.demonym)
        if confidence > 0:
            found.append(
                SelfReference(code, round(confidence * r.confidence, 4), (window + r.hit.text).strip())
            )
    return found


def _confidence(window: str, demonym: bool) -> float:
    if demonym:
        return 0.7 if DEMONYM_TRIGGER.search(window) and not _NEGATION.search(window) else 0.0
    for pattern, confidence in TRIGGERS:
        match = pattern.search(window)
        if match:
            return 0.0 if _NEGATION.search(match.group(0)) else confidence
    return 0.0


def _quoted(text: str, position: int) -> bool:
    """Whether a position lies inside quotation marks of its paragraph (someone else speaks)."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    straight = before.count('"') % 2 == 1
    english = "„" not in before and before.count("“") > before.count("”")
    german = before.count("„") > before.count("“")
    danish = before.count("»") > before.count("«")
    return straight or english or german or danish
