"""The flows on real stages: a simulated debate served locally, crawled, enriched, analysed, briefed.

Also: a source that is down, the index being down, and an enrich run killed and resumed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from crawlers import Spool
from flows.cli._state import DEMO_CONFIG
from flows.crawl import crawl_flow
from flows.enrich import consumer_name, enrich_flow
from flows.pipeline import PipelineError, pipeline_flow
from index import open_store
from schema import StoreUnavailableError
from schema.settings import load_settings
from simulator import generate, rebase_sources, serve
from tests.conftest import TEST_PSEUDONYM_KEY
from tests.flows.servers import free_port

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]

END = date(2026, 11, 20)


@pytest.fixture(scope="module")
def scenario():
    return generate(seed=11, end=END, weeks=3)


def _overrides(data_dir: Path, **extra):
    return {
        "data_dir": str(data_dir),
        "notify": {"channels": [], "briefing_recipients": []},
        "flows": {"crawl_retries": 1, "crawl_retry_delay_s": 0, "index_retries": 1, "index_retry_delay_s": 0},
        **extra,
    }


def test_the_pipeline_on_a_served_scenario_with_a_source_down(scenario, tmp_path):
    config = str(DEMO_CONFIG)
    with serve(scenario, host="127.0.0.1", port=0) as server:
        rebased = rebase_sources(load_settings(config), server.origin)
        sources = [s.model_dump(mode="json") for s in rebased.sources]
        down = {"id": "nede", "name": "En kilde der er nede", "kind": "news_feed",
                "feed_urls": [f"http://127.0.0.1:{free_port()}/rss.xml"]}  # fmt: skip
        overrides = _overrides(tmp_path / "data", sources=[*sources, down])
        with pytest.raises(PipelineError) as failed:
            pipeline_flow(config, overrides, now=scenario.horizon, purge=False)
        summary = failed.value.summary
        assert failed.value.exit_code == 3
        assert set(summary.crawl.failed) == {"nede"}
        assert "nede" in summary.failed["crawl"]
        assert len(summary.crawl.sources) == len(sources) + 1
        assert summary.crawl.items_new > 1000
        settings = load_settings(config, **overrides)
        with Spool(settings.data_dir / "spool") as spool:
            items = spool.count_items()
            assert spool.pending(consumer_name(settings)) == 0
        assert summary.enrich.indexed + summary.enrich.dead_lettered == summary.enrich.read == items
        store = open_store(settings)
        try:
            assert store.count_documents() == summary.enrich.indexed
            assert summary.topics.issues > 5 and store.list_issues()
            assert summary.detect is not None
            assert summary.briefings == ["2026-W46-da"]
            assert (settings.data_dir / "briefings" / "2026-W46-da.pdf").is_file()
            assert store.get_briefing("2026-W46-da") is not None
            health = {h.source_id: h for h in store.list_source_health()}
            assert health["nede"].status == "failed" and health["nede"].last_error
            assert all(h.status != "failed" for k, h in health.items() if k != "nede")
            again = crawl_flow(config, overrides, source_ids=[s["id"] for s in sources])
            assert again.items_new == 0 and not again.failed
            assert enrich_flow(config, overrides).read == 0
            assert store.count_documents() == summary.enrich.indexed
        finally:
            store.close()
    assert (settings.data_dir / "feeds" / "alerts.atom").is_file()


def _spool_items(scenario, data_dir: Path) -> int:
    with Spool(data_dir / "spool") as spool:
        spool.append(scenario.items(TEST_PSEUDONYM_KEY))
        return spool.count()


def test_an_index_that_is_down_loses_nothing(scenario, tmp_path):
    data_dir = tmp_path / "data"
    total = _spool_items(scenario, data_dir)
    nowhere = {"hosts": [f"http://127.0.0.1:{free_port()}"], "request_timeout_s": 2, "max_retries": 0}
    es = {"backend": "elasticsearch", "elasticsearch": nowhere}
    overrides = _overrides(data_dir, index=es)
    with pytest.raises(StoreUnavailableError, match=f"{total} items wait in the spool"):
        enrich_flow(str(DEMO_CONFIG), overrides)
    with Spool(data_dir / "spool") as spool:
        assert spool.cursor("enrich-elasticsearch") == 0
        assert spool.pending("enrich-elasticsearch") == total
        assert not spool.dead_letters()


def test_an_enrich_run_killed_midway_resumes_without_duplicates(scenario, tmp_path):
    data_dir = tmp_path / "data"
    total = _spool_items(scenario, data_dir)
    env = {
        **os.environ,
        "DEBATRADAR_FLOWS__ENRICH_BATCH_SIZE": "100",
        "DEBATRADAR_SECRETS__PSEUDONYM_KEY": TEST_PSEUDONYM_KEY,
    }
    env.pop("PREFECT_API_URL", None)
    command = [
        sys.executable,
        "-m",
        "flows.cli",
        "--config",
        str(DEMO_CONFIG),
        "--data-dir",
        str(data_dir),
        "enrich",
    ]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # fmt: skip
    consumer = "enrich-embedded"
    deadline = time.monotonic() + 240
    committed = 0
    try:
        with Spool(data_dir / "spool") as spool:
            while time.monotonic() < deadline and proc.poll() is None:
                committed = spool.cursor(consumer)
                if committed >= 200:
                    break
                time.sleep(0.2)
        assert proc.poll() is None, "the enrich run ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    with Spool(data_dir / "spool") as spool:
        committed = spool.cursor(consumer)
        assert 0 < committed < total
        waiting = spool.pending(consumer)
    resumed = enrich_flow(str(DEMO_CONFIG), _overrides(data_dir, flows={"enrich_batch_size": 500}))
    assert resumed.read == waiting
    settings = load_settings(DEMO_CONFIG, data_dir=str(data_dir))
    store = open_store(settings)
    try:
        with Spool(data_dir / "spool") as spool:
            assert spool.pending(consumer) == 0
            assert store.count_documents() == spool.count_items() - len(spool.dead_letters(limit=10_000))
    finally:
        store.close()
