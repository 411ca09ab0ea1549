"""Evaluate issue tracking and the detectors on simulated scenarios (the numbers in docs/evaluation.md).

For each seed: ``simulator.generate(seed)`` -> the items a crawler would spool -> ``nlp.Enricher``
-> ``replay_history`` (the tracker and detectors run once a simulated day, as live runs would,
from three weeks into the scenario to its end) -> ``evaluate`` against the scenario's truth.

Run:  .venv/bin/python -m tests.nlp.detect.evaluate_seeds [--seeds 7,11,23,42,99] [--end 2026-11-20]
      [--set detection.levels.watch=0.45 ...]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from nlp import Enricher
from nlp.detect.evaluation import EvaluationReport, evaluate, summarise
from nlp.detect.replay import replay_history
from schema.settings import Settings, load_settings
from simulator import generate
from tests.conftest import TEST_PSEUDONYM_KEY

CONFIG = Path(__file__).resolve().parents[3] / "config" / "demo.yaml"
#: The replay starts this far into a scenario: the first fit needs a history.
WARM_UP = timedelta(days=21)


def evaluate_seed(seed: int, end: date, settings: Settings) -> tuple[EvaluationReport, float]:
    """One scenario through the real chain; returns its report and the replay's seconds."""
    scenario = generate(seed=seed, end=end)
    documents, _ = Enricher(settings).enrich_batch(scenario.items(TEST_PSEUDONYM_KEY))
    start = datetime.combine(scenario.start + WARM_UP, clock(23, 59), UTC)
    stop = datetime.combine(scenario.end, clock(23, 59), UTC)
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        result = replay_history(documents, settings, Path(tmp) / "models", start, stop)
        seconds = time.perf_counter() - began
    urls = {d.id: d.url for d in documents}
    return evaluate(result.alerts, scenario.truth, urls, result.assignments, raised=result.raised()), seconds


def with_overrides(settings: Settings, pairs: list[str]) -> Settings:
    """Settings with ``section.field=value`` overrides (values parsed as JSON when they can be)."""
    data: dict[str, Any] = settings.model_dump()
    for pair in pairs:
        path, _, raw = pair.partition("=")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        node = data
        *parents, leaf = path.split(".")
        for key in parents:
            node = node[key]
        node[leaf] = value
    return Settings.model_validate(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="7,11,23,42,99")
    parser.add_argument("--end", default="2026-11-20", type=date.fromisoformat)
    parser.add_argument("--set", nargs="*", default=[], help="overrides like detection.levels.watch=0.45")
    args = parser.parse_args()
    settings = with_overrides(load_settings(CONFIG), args.set)
    reports = []
    print(f"{'seed':>5} {'P':>5} {'R':>5} {'alerts':>6} {'false/mo':>8} {'<peak':>6} {'lead h':>7} "
          f"{'remote err':>10} {'ARI':>5} {'NMI':>5} {'replay s':>8}")  # fmt: skip
    for seed in (int(s) for s in args.seeds.split(",")):
        report, seconds = evaluate_seed(seed, args.end, settings)
        reports.append(report)
        print(
            f"{seed:>5} {report.precision or 0:>5.2f} {report.recall or 0:>5.2f} {report.alerts:>6} "
            f"{report.false_alerts_per_month:>8.2f} {report.before_peak_share or 0:>6.2f} "
            f"{report.median_lead_hours or 0:>7.1f} {report.remote_share_mae or 0:>10.3f} "
            f"{report.topic_ari or 0:>5.2f} {report.topic_nmi or 0:>5.2f} {seconds:>8.1f}"
        )
        for e in report.episodes:
            expected = e.expected_level.value if e.expected_level else "none"
            if e.detected and e.first_seen is not None and e.peak_level is not None:
                found = f"{e.peak_level.value}, first seen {e.first_seen:%m-%d}, lead {e.lead_hours:.0f} h"
            else:
                found = "quiet" if e.decoy else "MISSED"
            print(f"        {e.episode_id:28} {e.kind:20} expected {expected:8} {found}")
    print(summarise(reports).model_dump_json(indent=1))


if __name__ == "__main__":
    main()
