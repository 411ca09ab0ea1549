"""`debatradar eval`: one scenario through spool, enrich flow, daily replay and scoring."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from flows.cli import app

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def test_eval_scores_a_scenario_against_its_truth(tmp_path):
    keep = tmp_path / "eval"
    args = ["eval", "--seeds", "1", "--first-seed", "5", "--end", "2026-11-20"]
    result = CliRunner().invoke(app, [*args, "--keep", str(keep), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    (seed,) = report["seeds"]
    assert seed["seed"] == 5 and seed["documents"] > 1000
    planted = [e for e in seed["episodes"] if not e["decoy"]]
    assert planted and all(e["detected"] for e in planted if e["kind"] in {"mobilisation", "coordinated"})
    assert all(e["raised_at"] is not None for e in planted if e["detected"])
    assert not any(e["detected"] for e in seed["episodes"] if e["decoy"])
    assert set(report["all"]) >= {"precision", "recall", "before_peak_share", "remote_share_mae"}
    assert (keep / "seed-5").is_dir()
