"""Fixtures of the flow tests: a configuration on disk, a filled store, Prefect's test harness."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

# Prefect reads PREFECT_HOME when it is imported: never the developer's home in tests.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="debatradar-prefect-home-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from index import Store, open_store
from schema.settings import Settings, load_settings
from tests.flows import records

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "flows"

ConfigWriter = Callable[..., Path]


def base_config(data_dir: Path) -> dict[str, Any]:
    """A small but complete debatradar.yaml for Aarhus and Syddjurs."""
    return {
        "municipalities": [{"code": "0751", "name": "Aarhus"}, {"code": "0706", "name": "Syddjurs"}],
        "data_dir": str(data_dir),
        "privacy": {"public_actors": records.PUBLIC_ACTORS},
        "notify": {"public_base_url": "https://debatradar.aarhus.example"},
        "flows": {"crawl_retry_delay_s": 0, "index_retry_delay_s": 0},
    }


@pytest.fixture
def write_config(tmp_path: Path) -> ConfigWriter:
    """Write a debatradar.yaml (base config merged with changes) and return its path."""

    def write(name: str = "debatradar.yaml", **changes: Any) -> Path:
        data = base_config(tmp_path / "data")
        for key, value in changes.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            else:
                data[key] = value
        path = tmp_path / name
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def settings(write_config: ConfigWriter) -> Settings:
    """Settings of the base configuration."""
    return load_settings(write_config())


@pytest.fixture
def filled_store(settings: Settings) -> Iterator[Store]:
    """An embedded store holding eight weeks of realistic debate (tests/flows/records.py)."""
    store = open_store(settings)
    store.setup()
    records.fill(store)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A temporary Prefect API (SQLite) for the whole session: flows really run, ~20 s to start."""
    from prefect.settings import (
        PREFECT_HOME,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )
    from prefect.testing.utilities import prefect_test_harness

    home = tmp_path_factory.mktemp("prefect-home")
    updates = {
        PREFECT_HOME: str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED: False,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 180,
    }
    with temporary_settings(updates=updates), prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def artifacts() -> Path:
    """test-artifacts/flows, for files a person may want to look at after a run."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
