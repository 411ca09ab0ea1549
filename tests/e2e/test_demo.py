"""The demo end to end: a fixed-seed scenario served locally, crawled by the real spiders,
enriched, grouped into issues and scored; every planted episode must give an alert at its
expected level for the right municipality (remote share within ±0.15), and no decoy may.
"""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.cli._state import DEMO_CONFIG
from index import open_store
from nlp.detect.evaluation import episode_of_alert
from schema.settings import load_settings
from simulator import generate

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

SEED = 7
END = date(2026, 11, 20)
REMOTE_TOLERANCE = 0.15


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    result = CliRunner().invoke(
        app, ["--data-dir", str(data_dir), "demo", "--seed", str(SEED), "--end", END.isoformat()]
    )
    assert result.exit_code == 0, result.output
    settings = load_settings(DEMO_CONFIG, data_dir=str(data_dir))
    store = open_store(settings)
    try:
        alerts = store.list_alerts()
        urls = {d.id: d.url for d in store.iter_documents()}
    finally:
        store.close()
    truth = generate(seed=SEED, end=END).truth
    episodes = {e.id: e for e in truth.episodes}
    about = {a.alert_id: episode_of_alert(a, urls, truth, episodes) for a in alerts}
    return result, truth, alerts, about


def test_the_demo_prints_alerts_and_how_to_open_the_ui(demo_run):
    result, *_ = demo_run
    assert "Varsler fundet i demoen" in result.stdout
    assert "debatradar --config" in result.stdout and " ui " in result.stdout


def test_every_planted_episode_gives_an_alert_at_the_expected_level(demo_run):
    _, truth, alerts, about = demo_run
    problems = []
    for episode in truth.planted():
        mine = [a for a in alerts if about[a.alert_id] == episode.id]
        if not mine:
            problems.append(f"{episode.id}: no alert")
            continue
        best = max(mine, key=lambda a: (a.peak_level.rank, a.score))
        if best.peak_level != episode.expected_level:
            problems.append(
                f"{episode.id}: peak level {best.peak_level.value}, expected {episode.expected_level}"
            )
        if best.municipality_code != episode.municipality_code:
            problems.append(
                f"{episode.id}: municipality {best.municipality_code}, expected {episode.municipality_code}"
            )
        expected = episode.expected_remote_share
        if expected is not None and (
            best.remote_share is None or abs(best.remote_share - expected) > REMOTE_TOLERANCE
        ):
            problems.append(
                f"{episode.id}: remote share {best.remote_share}, expected {expected} ± {REMOTE_TOLERANCE}"
            )
    assert not problems, "\n".join(problems)


def test_no_decoy_gives_an_alert(demo_run):
    _, truth, alerts, about = demo_run
    decoys = {e.id for e in truth.decoys()}
    raised = sorted(
        f"{about[a.alert_id]}: {a.label} ({a.peak_level.value})"
        for a in alerts
        if about[a.alert_id] in decoys
    )
    assert not raised, "\n".join(raised)
