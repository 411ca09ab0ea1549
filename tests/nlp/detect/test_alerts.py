"""detect_alerts: one alert per episode with evidence, stable ids, closing, replay = live."""

from __future__ import annotations

from datetime import timedelta

import pytest

from nlp.detect import detect_alerts
from schema import DetectorError, Level
from tests.nlp.detect.conftest import issue_of
from tests.nlp.topics.corpus import AARHUS, T0, background, burst, copy_paste

DAY = timedelta(days=1)
WAVE = T0 + 30 * DAY


@pytest.fixture(scope="module")
def corpus():
    quiet = background(T0, 50, {"egeskov": 1.0, "letbane": 3.0}, seed=4)
    wave = burst("egeskov", WAVE, [4, 12, 30, 25, 10, 3], seed=5)
    heated = burst(
        "letbane", WAVE, [6, 40, 60, 20, 5], seed=6, cue_rate=0.0, new_authors=False, platforms=("reddit",)
    )
    ege = [d for d in quiet if "egeskov" in d.url] + wave
    bane = [d for d in quiet if "letbane" in d.url] + heated
    issues = [issue_of("issue-ege", ege, AARHUS, "Brabrand"), issue_of("issue-bane", bane, AARHUS, "Aarhus")]
    return ege + bane, issues


def run(docs, issues, settings, now, geography, previous=()):
    return detect_alerts(
        [d for d in docs if d.published_at <= now], issues, list(previous), settings, now, geography
    )


def test_a_mobilisation_raises_one_alert_with_its_evidence(corpus, settings, geography):
    docs, issues = corpus
    alerts = run(docs, issues, settings, WAVE + 4 * DAY, geography)
    mine = [a for a in alerts if a.issue_id == "issue-ege"]
    assert len(mine) == 1
    alert = mine[0]
    assert alert.peak_level == Level.ALERT and alert.state == "open"
    assert alert.alert_id == f"issue-ege@{alert.first_seen.date().isoformat()}"
    assert WAVE <= alert.first_seen <= WAVE + 2 * DAY
    ev = alert.evidence
    assert set(ev.signals) == {"burst", "authors", "calls_to_action", "narrowness", "spread", "coordination"}
    assert ev.signals["calls_to_action"] > 0.8 and ev.signals["burst"] > 0.8
    assert len(ev.growth) >= 7 and ev.growth[-1].day == (WAVE + 3 * DAY).date()
    assert any(g.documents == 0 for g in ev.growth) or all(g.documents for g in ev.growth)
    assert {c.family for c in ev.cues} >= {"petition", "sign"} and all(c.example for c in ev.cues)
    assert 1 <= len(ev.top_documents) <= settings.detection.top_documents
    assert len({d.platform for d in ev.top_documents}) >= 3
    assert all(d.author and d.author.startswith("p-") for d in ev.top_documents)
    assert sum(ev.platforms.values()) == len(alert.document_ids)
    assert ev.remote.authors_known > 0 and ev.remote.remote_share is not None


def test_a_heated_debate_without_calls_to_action_stays_below_warning(corpus, settings, geography):
    docs, issues = corpus
    alerts = run(docs, issues, settings, WAVE + 4 * DAY, geography)
    assert all(a.peak_level.rank < Level.WARNING.rank for a in alerts if a.issue_id == "issue-bane")


def test_replaying_day_by_day_gives_what_one_run_at_the_end_gives(corpus, settings, geography):
    docs, issues = corpus
    end = WAVE + 12 * DAY
    live: dict[str, object] = {}
    now = WAVE - 3 * DAY
    while now <= end:
        for alert in run(docs, issues, settings, now, geography, live.values()):
            live[alert.alert_id] = alert
        now += DAY
    once = {a.alert_id: a for a in run(docs, issues, settings, end, geography)}
    assert set(once) <= set(live)
    for alert_id, alert in once.items():
        assert live[alert_id] == alert


def test_the_episode_closes_after_quiet_days_and_a_new_wave_is_a_new_alert(corpus, settings, geography):
    docs, issues = corpus
    closed = [a for a in run(docs, issues, settings, WAVE + 14 * DAY, geography) if a.issue_id == "issue-ege"]
    assert len(closed) == 1 and closed[0].state == "closed"
    assert closed[0].closed_at is not None and closed[0].closed_at <= WAVE + 11 * DAY
    assert closed[0].updated_at == closed[0].closed_at
    again = burst("egeskov", WAVE + 15 * DAY, [6, 20, 30], seed=8)
    ege = [d for d in docs if d.id in set(issues[0].document_ids)] + again
    later = run(
        ege, [issue_of("issue-ege", ege, AARHUS, "Brabrand")], settings, WAVE + 17 * DAY, geography, closed
    )
    ids = {a.alert_id for a in later}
    assert closed[0].alert_id in ids and len(ids) == 2


def test_workflow_fields_survive_updates(corpus, settings, geography):
    docs, issues = corpus
    first = next(
        a for a in run(docs, issues, settings, WAVE + 2 * DAY, geography) if a.issue_id == "issue-ege"
    )
    handled = first.model_copy(
        update={"acknowledged_by": "kommunikation", "comments": ["Ringet til formanden"]}
    )
    later = next(
        a
        for a in run(docs, issues, settings, WAVE + 3 * DAY, geography, [handled])
        if a.issue_id == "issue-ege"
    )
    assert later.alert_id == first.alert_id
    assert later.acknowledged_by == "kommunikation" and later.comments == ["Ringet til formanden"]


def test_unwatched_merged_and_national_issues_raise_nothing(corpus, settings, geography):
    docs, issues = corpus
    ege = issues[0]
    others = [
        ege.model_copy(update={"issue_id": "elsewhere", "municipality_code": "0461"}),
        ege.model_copy(update={"issue_id": "merged", "status": "merged"}),
        ege.model_copy(update={"issue_id": "national", "municipality_code": None}),
    ]
    assert run(docs, others, settings, WAVE + 4 * DAY, geography) == []


def test_copy_paste_letters_show_as_coordination(corpus, settings, geography):
    docs, _ = corpus
    letters = copy_paste("egeskov", WAVE + 2 * DAY, 15)
    ege = [d for d in docs if "egeskov" in d.url and d.published_at < WAVE] + letters
    alerts = run(ege, [issue_of("issue-ege", ege, AARHUS, "Brabrand")], settings, WAVE + 3 * DAY, geography)
    assert alerts and alerts[0].evidence.signals["coordination"] > 0.8


def test_naive_now_is_refused(settings):
    with pytest.raises(DetectorError, match="timezone-aware"):
        detect_alerts([], [], [], settings, T0.replace(tzinfo=None))


def test_an_alert_follows_its_documents_into_another_issue(corpus, settings, geography):
    docs, issues = corpus
    first = next(
        a for a in run(docs, issues, settings, WAVE + 2 * DAY, geography) if a.issue_id == "issue-ege"
    )
    moved = [issues[0].model_copy(update={"issue_id": "issue-refitted"}), issues[1]]  # a refit renamed it
    later = [a for a in run(docs, moved, settings, WAVE + 3 * DAY, geography, [first]) if a.state == "open"]
    mine = [a for a in later if a.issue_id == "issue-refitted"]
    assert [a.alert_id for a in mine] == [first.alert_id]
    assert mine[0].first_seen == first.first_seen
