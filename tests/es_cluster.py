"""Pytest plugin: a real three-node Elasticsearch 9 cluster for the scale-out tests.

The session fixture ``es_cluster_session`` starts one cluster with
``tools/elasticsearch/es-node cluster-start`` (three master-eligible data nodes on loopback,
each with its own data folder, a cluster name of its own and free ports, so parallel runs never
clash) and stops it when the session ends. The folder is on /dev/shm when there is one (as for
the single node of tests/es_node.py). Each JVM gets ``-Xmx448m`` (``ES_NODE_HEAP``): about
350 MiB resident idle, ~650 MiB while loading (bench/bench_cluster.py).

Tests take ``es_cluster`` (function scope): the same cluster, and after the test every node that
the test stopped or killed is started again (with its old data, on its old ports) and the
cluster is back to green, so the next test finds three healthy nodes. Each node is a
``ClusterNode`` with ``url``, ``kill()`` (SIGKILL, like a crash), ``stop()`` (SIGTERM) and
``start()`` (restart with its data; returns once it has joined).

``es_cluster_settings()`` builds Settings whose Elasticsearch backend points at all three nodes
with ``replicas=1`` (and index_prefix/other fields by keyword), cleaned up after the test like
``es_settings`` of tests/es_node.py.

Same rule as ``es_url``: in CI (``CI`` set) a cluster that cannot start fails the test; locally
the test skips with the reason. Under pytest-xdist every worker that runs a cluster test starts
a cluster of its own (three more JVMs); the cluster tests are marked ``slow``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.es_node import ES_NODE, START_TIMEOUT_S, _delete_prefix, _unavailable

NODES = 3
HEAP = "448m"


def _es_node(*args: str, timeout: float = START_TIMEOUT_S) -> str:
    """Run the es-node script; its last line of output (a URL for start commands)."""
    env = {**os.environ, "ES_NODE_HEAP": os.environ.get("ES_NODE_HEAP", HEAP)}
    proc = subprocess.run(
        [str(ES_NODE), *args], capture_output=True, text=True, timeout=timeout, check=False, env=env
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"es-node {' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()[-2000:]}"
        )
    return proc.stdout.strip()


@dataclass
class ClusterNode:
    """One node of the test cluster: its folder (home, data, logs) and URL."""

    name: str
    folder: Path
    url: str

    def pid(self) -> int | None:
        """The JVM's pid while it runs, else None."""
        try:
            pid = int((self.folder / "es-node.pid").read_text())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except OSError:
            return None
        return pid

    def is_running(self) -> bool:
        """Whether the node's process is alive."""
        return self.pid() is not None

    def kill(self) -> None:
        """SIGKILL, as a crash: no shutdown, the data stays as it is on disk."""
        _es_node("kill", "--data", str(self.folder), timeout=60)

    def stop(self) -> None:
        """A graceful stop (SIGTERM)."""
        _es_node("stop", "--data", str(self.folder), timeout=60)

    def start(self) -> str:
        """Restart with its old data (on its old ports when free); returns once it joined the cluster."""
        self.url = _es_node("start", "--data", str(self.folder)).splitlines()[-1]
        return self.url


@dataclass
class EsCluster:
    """A running test cluster."""

    folder: Path
    nodes: list[ClusterNode] = field(default_factory=list)

    @property
    def urls(self) -> list[str]:
        """The HTTP URLs of all nodes (running or not), as a client's host list."""
        return [n.url for n in self.nodes]

    def client(self, **kwargs: Any) -> Any:
        """A client over all nodes (dead ones are skipped by the client's node pool)."""
        from elasticsearch import Elasticsearch

        options: dict[str, Any] = {"request_timeout": 30, "max_retries": 3, "retry_on_timeout": True}
        return Elasticsearch(self.urls, **{**options, **kwargs})

    def health(self, **params: Any) -> dict[str, Any]:
        """``_cluster/health`` through any live node."""
        client = self.client()
        try:
            return dict(client.cluster.health(**params))
        finally:
            client.close()

    def wait_for(self, status: str = "green", nodes: int = NODES, timeout_s: float = 120) -> float:
        """Wait until the cluster has ``nodes`` nodes and at least ``status``; returns the seconds waited."""
        started = time.perf_counter()
        last: dict[str, Any] = {}
        while time.perf_counter() - started < timeout_s:
            try:
                last = self.health(
                    wait_for_status=status, wait_for_nodes=str(nodes), timeout="5s", master_timeout="5s"
                )
            except Exception as err:  # no master yet, or the node asked is the one that died
                last = {"error": f"{type(err).__name__}: {err}"}
            if last.get("timed_out") is False:
                return time.perf_counter() - started
            time.sleep(0.2)
        raise AssertionError(f"cluster not {status} with {nodes} nodes within {timeout_s:.0f} s: {last}")

    def master(self) -> ClusterNode:
        """The node currently elected master."""
        client = self.client()
        try:
            name = client.cat.master(format="json")[0]["node"]
        finally:
            client.close()
        return next(n for n in self.nodes if n.name == name)

    def restore(self) -> None:
        """Start every node that is down and wait for green with all nodes."""
        for node in self.nodes:
            if not node.is_running():
                node.start()
        self.wait_for("green")

    def stop(self) -> None:
        """Stop all nodes."""
        _es_node("cluster-stop", "--data", str(self.folder), timeout=120)


