"""The evaluation harness: precision, recall, lead time, remote-share error, topic agreement."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest

from nlp.detect.evaluation import evaluate, topic_agreement
from schema import Alert, AlertEvidence, Level, RemoteParticipation

T = datetime(2026, 10, 1, tzinfo=UTC)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Episode:
    id: str
    kind: str
    start: datetime
    peak: datetime
    end: datetime
    expected_level: Level | None
    expected_remote_share: float | None
    decoy: bool


@dataclass(frozen=True)
class Label:
    topic_id: str
    episode_id: str | None


@dataclass
class Truth:
    start: date
    end: date
    episodes: list[Episode]
    labels: dict[str, Label] = field(default_factory=dict)

    def label_for(self, url: str) -> Label | None:
        return self.labels.get(url)


def alert(
    alert_id: str, docs: list[str], first_seen: datetime, peak: Level, remote: float | None = None
) -> Alert:
    return Alert(
        alert_id=alert_id,
        issue_id=alert_id.split("@")[0],
        label=alert_id,
        municipality_code="0751",
        level=peak,
        peak_level=peak,
        score=0.8,
        first_seen=first_seen,
        updated_at=first_seen + 3 * DAY,
        document_ids=docs,
        evidence=AlertEvidence(
            signals={},
            remote=RemoteParticipation(
                authors_known=10, authors_unknown=0, authors_remote=0, remote_share=remote
            ),
        ),
    )


@pytest.fixture
def truth() -> Truth:
    episodes = [
        Episode("ep-skole", "mobilisation", T, T + 2 * DAY, T + 8 * DAY, Level.ALERT, 0.05, False),
        Episode(
            "ep-sol", "remote_mobilisation", T + 20 * DAY, T + 23 * DAY, T + 28 * DAY, Level.ALERT, 0.7, False
        ),
        Episode("decoy-letbane", "decoy_heated", T + 10 * DAY, T + 11 * DAY, T + 14 * DAY, None, None, True),
    ]
    labels = {f"u{i}": Label("ep-skole", "ep-skole") for i in range(10)}
    labels |= {f"v{i}": Label("decoy-letbane", "decoy-letbane") for i in range(10)}
    labels |= {f"w{i}": Label("bg-cykel", None) for i in range(10)}
    labels |= {f"s{i}": Label("ep-sol", "ep-sol") for i in range(10)}
    return Truth(date(2026, 9, 1), date(2026, 10, 30), episodes, labels)


URLS = {f"{p}{i}": f"{p}{i}" for p in "uvws" for i in range(10)}


def test_true_false_and_missed_episodes(truth):
    alerts = [
        alert("skole@1", [f"u{i}" for i in range(8)] + ["w1"], T + DAY, Level.ALERT, remote=0.1),
        alert("skole2@2", [f"u{i}" for i in range(3)], T + 3 * DAY, Level.WARNING),
        alert("letbane@1", [f"v{i}" for i in range(6)], T + 10 * DAY, Level.WATCH),
        alert("cykel@1", [f"w{i}" for i in range(6)], T + 15 * DAY, Level.WARNING),
    ]
    report = evaluate(alerts, truth, URLS)
    assert (report.alerts, report.true_alerts, report.false_alerts) == (4, 2, 2)
    assert report.precision == 0.5 and report.recall == 0.5
    assert report.false_alerts_per_month == pytest.approx(2 / 2)
    skole = next(e for e in report.episodes if e.episode_id == "ep-skole")
    assert skole.detected and skole.alert_ids == ["skole2@2", "skole@1"] and skole.peak_level == Level.ALERT
    assert skole.lead_hours == 24.0 and skole.lead_fraction == 0.5 and skole.before_peak
    assert skole.remote_error == pytest.approx(0.05)
    assert report.remote_share_mae == pytest.approx(0.05) and report.level_exact_share == 1.0
    assert report.false_alert_ids == ["cykel@1", "letbane@1"]


def test_only_alerts_at_the_level_asked_for_count(truth):
    alerts = [alert("letbane@1", [f"v{i}" for i in range(6)], T + 10 * DAY, Level.WATCH)]
    assert evaluate(alerts, truth, URLS, min_level=Level.WARNING).alerts == 0


def test_an_alert_long_after_its_episode_is_not_about_it(truth):
    late = alert("skole@9", [f"u{i}" for i in range(8)], T + 20 * DAY, Level.ALERT)
    report = evaluate([late], truth, URLS)
    assert report.true_alerts == 0 and report.recall == 0.0


def test_remote_share_missing_is_counted(truth):
    report = evaluate([alert("sol@1", [f"s{i}" for i in range(9)], T + 21 * DAY, Level.ALERT)], truth, URLS)
    assert report.remote_share_missing == 1 and report.remote_share_mae is None


def test_topic_agreement_is_perfect_for_the_labels_and_low_for_one_big_issue(truth):
    perfect = {d: truth.labels[d].topic_id for d in URLS}
    assert topic_agreement(URLS, truth, perfect) == (1.0, 1.0)
    ari, nmi = topic_agreement(URLS, truth, dict.fromkeys(URLS, "one"))
    assert ari == 0.0 and nmi == 0.0


def test_summary_pools_seeds_and_checks_the_targets(truth):
    from nlp.detect.evaluation import summarise

    good = evaluate([alert("skole@1", [f"u{i}" for i in range(8)], T + DAY, Level.ALERT, remote=0.1),
                     alert("sol@1", [f"s{i}" for i in range(9)], T + 21 * DAY, Level.ALERT, remote=0.65)],
                    truth, URLS)  # fmt: skip
    bad = evaluate([alert("cykel@1", [f"w{i}" for i in range(6)], T + 15 * DAY, Level.WARNING)], truth, URLS)
    summary = summarise([good, bad])
    assert (
        summary.seeds == 2 and summary.precision == pytest.approx(2 / 3, abs=1e-3) and summary.recall == 0.5
    )
    assert summary.alerts_per_episode == 1.0
    assert summary.targets_met == {
        "recall": False, "precision": False, "before_peak_share": True, "remote_share_mae": True,
    }  # fmt: skip
