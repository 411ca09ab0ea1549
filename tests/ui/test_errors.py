"""Failures explained in plain Danish while the page still renders: index down, bad config, no data."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import APP, TIMEOUT, assert_no_errors, login, texts
from tests.ui.demo_data import write_config

PAGES = ["alerts", "search", "issues", "remote", "briefings", "sources", "admin"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(monkeypatch: pytest.MonkeyPatch, config: Path) -> AppTest:
    monkeypatch.setenv("DEBATRADAR_CONFIG", str(config))
    return AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()


def test_index_down_every_page_explains_it_and_still_renders(monkeypatch, tmp_path):
    config = write_config(tmp_path)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["index"] = {
        "backend": "elasticsearch",
        "elasticsearch": {"hosts": [f"http://127.0.0.1:{free_port()}"], "request_timeout_s": 2},
    }
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    at = login(start(monkeypatch, config), "admin")
    for page in PAGES:
        at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert at.title, page
        if page != "admin":
            assert any("Indekset kan ikke nås lige nu" in e.value for e in at.error), page


def test_a_broken_configuration_is_named_in_the_message(monkeypatch, tmp_path):
    config = write_config(tmp_path)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["detection"] = {"levels": {"watch": 0.9, "warning": 0.5, "alert": 0.7}}
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    at = start(monkeypatch, config)
    assert not at.exception
    message = at.error[0].value
    assert message.startswith("Konfigurationen er ikke gyldig:") and "detection.levels" in message


def test_a_missing_configuration_file_is_explained(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path / "findes-ikke.yaml")
    assert "configuration file not found" in at.error[0].value


def test_a_damaged_index_file_is_explained(monkeypatch, tmp_path):
    config = write_config(tmp_path)
    index = tmp_path / "data" / "index"
    index.mkdir(parents=True)
    (index / "debatradar.sqlite3").write_bytes(b"this is not a database" * 100)
    at = login(start(monkeypatch, config), "kommunikation")
    assert not at.exception
    assert at.title[0].value == "Varsler"
    assert any(e.value.startswith("Data kunne ikke hentes fra indekset:") for e in at.error)


def test_an_empty_deployment_shows_empty_states_everywhere(monkeypatch, tmp_path):
    at = login(start(monkeypatch, write_config(tmp_path)), "admin")
    shown = {}
    for page in PAGES:
        at.switch_page(f"app_pages/{page}.py").run()
        assert_no_errors(at)
        shown[page] = texts(at)
    assert "ingen lokal sag mobiliserer lige nu" in shown["alerts"]
    assert "Der er endnu ingen sager" in shown["issues"]
    assert "Der er endnu ingen ugebriefinger" in shown["briefings"]
    assert "Aldrig hentet" in shown["sources"]
    assert "Der er ingen forfattere i udsnittet" in shown["remote"]
