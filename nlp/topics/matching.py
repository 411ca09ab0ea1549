"""Keep issue ids stable: match freshly clustered groups to known issues, with merge/split lineage."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from nlp.topics.embeddings import Matrix
from nlp.topics.memory import IssueState
from schema import LineageEvent
from schema.settings import TopicSettings


@dataclass
class Candidate:
    """A group of documents that should be one issue, before it has an id."""

    members: list[str]
    """Document ids, oldest first."""
    centroid: Matrix
    topic: int | None
    municipality: str | None
    place: str | None


@dataclass
class Matching:
    """Which id each candidate gets, and what happened to the old issues."""

    ids: list[str]
    merged: dict[str, str] = field(default_factory=dict)
    """Old issue -> the issue it was merged into."""
    events: dict[str, list[LineageEvent]] = field(default_factory=dict)


def compatible(a: str | None, b: str | None) -> bool:
    """Two municipalities can be the same issue's (unknown is compatible with anything)."""
    return a is None or b is None or a == b


def new_issue_id(members: Sequence[str], taken: set[str]) -> str:
    """A deterministic id from the issue's earliest document; never one already taken."""
    seed = members[0] if members else "empty"
    for salt in range(1000):
        digest = hashlib.sha256(f"{seed}\x1f{salt}".encode()).hexdigest()[:16]
        candidate = f"issue-{digest}"
        if candidate not in taken:
            return candidate
    raise RuntimeError("could not find a free issue id")  # pragma: no cover - 1000 collisions


def match_candidates(
    candidates: Sequence[Candidate],
    previous: Mapping[str, str],
    states: Mapping[str, IssueState],
    settings: TopicSettings,
    now: datetime,
    known_ids: Collection[str] = (),
    continue_issue: Callable[[Candidate, set[str]], str | None] | None = None,
) -> Matching:
    """Give every candidate an issue id.

    ``previous`` maps document id -> issue id before this clustering. An old issue whose
    documents mostly form a candidate continues as that candidate ("heir"). Several old issues
    going mostly into one candidate merge into the biggest; a second candidate taking at least
    ``split_share`` of an old issue splits from it. Candidates without history continue the most
    similar unclaimed old issue (centroid cosine >= ``match_threshold``, same municipality; or
    whatever ``continue_issue(candidate, unavailable_ids)`` says) or start a new issue.
    """
    overlap = [Counter(previous[d] for d in c.members if d in previous) for c in candidates]
    size: Counter[str] = Counter()
    for counts in overlap:
        size.update(counts)
    heir: dict[str, int] = {}
    for issue in size:
        best = max(range(len(candidates)), key=lambda c: (overlap[c][issue], -c))
        n = overlap[best][issue]
        if n >= settings.split_share * size[issue] or n >= 0.5 * sum(overlap[best].values()):
            heir[issue] = best
    ids: list[str | None] = [None] * len(candidates)
    result = Matching(ids=[])
    taken: set[str] = set(states) | set(size) | set(known_ids)
    claimed: set[str] = set()
    for c in range(len(candidates)):
        heirs = sorted((i for i, h in heir.items() if h == c), key=lambda i: (-overlap[c][i], i))
        if not heirs:
            continue
        keeper = max(heirs, key=lambda i: (size[i], overlap[c][i], i))
        ids[c] = keeper
        claimed.add(keeper)
        for other in heirs:
            if other != keeper and overlap[c][other] >= settings.merge_share * size[other]:
                result.merged[other] = keeper
                _event(result, other, "merged_into", now, keeper)
                _event(result, keeper, "absorbed", now, other)
                claimed.add(other)
    for c in range(len(candidates)):
        if ids[c] is not None:
            continue
        sources = [
            i
            for i, n in overlap[c].items()
            if size[i] and n >= settings.split_share * size[i] and i in claimed
        ]
        if sources:
            issue_id = new_issue_id(candidates[c].members, taken)
            source = max(sources, key=lambda i: (overlap[c][i], i))
            _event(result, issue_id, "split_from", now, source)
            _event(result, source, "split_into", now, issue_id)
        else:
            unavailable = claimed | set(result.merged)
            found = continue_issue(candidates[c], unavailable) if continue_issue else None
            issue_id = found or _continue_or_create(
                candidates[c], states, unavailable, taken, settings, result, now
            )
        ids[c] = issue_id
        taken.add(issue_id)
        claimed.add(issue_id)
    result.ids = [i for i in ids if i is not None]
    return result


def nearest_state(
    vector: Matrix, municipality: str | None, states: Sequence[IssueState], threshold: float
) -> IssueState | None:
    """The most similar issue with a compatible municipality, if its cosine reaches the threshold."""
    usable = [
        s for s in states if compatible(s.municipality, municipality) and s.centroid.size == vector.size
    ]
    if not usable:
        return None
    sims = np.vstack([s.centroid for s in usable]) @ vector
    best = int(np.argmax(sims))
    return usable[best] if float(sims[best]) >= threshold else None


def _continue_or_create(
    candidate: Candidate,
    states: Mapping[str, IssueState],
    unavailable: set[str],
    taken: set[str],
    settings: TopicSettings,
    result: Matching,
    now: datetime,
) -> str:
    free = [s for s in states.values() if s.issue_id not in unavailable and s.merged_into is None]
    match = nearest_state(candidate.centroid, candidate.municipality, free, settings.match_threshold)
    if match is not None:
        return match.issue_id
    issue_id = new_issue_id(candidate.members, taken)
    _event(result, issue_id, "created", now)
    return issue_id


def _event(result: Matching, issue_id: str, kind: str, now: datetime, other: str | None = None) -> None:
    event = LineageEvent(kind=kind, at=now, other_issue_ids=[other] if other else [])  # type: ignore[arg-type]
    result.events.setdefault(issue_id, []).append(event)
