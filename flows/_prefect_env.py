"""Prefect's own configuration for a CLI process, set before Prefect is first imported.

Prefect reads its settings (``PREFECT_*``) from the environment when it is imported, so the
CLI puts its defaults there first: the flow-run database under ``data_dir/prefect`` (never the
user's home), no telemetry, a start-up timeout that suits a loaded two-core machine, and a quiet
console unless ``--verbose``. A value the user set already always wins.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from schema import StoreUnavailableError


def use_api(url: str) -> None:
    """Send this process's flow runs to the Prefect API at ``url`` (before Prefect is imported)."""
    os.environ.setdefault("PREFECT_API_URL", url)


def prepare_prefect(data_dir: Path, verbose: bool = False) -> None:
    """Set Prefect's defaults for this process (no effect once Prefect is imported)."""
    home = (data_dir / "prefect").resolve()
    home.mkdir(parents=True, exist_ok=True)
    defaults = {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
        "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "INFO" if verbose else "CRITICAL",
    }
    for name, value in defaults.items():
        os.environ.setdefault(name, value)


@contextmanager
def local_prefect_server(data_dir: Path, timeout_s: float = 180) -> Iterator[str]:
    """Start `prefect server start` on a free local port for this data directory; yields its API URL.

    The server runs in its own session, so Ctrl-C reaches the process that serves the flows
    first (it pauses its schedules through the API), and the server is stopped afterwards.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    log = data_dir / "logs" / "prefect-server.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("ab") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)  # noqa: S603
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + timeout_s
        while not _healthy(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise StoreUnavailableError(f"the local Prefect server did not start; see {log}.")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
