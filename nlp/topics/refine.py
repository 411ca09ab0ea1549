"""Refine topics by places: a topic about two municipalities' (or two places') matters becomes two issues."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nlp.topics.embeddings import Matrix
from nlp.topics.memory import DocRow
from schema.settings import TopicSettings

#: Place kinds specific enough to tell two local matters apart.
SPECIFIC_KINDS = frozenset({"town", "locality", "landmark", "postcode"})
#: Documents below this municipality confidence are not located (they follow their neighbours).
MIN_LOCATION_CONFIDENCE = 0.3
#: Two places whose documents mention both this often are one matter, whatever the words say.
MAX_CO_MENTION = 0.2


@dataclass
class Group:
    """Documents (indices into the corpus) that form one candidate issue."""

    topic: int | None
    members: list[int]


def anchor_municipality(row: DocRow) -> str | None:
    """The municipality a document is about, when the place resolution is confident enough."""
    return row.municipality if row.muni_conf >= MIN_LOCATION_CONFIDENCE else None


def specific_place(row: DocRow) -> str | None:
    """The heaviest specific place (town, locality, landmark) a document mentions."""
    best: tuple[float, str] | None = None
    for name, kind, _code, _lat, _lon, weight in row.places:
        if kind in SPECIFIC_KINDS and (best is None or weight > best[0]):
            best = (weight, name)
    return best[1] if best else None


def refine_topics(
    rows: Sequence[DocRow], labels: np.ndarray, embeddings: Matrix, settings: TopicSettings
) -> list[Group]:
    """Split each topic by municipality, then by place, where the places say it is two matters.

    A municipality (or place) becomes its own issue when it has at least ``new_issue_min_documents``
    documents and ``split_min_share`` of the topic's located documents; two places also need
    distinct words (centroid cosine below ``place_split_max_similarity``) and few documents
    mentioning both. Documents without a place join the nearest part.
    """
    groups: list[Group] = []
    for topic in sorted({int(t) for t in labels if t >= 0}):
        members = [int(i) for i in np.flatnonzero(labels == topic)]
        for part in _split(members, rows, embeddings, settings, by_municipality=True):
            groups.extend(
                Group(topic, sub) for sub in _split(part, rows, embeddings, settings, by_municipality=False)
            )
    return groups


def _split(
    members: list[int],
    rows: Sequence[DocRow],
    embeddings: Matrix,
    settings: TopicSettings,
    *,
    by_municipality: bool,
) -> list[list[int]]:
    key = anchor_municipality if by_municipality else specific_place
    anchors = {i: key(rows[i]) for i in members}
    counts = Counter(a for a in anchors.values() if a is not None)
    located = sum(counts.values())
    big = [
        a
        for a, n in counts.most_common()
        if n >= settings.new_issue_min_documents and n >= settings.split_min_share * located
    ]
    if len(big) < 2:
        return [members]
    parts = {a: [i for i in members if anchors[i] == a] for a in big}
    if not by_municipality:
        parts = _join_same_matter(parts, members, rows, embeddings, settings)
        if len(parts) < 2:
            return [members]
    centroids = {a: _unit(embeddings[idx].mean(axis=0)) for a, idx in parts.items()}
    names = list(parts)
    matrix = np.vstack([centroids[a] for a in names])
    placed = {i for idx in parts.values() for i in idx}
    for i in members:
        if i not in placed:
            parts[names[int(np.argmax(matrix @ embeddings[i]))]].append(i)
    return [sorted(idx) for idx in parts.values()]


def _join_same_matter(
    parts: dict[str, list[int]],
    members: list[int],
    rows: Sequence[DocRow],
    embeddings: Matrix,
    settings: TopicSettings,
) -> dict[str, list[int]]:
    """Union places whose documents share words or often mention both places."""
    names = list(parts)
    parent = {a: a for a in names}

    def find(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    mentions = {a: {i for i in members if any(p[0] == a for p in rows[i].places)} for a in names}
    centroid = {a: _unit(embeddings[parts[a]].mean(axis=0)) for a in names}
    for x, a in enumerate(names):
        for b in names[x + 1 :]:
            both = len(mentions[a] & mentions[b]) / max(1, min(len(mentions[a]), len(mentions[b])))
            similar = float(centroid[a] @ centroid[b]) >= settings.place_split_max_similarity
            if both >= MAX_CO_MENTION or similar:
                parent[find(b)] = find(a)
    joined: dict[str, list[int]] = {}
    for a in names:
        joined.setdefault(find(a), []).extend(parts[a])
    return joined


def _unit(v: np.ndarray) -> Matrix:
    return (v / max(float(np.linalg.norm(v)), 1e-12)).astype(np.float32)
