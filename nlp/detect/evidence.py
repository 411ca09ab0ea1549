"""The evidence an alert carries: signals, growth curve, cues with examples, top documents, who."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from schema import CueExample, DailyCount, DocumentRef, EnrichedDocument

_SNIPPET = 240
_CONTEXT = 70


def growth_curve(documents: Sequence[EnrichedDocument], first: date, last: date) -> list[DailyCount]:
    """Documents and distinct authors per day from ``first`` to ``last`` (zero days included)."""
    docs: Counter[date] = Counter()
    authors: dict[date, set[str]] = {}
    for d in documents:
        day = d.published_at.date()
        docs[day] += 1
        if d.author:
            authors.setdefault(day, set()).add(d.author.pseudonym)
    out = []
    day = first
    while day <= last:
        out.append(DailyCount(day=day, documents=docs[day], authors=len(authors.get(day, ()))))
        day += timedelta(days=1)
    return out


def cue_examples(documents: Sequence[EnrichedDocument]) -> list[CueExample]:
    """Each call-to-action family found, how often, and the words around its first occurrence."""
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for d in sorted(documents, key=lambda d: (d.published_at, d.id)):
        for cue in d.cues:
            counts[cue.family] += 1
            if cue.family not in example:
                example[cue.family] = _context(d.text, cue.text)
    return [CueExample(family=f, count=n, example=example[f]) for f, n in counts.most_common()]


def top_documents(documents: Sequence[EnrichedDocument], n: int) -> list[DocumentRef]:
    """Representative documents: most calls to action first, one per platform before repeats."""
    ranked = sorted(
        documents, key=lambda d: (-len({c.family for c in d.cues}), -d.word_count, d.published_at, d.id)
    )
    chosen: list[EnrichedDocument] = []
    platforms: set[str] = set()
    for d in ranked:
        if len(chosen) < n and d.platform not in platforms:
            chosen.append(d)
            platforms.add(d.platform)
    for d in ranked:
        if len(chosen) >= n:
            break
        if d not in chosen:
            chosen.append(d)
    return [document_ref(d) for d in sorted(chosen, key=lambda d: (d.published_at, d.id))]


def document_ref(doc: EnrichedDocument) -> DocumentRef:
    """A document cited as evidence: a public actor by name, anyone else by pseudonym."""
    author = None
    if doc.author is not None:
        author = doc.author.display_name or doc.author.pseudonym
    return DocumentRef(
        id=doc.id,
        title=doc.title,
        snippet=_shorten(doc.text, _SNIPPET),
        url=doc.url,
        platform=str(doc.platform),
        published_at=doc.published_at,
        author=author,
    )


def counts_by(documents: Sequence[EnrichedDocument], field: str) -> dict[str, int]:
    """Documents per platform or source, most first."""
    return dict(Counter(str(getattr(d, field)) for d in documents).most_common())


def episode_documents(
    documents: Sequence[EnrichedDocument], start: datetime, end: datetime | None
) -> list[EnrichedDocument]:
    """The issue's documents from ``start`` up to ``end`` (open end: all later ones)."""
    return [d for d in documents if d.published_at >= start and (end is None or d.published_at < end)]


def _context(text: str, words: str) -> str:
    match = re.search(re.escape(words), text, flags=re.IGNORECASE)
    if not match:
        return words
    start, end = max(0, match.start() - _CONTEXT), min(len(text), match.end() + _CONTEXT)
    prefix, suffix = ("…" if start > 0 else ""), ("…" if end < len(text) else "")
    return f"{prefix}{' '.join(text[start:end].split())}{suffix}"


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
