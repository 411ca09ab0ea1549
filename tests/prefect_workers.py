"""Pytest plugin: a real Prefect server and two process workers on one work pool, for the session.

``PrefectWorkers.start()`` runs ``prefect server start`` (SQLite in a temporary PREFECT_HOME,
no telemetry) on a free local port, creates one *process* work pool, creates every deployment
of prefect.yaml on it through Prefect's Python API (from the repository as the code source,
like prefect.yaml's pull step; schedules and triggers are left out so that nothing starts on its
own during the tests) and starts two ``prefect worker start --limit 1`` processes, each in its
own session and its own working directory, with the test pseudonym key in its environment.
One flow run at a time per worker makes the spread of partitions over workers observable.

Fixtures:
- ``prefect_workers`` (session): the running ``PrefectWorkers``. Failing to start is a test
  failure, in CI and locally: it is never skipped.
- ``on_workers``: for one test, both workers are up (a worker killed by an earlier test is
  started again) and Prefect clients in the test process talk to this server, so a flow called
  in the test dispatches its partitions to the workers.

The bench (bench/bench_workers.py) uses ``PrefectWorkers`` directly.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
POOL = "debatradar-test-workers"
TEST_PSEUDONYM_KEY = "test-key-not-secret"  # the same as tests/conftest.py
START_TIMEOUT_S = 180


class WorkersUnavailableError(RuntimeError):
    """The server or a worker did not start; the message names the log to read."""


@dataclass
class WorkerProcess:
    """One ``prefect worker start`` process."""

    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    def alive(self) -> bool:
        return self.proc.poll() is None


@dataclass
class PrefectWorkers:
    """A Prefect server, one process work pool and its workers, all local processes."""

    home: Path
    count: int = 2
    limit: int = 1
    api_url: str = ""
    server: subprocess.Popen[bytes] | None = None
    workers: dict[str, WorkerProcess] = field(default_factory=dict)

    @property
    def pool(self) -> str:
        return POOL

    def start(self) -> PrefectWorkers:
        """Server, pool, deployments and workers; raises WorkersUnavailableError naming the log."""
        self.home.mkdir(parents=True, exist_ok=True)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        self.api_url = f"http://127.0.0.1:{port}/api"
        log = self.home / "server.log"
        command = [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ]
        with log.open("wb") as out:
            self.server = subprocess.Popen(command, env=self.env(), stdout=out, stderr=subprocess.STDOUT,
                                           cwd=self.home, start_new_session=True)  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _healthy(self.api_url):
            if self.server.poll() is not None or time.monotonic() > deadline:
                raise WorkersUnavailableError(f"prefect server did not start; see {log}:\n{_tail(log)}")
            time.sleep(0.3)
        with self.client_settings():
            _create_pool()
            for i in range(self.count):  # they start while the deployments are created
                self.start_worker(f"worker-{i + 1}")
            _create_deployments()
        self.wait_online()
        return self

    def env(self) -> dict[str, str]:
        """The environment of the server and workers: no developer settings, the test key."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DEBATRADAR_", "PREFECT_"))}
        env.update(
            PREFECT_HOME=str(self.home / "prefect-home"),
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_WORKER_QUERY_SECONDS="1",
            PREFECT_WORKER_HEARTBEAT_SECONDS="5",
            # a task waiting for a busy host's slot asks again after at most this (default 30 s)
            PREFECT_SERVER_TASKS_TAG_CONCURRENCY_SLOT_WAIT_SECONDS="2",
            PREFECT_LOGGING_LEVEL="INFO",
            DEBATRADAR_SECRETS__PSEUDONYM_KEY=TEST_PSEUDONYM_KEY,
        )
        if self.api_url:
            env["PREFECT_API_URL"] = self.api_url
        return env

    def start_worker(self, name: str) -> WorkerProcess:
        """Start (or restart) a worker on the pool, in a working directory of its own."""
        folder = self.home / name
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "worker.log"
        command = [sys.executable, "-m", "prefect", "worker", "start", "--pool", POOL, "--type", "process",
                   "--name", name, "--limit", str(self.limit)]  # fmt: skip
        with log.open("ab") as out:
            proc = subprocess.Popen(command, env=self.env(), stdout=out, stderr=subprocess.STDOUT, cwd=folder,
                                    start_new_session=True)  # fmt: skip
        self.workers[name] = WorkerProcess(name, proc, log)
        return self.workers[name]

    def wait_online(self, timeout_s: float = START_TIMEOUT_S) -> None:
        """Wait until every live worker process has registered with the pool."""
        deadline = time.monotonic() + timeout_s
        expected = {name for name, w in self.workers.items() if w.alive()}
        while True:
            for w in self.workers.values():
                if not w.alive() and w.name in expected:
                    raise WorkersUnavailableError(f"{w.name} exited; see {w.log}:\n{_tail(w.log)}")
            if expected <= self._registered():
                return
            if time.monotonic() > deadline:
                logs = "\n".join(f"{w.log}:\n{_tail(w.log)}" for w in self.workers.values())
                raise WorkersUnavailableError(f"workers {sorted(expected)} did not come online:\n{logs}")
            time.sleep(0.5)

    def ensure_workers(self) -> None:
        """Start again every worker that is not running (killed by a test)."""
        dead = [name for name, w in self.workers.items() if not w.alive()]
        for name in dead:
            self.start_worker(name)
        if dead:
            self.wait_online()

    def stop_worker(self, name: str) -> None:
        """Stop one worker the ordinary way (SIGTERM to its process group); ``ensure_workers`` restarts it."""
        proc = self.workers[name].proc
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def kill(self, name: str) -> list[int]:
        """SIGKILL a worker and every process it started, as if its host died; the pids killed."""
        root = self.workers[name].proc.pid
        pids = [root, *_descendants(root)]
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.workers[name].proc.wait(timeout=30)
        return pids

    def worker_of(self, flow_run_id: object) -> str | None:
        """The worker that ran a flow run (from the workers' own logs).

        Several workers may try to submit the same run; the losers log an aborted submission.
        The run's own process writes its "View at .../flow-run/<id>" line to its worker's log.
        """
        ran, submitted = f"/flow-run/{flow_run_id}", f"submitting flow run '{flow_run_id}'"
        aborted = f"Aborted submission of flow run '{flow_run_id}'"
        logs = {
            w.name: w.log.read_text(encoding="utf-8", errors="replace") if w.log.is_file() else ""
            for w in self.workers.values()
        }
        for name, text in logs.items():
            if ran in text:
                return name
        for name, text in logs.items():
            if submitted in text and aborted not in text:
                return name
        return None

    @contextmanager
    def client_settings(self) -> Iterator[None]:
        """Prefect clients (and flows) in this process use this server while the block runs."""
        from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_ANALYTICS_ENABLED, temporary_settings

        with temporary_settings(
            updates={PREFECT_API_URL: self.api_url, PREFECT_SERVER_ANALYTICS_ENABLED: False}
        ):
            yield

    def stop(self) -> None:
        """Stop the workers, then the server: SIGTERM to all, SIGKILL to what still runs after 15 s."""
        procs = [w.proc for w in self.workers.values()] + ([self.server] if self.server else [])
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for proc in procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def _registered(self) -> set[str]:
        with self.client_settings():
            from prefect import get_client

            with get_client(sync_client=True) as client:
                return {w.name for w in client.read_workers_for_work_pool(POOL) if w.status == "ONLINE"}


