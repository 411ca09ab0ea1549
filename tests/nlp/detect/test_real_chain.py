"""The real chain on a simulated scenario: simulator -> Enricher -> IssueTracker -> detect_alerts -> evaluate.

No crawling: the scenario's items are the RawItems a crawler would have written. Slow (minutes):
it replays five weeks day by day, as live runs would.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from nlp import Enricher
from nlp.detect.evaluation import evaluate
from nlp.detect.replay import replay_history
from schema import Level
from schema.settings import load_settings
from simulator import generate
from tests.conftest import TEST_PSEUDONYM_KEY

CONFIG = Path(__file__).resolve().parents[3] / "config" / "demo.yaml"


@pytest.mark.slow
@pytest.mark.e2e
def test_planted_episodes_are_found_early_and_decoys_stay_quiet(tmp_path: Path):
    settings = load_settings(CONFIG)
    scenario = generate(seed=7, end=date(2026, 11, 20))
    documents, failures = Enricher(settings).enrich_batch(scenario.items(TEST_PSEUDONYM_KEY))
    assert not failures
    start = datetime.combine(scenario.start + timedelta(days=21), time(23, 59), UTC)
    end = datetime.combine(scenario.end, time(23, 59), UTC)
    result = replay_history(documents, settings, tmp_path / "models", start, end)
    urls = {d.id: d.url for d in documents}
    report = evaluate(result.alerts, scenario.truth, urls, result.assignments, raised=result.raised())

    # one seed: the slow burn of seed 7 stays just below 'watch' and two ordinary issues blip to
    # 'watch'; the multi-seed targets (recall >= 0.9, precision >= 0.8) are measured by
    # `debatradar eval` and reported in docs/evaluation.md
    assert report.recall is not None and report.recall >= 0.75
    assert report.precision is not None and report.precision >= 0.6
    assert report.before_peak_share == 1.0
    assert report.remote_share_mae is not None and report.remote_share_mae <= 0.1
    assert report.topic_nmi is not None and report.topic_nmi >= 0.7
    decoys = [e for e in report.episodes if e.decoy]
    assert decoys and not any(e.detected for e in decoys)
    remote = next(e for e in report.episodes if e.kind == "remote_mobilisation")
    assert remote.detected and remote.peak_level is not None and remote.peak_level.rank >= Level.WARNING.rank
    assert remote.remote_share is not None and remote.remote_share > 0.5
    alert = next(a for a in result.alerts if a.alert_id in remote.alert_ids)
    assert alert.evidence.remote.remote_dominated and alert.evidence.cues and alert.evidence.top_documents
