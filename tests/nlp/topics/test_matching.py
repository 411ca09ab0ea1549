"""Stable issue ids: continuation, merges, splits and new issues (lineage)."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from nlp.topics.matching import Candidate, match_candidates, new_issue_id
from nlp.topics.memory import IssueState
from schema.settings import TopicSettings

NOW = datetime(2026, 11, 20, tzinfo=UTC)
SETTINGS = TopicSettings()


def unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def candidate(ids: list[str], vector: np.ndarray, municipality: str | None = "0751") -> Candidate:
    return Candidate(ids, vector, 0, municipality, None)


def state(issue_id: str, vector: np.ndarray, municipality: str | None = "0751") -> IssueState:
    return IssueState(issue_id, 0, vector, municipality, None)


def test_a_group_of_an_old_issues_documents_keeps_its_id():
    previous = {f"d{i}": "issue-a" for i in range(10)}
    result = match_candidates(
        [candidate([f"d{i}" for i in range(12)], unit(1, 0))], previous, {}, SETTINGS, NOW
    )
    assert result.ids == ["issue-a"] and not result.merged and not result.events


def test_two_issues_in_one_group_merge_into_the_bigger():
    previous = {**{f"a{i}": "issue-a" for i in range(10)}, **{f"b{i}": "issue-b" for i in range(4)}}
    members = sorted(previous)
    result = match_candidates([candidate(members, unit(1, 0))], previous, {}, SETTINGS, NOW)
    assert result.ids == ["issue-a"]
    assert result.merged == {"issue-b": "issue-a"}
    assert [e.kind for e in result.events["issue-b"]] == ["merged_into"]
    assert result.events["issue-a"][0].kind == "absorbed" and result.events["issue-a"][0].other_issue_ids == [
        "issue-b"
    ]


def test_an_issue_whose_documents_fall_apart_splits():
    previous = {f"d{i}": "issue-a" for i in range(20)}
    big = candidate([f"d{i}" for i in range(12)], unit(1, 0))
    part = candidate([f"d{i}" for i in range(12, 20)], unit(0, 1))
    result = match_candidates([big, part], previous, {}, SETTINGS, NOW)
    assert result.ids[0] == "issue-a" and result.ids[1].startswith("issue-") and result.ids[1] != "issue-a"
    assert result.events[result.ids[1]][0].kind == "split_from"
    assert result.events["issue-a"][0].other_issue_ids == [result.ids[1]]


def test_new_documents_continue_a_similar_issue_of_the_same_municipality_or_start_a_new_one():
    states = {
        "issue-old": state("issue-old", unit(1, 0.1)),
        "issue-far": state("issue-far", unit(1, 0), "0706"),
    }
    similar = candidate(["n1", "n2"], unit(1, 0))
    different = candidate(["m1", "m2"], unit(0, 1))
    result = match_candidates([similar, different], {}, states, SETTINGS, NOW)
    assert result.ids[0] == "issue-old"
    assert (
        result.ids[1] == new_issue_id(["m1", "m2"], set())
        and result.events[result.ids[1]][0].kind == "created"
    )


def test_new_ids_are_deterministic_and_never_reused():
    first = new_issue_id(["doc-1"], set())
    assert first == new_issue_id(["doc-1", "doc-2"], set())
    assert new_issue_id(["doc-1"], {first}) != first
