"""Shared test helpers: recorded fixtures, settings for tests, and the CI guard.

Package-specific fixtures live in tests/<package>/conftest.py. The real Elasticsearch
node is provided by the plugin tests/es_node.py, a real three-node cluster by tests/es_cluster.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.es_node", "tests.es_cluster", "tests.prefect_workers"]

FIXTURES = Path(__file__).parent / "fixtures"


def _shared_data_dir() -> Path:
    """../shared/data next to the checkout; $DEBATRADAR_SHARED_DATA or /work/shared/data otherwise."""
    candidates = [Path(__file__).resolve().parents[2] / "shared" / "data", Path("/work/shared/data")]
    if os.environ.get("DEBATRADAR_SHARED_DATA"):
        candidates.insert(0, Path(os.environ["DEBATRADAR_SHARED_DATA"]))
    return next((c for c in candidates if c.is_dir()), candidates[0])


SHARED_DATA = _shared_data_dir()

# A fixed key for tests only; production reads DEBATRADAR_SECRETS__PSEUDONYM_KEY.
TEST_PSEUDONYM_KEY = "test-key-not-secret"


def fixture_path(kind: str, case: str) -> Path:
    """Path of a recorded input: tests/fixtures/<kind>/<case>."""
    path = FIXTURES / kind / case
    if not path.exists():
        raise FileNotFoundError(f"no recorded fixture {path}")
    return path


def fixture_bytes(kind: str, case: str) -> bytes:
    """The bytes of a recorded input."""
    return fixture_path(kind, case).read_bytes()


def shared_data(*parts: str) -> Path:
    """A file from ../shared/data (test and evaluation data only, never used by the product)."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared test data not present: {path}") if not os.environ.get("CI") else pytest.fail(
            f"shared test data missing in CI: {path}"
        )
    return path


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Tests never read a developer's .env or DEBATRADAR_* variables by accident."""
    for name in list(os.environ):
        if name.startswith("DEBATRADAR_") and name != "DEBATRADAR_ES_URL":
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEBATRADAR_SECRETS__PSEUDONYM_KEY", TEST_PSEUDONYM_KEY)
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    monkeypatch.chdir(tmp_path)
    yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped test is a failure: nothing that needs a real component may skip silently."""
    if not os.environ.get("CI"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and exitstatus == 0:
        session.exitstatus = 1
        if reporter:
            reporter.write_line(f"CI: {skipped} test(s) skipped; every test must run in CI.", red=True)