def _create_pool() -> None:
    from prefect import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.workers.process import ProcessWorker

    with get_client(sync_client=True) as client:
        template = ProcessWorker.get_default_base_job_template()
        client.create_work_pool(
            WorkPoolCreate(name=POOL, type="process", base_job_template=template), overwrite=True
        )


def _create_deployments() -> None:
    """prefect.yaml's deployments on the pool (Python API; no schedules, no triggers)."""
    from prefect.flows import Flow

    spec = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))

    def deploy(deployment: dict[str, Any]) -> None:
        flow: Any = Flow.from_source(source=str(REPO), entrypoint=deployment["entrypoint"])
        flow.deploy(
            name=deployment["name"],
            work_pool_name=POOL,
            parameters=deployment.get("parameters") or {},
            tags=deployment.get("tags") or [],
            description=deployment.get("description"),
            concurrency_limit=deployment.get("concurrency_limit"),
            build=False,
            push=False,
            print_next_steps=False,
            ignore_warnings=True,
        )

    for deployment in spec["deployments"]:
        deploy(deployment)


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _descendants(pid: int) -> list[int]:
    """Every process below pid (Linux /proc), children first found first."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out: list[int] = []
    queue = list(children.get(pid, []))
    while queue:
        child = queue.pop(0)
        out.append(child)
        queue += children.get(child, [])
    return out


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@pytest.fixture(scope="session")
def prefect_workers() -> Iterator[PrefectWorkers]:
    """A Prefect server with two process workers on one pool and prefect.yaml's deployments."""
    cluster = PrefectWorkers(Path(tempfile.mkdtemp(prefix="debatradar-prefect-workers-")))
    try:
        cluster.start()
    except WorkersUnavailableError as err:
        cluster.stop()
        pytest.fail(f"Prefect server and workers did not start: {err}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def on_workers(prefect_workers: PrefectWorkers) -> Iterator[PrefectWorkers]:
    """Both workers up, and Prefect in this test process pointed at their server."""
    try:
        prefect_workers.ensure_workers()
    except WorkersUnavailableError as err:
        pytest.fail(f"a Prefect worker did not start again: {err}", pytrace=False)
    with prefect_workers.client_settings():
        yield prefect_workers
