"""Pytest plugin: a real Elasticsearch 9 node for the tests that need one.

The session fixture ``es_url`` yields the node's base URL:

- ``DEBATRADAR_ES_URL`` set (CI may start the node beforehand): that node is used as it is.
- otherwise the node is started with ``tools/elasticsearch/es-node start`` into a temporary
  folder and stopped when the session ends. The folder is on /dev/shm when there is one: every
  index creation is a cluster-state update that Elasticsearch fsyncs, 3-4x faster on tmpfs.
  Under pytest-xdist every worker starts its own node (about 3-5 s and ~350 MiB each); nodes
  never share a data folder.

If no node can be had, the fixture fails loudly in CI (``CI`` set) and skips with the reason
locally (no JDK, no Maven, no network for the first build...).

``es_settings()`` builds Settings for the Elasticsearch backend. Every test starts without
indices: by default on the session's shared index prefix (its templates stay installed, which
keeps a test's setup() cheap; its indices are deleted after each test), or, with
``es_settings(prefix="...")``, on a prefix of its own whose templates are deleted too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]
ES_NODE = ROOT / "tools" / "elasticsearch" / "es-node"
START_TIMEOUT_S = 300  # the first run on a fresh machine also resolves the jars from Maven Central


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _unavailable(reason: str) -> NoReturn:
    if _in_ci():
        pytest.fail(f"Elasticsearch node unavailable in CI: {reason}", pytrace=False)
    pytest.skip(f"Elasticsearch node unavailable: {reason}")


def _ping(url: str) -> str | None:
    """None when the node at url answers with a healthy cluster, else why not."""
    from elasticsearch import Elasticsearch

    client = Elasticsearch(url, request_timeout=10)
    try:
        health = client.cluster.health(wait_for_status="yellow", timeout="30s")
    except Exception as err:
        return f"{url} does not answer ({type(err).__name__}: {err})"
    finally:
        client.close()
    if health.get("status") not in {"green", "yellow"}:
        return f"{url} cluster health is {health.get('status')}"
    return None


@pytest.fixture(scope="session")
def es_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a running Elasticsearch 9 node (see the module docstring)."""
    given = os.environ.get("DEBATRADAR_ES_URL")
    if given:
        problem = _ping(given)
        if problem:
            _unavailable(f"DEBATRADAR_ES_URL is set but {problem}")
        yield given.rstrip("/")
        return
    data = _node_folder(tmp_path_factory)
    try:
        proc = subprocess.run(
            [str(ES_NODE), "start", "--data", str(data)],
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        _stop(data)
        _unavailable(f"{ES_NODE} start failed: {err}")
    url = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    if proc.returncode != 0 or not url.startswith("http"):
        _stop(data)
        _unavailable(f"{ES_NODE} start exited {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    try:
        yield url
    finally:
        _stop(data)


def _node_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 2 * 1024**3:
        return Path(tempfile.mkdtemp(prefix="debatradar-es-", dir=shm))
    return tmp_path_factory.mktemp("es-node")


def _stop(data: Path) -> None:
    subprocess.run([str(ES_NODE), "stop", "--data", str(data)], capture_output=True, timeout=60, check=False)
    if str(data).startswith("/dev/shm/"):
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="session")
def _es_shared_prefix(es_url: str) -> Iterator[str]:
    """One index prefix for the tests that do not ask for their own (its templates stay installed)."""
    from elasticsearch import Elasticsearch

    prefix = f"t{uuid.uuid4().hex[:8]}"
    yield prefix
    client = Elasticsearch(es_url, request_timeout=30)
    try:
        _delete_prefix(client, prefix, templates=True)
    finally:
        client.close()


@pytest.fixture
def es_settings(es_url: str, _es_shared_prefix: str, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """A factory of Settings for the Elasticsearch backend; every test starts with no indices.

    ``es_settings()`` uses the session's shared prefix (its templates are installed once, its
    indices deleted after each test); ``es_settings(prefix="...")`` a prefix of the test's own,
    deleted with its templates afterwards (for tests of templates and migrations).
    ``hosts=[...]`` and other ``index.elasticsearch`` fields can be given as keywords.
    """
    from elasticsearch import Elasticsearch

    from schema.settings import Settings

    used: dict[str, bool] = {}

    def make(hosts: list[str] | None = None, prefix: str | None = None, **index_overrides: Any) -> Settings:
        name = prefix or _es_shared_prefix
        used[name] = prefix is not None
        es = {"hosts": hosts or [es_url], "index_prefix": name, **index_overrides}
        return Settings(
            municipalities=[{"code": "0751", "name": "Aarhus"}],
            data_dir=tmp_path / "data",
            index={"backend": "elasticsearch", "elasticsearch": es},
        )

    yield make
    client = Elasticsearch(es_url, request_timeout=30)
    try:
        for name, own in used.items():
            _delete_prefix(client, name, templates=own)
    finally:
        client.close()


def _delete_prefix(client: Any, prefix: str, templates: bool) -> None:
    """Delete a test prefix's indices (and templates) by exact name (wildcard deletes are off)."""
    from elasticsearch import NotFoundError

    if not re.fullmatch(r"[a-z0-9_-]+", prefix):
        raise ValueError(f"bad test prefix {prefix!r}")
    names = list(client.indices.get(index=f"{prefix}-*", expand_wildcards="all", allow_no_indices=True))
    for start in range(0, len(names), 50):
        client.indices.delete(index=",".join(names[start : start + 50]))
    if not templates:
        return
    try:
        found = client.indices.get_index_template(name=f"{prefix}-*").get("index_templates", [])
    except NotFoundError:
        found = []
    for template in found:
        client.indices.delete_index_template(name=template["name"])
