"""IssueTracker: history fit, incremental runs, stable ids, new issues, lineage, idempotency."""

from __future__ import annotations

import random
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from nlp.topics import IssueTracker
from schema import DetectorError
from schema.settings import Settings
from tests.nlp.topics.corpus import AARHUS, SYDDJURS, T0, background, burst

RATES = {"egeskov": 1, "solcelle": 1, "letbane": 3, "skole": 1, "jazz": 1, "valg": 3}


def settings(**topics) -> Settings:
    """Weekly refits, so that the runs in between use the incremental path."""
    return Settings(
        municipalities=[{"code": AARHUS, "name": "Aarhus"}, {"code": SYDDJURS, "name": "Syddjurs"}],
        topics={"refit_days": 7, **topics},
    )


@pytest.fixture(scope="module")
def history():
    return background(T0, 40, RATES, seed=21)


@pytest.fixture(scope="module")
def fitted(history, tmp_path_factory):
    model_dir = tmp_path_factory.mktemp("fitted") / "models"
    return model_dir, IssueTracker(settings(), model_dir).update(history, [], T0 + timedelta(days=40))


@pytest.fixture
def first_run(fitted, tmp_path: Path):
    """A tracker right after its first run (a copy of the module's fitted state, so tests stay apart)."""
    model_dir, update = fitted
    shutil.copytree(model_dir, tmp_path / "models")
    return IssueTracker(settings(), tmp_path / "models"), update


def by_label(issues, word):
    return next(i for i in issues if word in i.label)


def test_first_run_turns_history_into_labelled_local_issues(first_run, history):
    _, update = first_run
    assert set(update.assignments) == {d.id for d in history}
    egeskov = by_label(update.issues, "egeskov")
    assert egeskov.municipality_code == AARHUS and egeskov.place == "Brabrand"
    assert egeskov.label.endswith("· Brabrand")
    solar = by_label(update.issues, "solcelle")
    assert solar.municipality_code == SYDDJURS and solar.remote_share is not None and solar.remote_share > 0.5
    election = by_label(update.issues, "folketing")
    assert election.municipality_code is None and election.place is None
    assert all(i.status == "active" and i.lineage[0].kind == "created" for i in update.issues)
    days = {w.start for w in egeskov.windows}
    assert sum(w.documents for w in egeskov.windows) == len(egeskov.document_ids) and len(days) > 10
    assert egeskov.windows[0].new_authors == egeskov.windows[0].authors


def test_new_documents_join_their_issue_and_ids_stay_stable(first_run):
    tracker, update = first_run
    now = T0 + timedelta(days=41)
    wave = burst("egeskov", T0 + timedelta(days=40), [25])
    second = tracker.update(wave, update.issues, now)
    egeskov = by_label(second.issues, "egeskov")
    assert egeskov.issue_id == by_label(update.issues, "egeskov").issue_id
    assert sum(1 for d in wave if second.assignments[d.id] == egeskov.issue_id) >= 0.9 * len(wave)
    assert {i.issue_id for i in second.issues} == {i.issue_id for i in update.issues}


def test_rerunning_the_same_documents_changes_nothing(first_run, history):
    tracker, update = first_run
    again = tracker.update(history[-50:], update.issues, T0 + timedelta(days=40))
    assert again.issues == update.issues
    assert all(again.assignments[d.id] == update.assignments[d.id] for d in history[-50:])


def test_a_new_matter_becomes_a_new_issue_between_refits(first_run):
    tracker, update = first_run
    new = burst("skole", T0 + timedelta(days=40), [12, 12], seed=5)
    rng = random.Random(3)
    words = "nedlæggelse rønde friskole skolebus landsby elevtal lærer forældreråd bestyrelse nabosogn"
    for d in new:  # a matter the model never saw: a friskole in Syddjurs
        d.lemma_text = " ".join(rng.sample(words.split(), 5)) + " " + d.lemma_text.split()[-1]
        d.municipality_code, d.places = SYDDJURS, []
    result = tracker.update(new, update.issues, T0 + timedelta(days=42))
    created = [i for i in result.issues if i.issue_id not in {j.issue_id for j in update.issues}]
    assert len(created) == 1 and created[0].municipality_code == SYDDJURS
    assert "friskole" in created[0].keywords or "rønde" in created[0].keywords
    assert sum(1 for d in new if result.assignments[d.id] == created[0].issue_id) >= 20


def test_refit_keeps_ids_of_issues_that_continue(first_run, history):
    tracker, update = first_run
    more = background(T0 + timedelta(days=40), 10, RATES, seed=22)
    result = tracker.update(more, update.issues, T0 + timedelta(days=50))  # refit_days (7) passed
    assert tracker.memory.get_state("fitted_at") == (T0 + timedelta(days=50)).isoformat()
    for word in ("egeskov", "letbane", "solcelle"):
        assert by_label(result.issues, word).issue_id == by_label(update.issues, word).issue_id


def test_naive_now_is_refused(tmp_path: Path):
    with pytest.raises(DetectorError, match="timezone-aware"):
        IssueTracker(settings(), tmp_path).update([], [], T0.replace(tzinfo=None))


def test_documents_past_retention_are_forgotten(first_run, history):
    tracker, update = first_run
    late = T0 + timedelta(days=40 + 120 + 10)
    result = tracker.update([], update.issues, late)
    assert tracker.memory.count() == 0
    assert all(i.status == "dormant" for i in result.issues)
