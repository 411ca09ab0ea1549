"""Generation is deterministic per seed and end date, sized for a demo, and inside its window."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest

from simulator import generate

from .conftest import END, REPO


def digest(scenario) -> str:
    h = hashlib.sha256()
    for item in scenario.items(b"key"):
        h.update(item.model_dump_json().encode())
    h.update(scenario.truth.model_dump_json().encode())
    return h.hexdigest()


def test_same_seed_and_end_give_the_same_corpus_and_truth(scenario):
    assert digest(generate(seed=7, end=END)) == digest(scenario)


def test_another_seed_gives_another_corpus(scenario, items):
    other = generate(seed=8, end=END)
    assert digest(other) != digest(scenario)
    texts = {i.text for i in items}
    other_texts = [i.text for i in other.items(b"secret")]
    assert sum(t in texts for t in other_texts) / len(other_texts) < 0.5


def test_generation_does_not_depend_on_the_interpreter_hash_seed(scenario):
    code = (
        "import hashlib, sys; from datetime import date; from simulator import generate; "
        "s = generate(seed=7, end=date(2026, 11, 20)); h = hashlib.sha256(); "
        "[h.update(i.model_dump_json().encode()) for i in s.items(b'key')]; "
        "h.update(s.truth.model_dump_json().encode()); print(h.hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == digest(scenario)


def test_size_suits_a_demo_and_covers_every_platform(scenario):
    counts = scenario.counts()
    assert 3_000 <= sum(counts.values()) <= 5_000
    assert set(counts) == {
        "article",
        "letter",
        "answer",
        "reddit_post",
        "reddit_comment",
        "toot",
        "bluesky_post",
    }
    assert all(n >= 100 for n in counts.values()), counts


def test_everything_is_published_inside_the_window(scenario):
    start = datetime(2026, 9, 19, tzinfo=UTC)
    assert scenario.start == date(2026, 9, 19) and scenario.end == END
    assert scenario.end - scenario.start == timedelta(days=62)
    for entry in scenario.entries():
        assert start <= entry.published <= scenario.horizon
        assert entry.published.tzinfo is not None and entry.published.microsecond == 0


def test_default_end_is_today_in_utc():
    scenario = generate(seed=3, weeks=6)
    assert scenario.end == datetime.now(UTC).date()
    assert (scenario.end - scenario.start).days == 6 * 7 - 1


def test_too_few_weeks_is_a_clear_error():
    with pytest.raises(ValueError, match="weeks must be at least 2"):
        generate(seed=1, end=END, weeks=1)


def test_a_short_window_still_plants_every_episode_inside_it():
    short = generate(seed=1, end=END, weeks=2)
    assert len(short.truth.episodes) == 8
    assert all(short.start <= e.start.date() <= e.end.date() <= END for e in short.truth.episodes)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_every_seed_plants_the_episode_kinds(seed):
    truth = generate(seed=seed, end=END).truth
    kinds = {e.kind for e in truth.episodes}
    assert kinds == {
        "mobilisation", "remote_mobilisation", "slow_burn", "coordinated",
        "decoy_national", "decoy_event", "decoy_heated", "decoy_seasonal",
    }  # fmt: skip
    fast = next(e for e in truth.episodes if e.kind == "mobilisation")
    remote = next(e for e in truth.episodes if e.kind == "remote_mobilisation")
    assert fast.municipality_code == "0751" and remote.municipality_code == "0706"
    assert fast.expected_remote_share is not None and fast.expected_remote_share <= 0.2
    assert remote.expected_remote_share is not None and 0.55 <= remote.expected_remote_share <= 0.85
    assert all(e.start <= e.peak <= e.end for e in truth.episodes)


def test_sites_number_their_items_in_publication_order(scenario):
    corpus = scenario.corpus
    assert [x.id for x in corpus.letters] == list(range(10001, 10001 + len(corpus.letters)))
    assert all(a.published <= b.published for a, b in zip(corpus.letters, corpus.letters[1:], strict=False))
    for case in corpus.cases:
        numbers = [a.number for a in corpus.answers if a.case == case]
        assert numbers == list(range(1, len(numbers) + 1))
    paths = {a.path for a in corpus.articles}
    linked = [p for p in corpus.reddit_posts if p.link]
    assert linked and all(p.link in paths for p in linked)