def _cluster_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 4 * 1024**3:
        return Path(tempfile.mkdtemp(prefix="debatradar-es-cluster-", dir=shm))
    return tmp_path_factory.mktemp("es-cluster")


@pytest.fixture(scope="session")
def es_cluster_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EsCluster]:
    """A three-node cluster for the whole session (see the module docstring)."""
    folder = _cluster_folder(tmp_path_factory)
    cluster = EsCluster(folder)
    try:
        output = _es_node("cluster-start", "--data", str(folder), "--nodes", str(NODES))
        urls = [line for line in output.splitlines() if line.startswith("http")]
        if len(urls) != NODES:
            raise RuntimeError(f"es-node cluster-start printed {urls}, expected {NODES} URLs")
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as err:
        _teardown(cluster)
        _unavailable(f"{ES_NODE} cluster-start failed: {err}")
    cluster.nodes = [ClusterNode(f"node-{i}", folder / f"node-{i}", url) for i, url in enumerate(urls, 1)]
    try:
        yield cluster
    finally:
        _teardown(cluster)


def _teardown(cluster: EsCluster) -> None:
    if (cluster.folder / "cluster.conf").exists():
        subprocess.run(
            [str(ES_NODE), "cluster-stop", "--data", str(cluster.folder)],
            capture_output=True,
            timeout=120,
            check=False,
        )
    if str(cluster.folder).startswith("/dev/shm/"):
        shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture
def es_cluster(es_cluster_session: EsCluster) -> Iterator[EsCluster]:
    """The session's cluster; afterwards every node runs again and the cluster is green."""
    es_cluster_session.wait_for("green")
    yield es_cluster_session
    es_cluster_session.restore()


@pytest.fixture(scope="session")
def _es_cluster_prefix(es_cluster_session: EsCluster) -> Iterator[str]:
    """One index prefix on the cluster for the tests that do not ask for their own."""
    prefix = f"c{uuid.uuid4().hex[:8]}"
    yield prefix
    client = es_cluster_session.client()
    try:
        _delete_prefix(client, prefix, templates=True)
    finally:
        client.close()


@pytest.fixture
def es_cluster_settings(
    es_cluster: EsCluster, _es_cluster_prefix: str, tmp_path: Path
) -> Iterator[Callable[..., Any]]:
    """A factory of Settings for the Elasticsearch backend on the cluster (all nodes, replicas=1).

    ``es_cluster_settings()`` uses the session's shared prefix (indices deleted after the test);
    ``es_cluster_settings(prefix="...")`` a prefix of the test's own, deleted with its templates.
    Other ``index.elasticsearch`` fields (``shards``, ``replicas``, ``bulk_chunk_size``...) can be
    given as keywords.
    """
    from schema.settings import Settings

    used: dict[str, bool] = {}

    def make(prefix: str | None = None, **index_overrides: Any) -> Settings:
        name = prefix or _es_cluster_prefix
        used[name] = prefix is not None
        es = {"hosts": es_cluster.urls, "index_prefix": name, "replicas": 1, **index_overrides}
        return Settings(
            municipalities=[{"code": "0751", "name": "Aarhus"}],
            data_dir=tmp_path / "data",
            index={"backend": "elasticsearch", "elasticsearch": es},
        )

    yield make
    client = es_cluster.client()
    try:
        for name, own in used.items():
            _delete_prefix(client, name, templates=own)
    finally:
        client.close()
