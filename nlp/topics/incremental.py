"""Between refits: new documents join known issues, and recent leftovers may form new issues."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from nlp.topics.embeddings import TOKEN_PATTERN, Matrix
from nlp.topics.labels import class_similarity
from nlp.topics.matching import Candidate, compatible, match_candidates, nearest_state
from nlp.topics.memory import DocRow, IssueState
from nlp.topics.refine import anchor_municipality, refine_topics, specific_place
from nlp.topics.stats import issue_municipality, main_place
from nlp.topics.stopwords import danish_stop_words
from schema import LineageEvent
from schema.settings import TopicSettings

Continuer = Callable[[Candidate, set[str]], str | None]

#: Recent documents re-clustered per run at most (the most recent ones).
MAX_RECENT = 3_000
#: Documents of a known issue read to compare its words with a new group's.
PROFILE_DOCS = 100


def assign_to_issues(
    rows: Sequence[DocRow],
    embeddings: Matrix,
    topics: np.ndarray,
    coverage: np.ndarray,
    states: Mapping[str, IssueState],
    settings: TopicSettings,
) -> list[str | None]:
    """The issue each new document joins, or None (it waits among the recent leftovers).

    A document the topic model puts in topic *t* joins the issue of *t* for its municipality
    (and place); one in no topic, or about a municipality none of *t*'s issues is about, joins
    the most similar issue when the cosine reaches ``assign_similarity``. A document whose
    words the model mostly never saw (``min_coverage``) is left for the re-clustering: its
    vector says little, and new words usually mean a new matter.
    """
    live = [s for s in states.values() if s.merged_into is None]
    by_topic: dict[int, list[IssueState]] = {}
    for s in live:
        if s.topic is not None:
            by_topic.setdefault(s.topic, []).append(s)
    out: list[str | None] = []
    for row, vector, topic, known in zip(rows, embeddings, topics, coverage, strict=True):
        if known < settings.min_coverage:
            out.append(None)
            continue
        municipality = anchor_municipality(row)
        options = [s for s in by_topic.get(int(topic), []) if compatible(s.municipality, municipality)]
        choice: IssueState | None = None
        if options:
            place = specific_place(row)
            same_place = [s for s in options if place is not None and s.place == place]
            choice = max(same_place or options, key=lambda s: (float(s.centroid @ vector), s.issue_id))
        if choice is None:
            choice = nearest_state(vector, municipality, live, settings.assign_similarity)
        out.append(choice.issue_id if choice else None)
    return out


@dataclass
class Recluster:
    """What re-clustering the recent documents decided."""

    assignments: dict[str, str] = field(default_factory=dict)
    states: list[IssueState] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)
    events: dict[str, list[LineageEvent]] = field(default_factory=dict)


def recluster_recent(
    recent: Sequence[DocRow],
    model_vectors: Matrix,
    profiles: Mapping[str, Sequence[str]],
    states: Mapping[str, IssueState],
    settings: TopicSettings,
    now: datetime,
) -> Recluster:
    """Cluster recent leftovers (and recent issues born this way) in their own words.

    ``recent`` are recent documents outside the fitted topics' issues. They are grouped by
    average-linkage clustering on TF-IDF cosine fitted on them alone (so words the topic model
    never saw count; a small pool may hold a single new matter, which density clustering
    cannot return), groups of at least ``new_issue_min_documents`` are refined by places, and each
    continues the recent issue most of its documents were in, or the known issue whose words
    (``profiles``: issue id -> lemma texts) are c-TF-IDF similar (``match_threshold``), or
    becomes a new issue. ``model_vectors`` (the topic model's space) give new issues a centroid.
    """
    result = Recluster()
    recent, model_vectors = recent[-MAX_RECENT:], model_vectors[-MAX_RECENT:]
    if len(recent) < settings.new_issue_min_documents:
        return result
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [r.lemma_text for r in recent]
    tfidf = TfidfVectorizer(
        token_pattern=TOKEN_PATTERN, stop_words=list(danish_stop_words()), sublinear_tf=True
    )
    try:
        matrix = tfidf.fit_transform(texts)
    except ValueError:  # no words at all
        return result
    distances = np.clip(1.0 - (matrix @ matrix.T).toarray(), 0.0, None)
    labels = AgglomerativeClustering(
        n_clusters=None,
        metric="precomputed",
        linkage="average",
        distance_threshold=1 - settings.recluster_similarity,
    ).fit_predict(distances)
    sizes = np.bincount(labels)
    labels = np.where(sizes[labels] >= settings.new_issue_min_documents, labels, -1)
    dense = _unit_rows(model_vectors)
    candidates: list[Candidate] = []
    centroids: list[Matrix] = []
    for group in refine_topics(recent, labels, dense, settings):
        members = [recent[i] for i in group.members]
        municipality = issue_municipality(members, settings.issue_municipality_min_share)
        place = main_place(members, municipality)
        centroid = _unit(dense[group.members].mean(axis=0))
        candidates.append(
            Candidate([m.id for m in members], centroid, None, municipality, place[0] if place else None)
        )
        centroids.append(centroid)
    previous = {r.id: r.issue_id for r in recent if r.issue_id is not None}
    recent_states = {k: s for k, s in states.items() if s.topic is None}
    continuer = _continuer(candidates, recent, profiles, states, settings)
    matching = match_candidates(
        candidates, previous, {}, settings, now, known_ids=set(states), continue_issue=continuer
    )
    for candidate, centroid, issue_id in zip(candidates, centroids, matching.ids, strict=True):
        result.assignments.update(dict.fromkeys(candidate.members, issue_id))
        if issue_id not in states or issue_id in recent_states:
            result.states.append(
                IssueState(issue_id, None, centroid, candidate.municipality, candidate.place)
            )
    result.events, result.merged = matching.events, matching.merged
    return result


def _continuer(
    candidates: Sequence[Candidate],
    recent: Sequence[DocRow],
    profiles: Mapping[str, Sequence[str]],
    states: Mapping[str, IssueState],
    settings: TopicSettings,
) -> Continuer:
    """The known issue a new group continues: c-TF-IDF similar words, same municipality."""
    ids = [k for k, v in profiles.items() if v and k in states and states[k].merged_into is None]
    texts = {r.id: r.lemma_text for r in recent}
    similarity = class_similarity(
        [[texts[d] for d in c.members] for c in candidates], [list(profiles[k])[-PROFILE_DOCS:] for k in ids]
    )
    row = {id(c): i for i, c in enumerate(candidates)}

    def find(candidate: Candidate, unavailable: set[str]) -> str | None:
        sims = similarity[row[id(candidate)]] if ids else []
        options = [
            (float(sim), issue_id)
            for sim, issue_id in zip(sims, ids, strict=True)
            if issue_id not in unavailable
            and sim >= settings.match_threshold
            and compatible(states[issue_id].municipality, candidate.municipality)
        ]
        return max(options)[1] if options else None

    return find


def _unit_rows(m: Matrix) -> Matrix:
    unit: Matrix = (m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)).astype(np.float32)
    return unit


def _unit(v: np.ndarray) -> Matrix:
    return (v / max(float(np.linalg.norm(v)), 1e-12)).astype(np.float32)
