"""`debatradar demo --index elasticsearch` against the real local node: the whole demo, indexed there."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from typer.testing import CliRunner

from crawlers import Spool
from flows.cli import app
from flows.cli._state import DEMO_CONFIG
from index import open_store
from schema.settings import load_settings

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.es, pytest.mark.usefixtures("prefect_harness")]


def test_the_demo_runs_on_elasticsearch(es_url, tmp_path, monkeypatch):
    prefix = f"demo{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("DEBATRADAR_INDEX__ELASTICSEARCH__HOSTS", json.dumps([es_url]))
    monkeypatch.setenv("DEBATRADAR_INDEX__ELASTICSEARCH__INDEX_PREFIX", prefix)
    data_dir = tmp_path / "data"
    args = ["--data-dir", str(data_dir), "demo", "--index", "elasticsearch", "--weeks", "4"]
    result = CliRunner().invoke(app, [*args, "--seed", "3", "--end", date(2026, 11, 20).isoformat()])
    assert result.exit_code == 0, result.output
    assert "Varsler fundet i demoen" in result.stdout

    monkeypatch.setenv("DEBATRADAR_INDEX__BACKEND", "elasticsearch")  # what --index did for the demo
    settings = load_settings(DEMO_CONFIG, data_dir=str(data_dir))
    assert not (data_dir / "index").exists(), "the embedded store must not be used"
    spool = Spool(data_dir / "spool")
    try:
        spooled = spool.count_items()
    finally:
        spool.close()
    store = open_store(settings)
    try:
        assert store.count_documents() == spooled > 500
        assert store.list_issues()
        assert store.list_briefings(), "the demo's briefing is archived in Elasticsearch"
    finally:
        store.close()
