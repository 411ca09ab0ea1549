"""The es-node script's cluster commands on folders without a running node (no JVM started)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.es_node import ES_NODE


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ES_NODE), *args], capture_output=True, text=True, timeout=60)


def test_cluster_commands_on_a_folder_without_a_cluster_say_so(tmp_path: Path):
    for command in ("cluster-status", "cluster-stop"):
        done = _run(command, "--data", str(tmp_path))
        assert done.returncode == 1
        assert f"no cluster in {tmp_path}" in done.stderr


def test_cluster_start_checks_its_arguments(tmp_path: Path):
    missing = _run("cluster-start")
    assert missing.returncode == 1 and "needs --data DIR" in missing.stderr
    bad = _run("cluster-start", "--data", str(tmp_path), "--nodes", "three")
    assert bad.returncode == 1 and "--nodes must be a positive number" in bad.stderr
    assert not (tmp_path / "cluster.conf").exists()


def test_kill_of_an_idle_folder_is_harmless(tmp_path: Path):
    done = _run("kill", "--data", str(tmp_path))
    assert done.returncode == 0 and "not running" in done.stdout


def test_usage_lists_the_cluster_commands():
    usage = _run("restart")
    assert usage.returncode == 2
    for command in ("start", "stop", "kill", "status", "cluster-start", "cluster-stop", "cluster-status"):
        assert f"es-node {command}" in usage.stdout
