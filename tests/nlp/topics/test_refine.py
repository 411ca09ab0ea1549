"""Topics refined by places: two municipalities' (or places') matters become two issues."""

from __future__ import annotations

import random
from datetime import timedelta

import numpy as np

from nlp.topics.memory import DocRow
from nlp.topics.refine import refine_topics
from schema.settings import TopicSettings
from tests.nlp.topics.corpus import ISSUES, SYDDJURS, T0, make_doc

SETTINGS = TopicSettings(new_issue_min_documents=5)


def rows(issue: str, n: int, seed: int, **changes) -> list[DocRow]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        doc = make_doc(ISSUES[issue], T0 + timedelta(hours=i), rng, f"a{seed}-{i}")
        out.append(DocRow.from_document(doc.model_copy(update=changes)))
    return out


def test_one_topic_about_two_municipalities_becomes_two_issues():
    aarhus = rows("egeskov", 12, 1)
    syddjurs = rows("egeskov", 8, 2, municipality_code=SYDDJURS, places=[])
    docs = aarhus + syddjurs
    vectors = np.tile(np.array([1, 0], dtype=np.float32), (len(docs), 1))
    groups = refine_topics(docs, np.zeros(len(docs), dtype=np.int64), vectors, SETTINGS)
    assert sorted(len(g.members) for g in groups) == [8, 12]
    assert {docs[i].municipality for i in groups[0].members} != {
        docs[i].municipality for i in groups[1].members
    }


def test_a_small_minority_elsewhere_does_not_split_and_unlocated_documents_follow():
    aarhus = rows("egeskov", 20, 1)
    stray = rows("egeskov", 3, 2, municipality_code=SYDDJURS)
    unknown = rows("egeskov", 4, 3, municipality_code=None, municipality_confidence=0.0, places=[])
    docs = aarhus + stray + unknown
    vectors = np.tile(np.array([1, 0], dtype=np.float32), (len(docs), 1))
    groups = refine_topics(docs, np.zeros(len(docs), dtype=np.int64), vectors, SETTINGS)
    assert len(groups) == 1 and len(groups[0].members) == len(docs)


def test_two_places_split_only_when_their_words_differ():
    hasle = rows("skole", 10, 1)
    brabrand = rows("egeskov", 10, 2)
    docs = hasle + brabrand
    labels = np.zeros(len(docs), dtype=np.int64)
    distinct = np.array([[1, 0]] * 10 + [[0, 1]] * 10, dtype=np.float32)
    same = np.tile(np.array([1, 0], dtype=np.float32), (len(docs), 1))
    assert len(refine_topics(docs, labels, distinct, SETTINGS)) == 2
    assert len(refine_topics(docs, labels, same, SETTINGS)) == 1


def test_outliers_form_no_issue():
    docs = rows("egeskov", 6, 1)
    vectors = np.ones((6, 2), dtype=np.float32)
    assert refine_topics(docs, np.full(6, -1, dtype=np.int64), vectors, SETTINGS) == []
