"""Benchmark: the whole pipeline on Prefect workers, with one worker and with two.

Reproduce:  .venv/bin/python bench/bench_workers.py [--runs 3] [--weeks 9]

A real Prefect server and two process workers on one pool (tests/prefect_workers.py, the same
set-up as the tests) run prefect.yaml's partition deployments. The demo corpus (simulator
seed 7) is served on two loopback addresses (two "domains"); config/demo.yaml's sources are
spread over them in turn, so every item is crawled once. One run = crawl every source, then
analyse (enrich, topics, detect, notify) into a fresh data directory, with ``flows.workers``
dispatching two crawl shares, two enrichment shares and two detection shares to the
deployments. The same configuration runs with one worker alive (the shares queue up behind each
other) and with two; runs alternate.

Prints a markdown table with the medians: wall time per stage, items/s through the whole
pipeline (crawl to detect and notify), the ratio two/one, and the time of a second crawl of
every source that finds nothing new (what each 15-minute crawl costs in steady state). The
machine has 2 cores shared with other work: the gain is bounded by the cores, and the topic fit
(one global step) does not divide.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
END = date(2026, 11, 20)
STAGES = ("crawl", "enrich", "topics", "detect", "total", "recrawl")


def _sources(origins: list[str]) -> list[dict[str, Any]]:
    """Every source of config/demo.yaml, each on one of the origins in turn (so on two hosts)."""
    from flows.cli._state import DEMO_CONFIG
    from schema.settings import load_settings
    from simulator import rebase_sources

    settings = load_settings(DEMO_CONFIG)
    rebased = [rebase_sources(settings, origin).sources for origin in origins]
    return [rebased[i % len(origins)][i].model_dump(mode="json") for i in range(len(settings.sources))]


def _run(folder: Path, sources: list[dict[str, Any]], now: Any) -> dict[str, float]:
    """One pipeline run into a fresh data directory; seconds per stage and items spooled."""
    from crawlers import Spool
    from flows.crawl import crawl_flow
    from flows.detect import detect_flow
    from flows.enrich import enrich_flow
    from flows.notify.flow import notify_flow
    from flows.topics import topics_flow
    from schema.settings import load_settings
    from tests.scale.worker_runs import worker_dispatch, write_config

    dispatch = worker_dispatch(crawl_partitions=2, enrich_partitions=2, detect_partitions=2)
    config = str(write_config(folder, dispatch, sources=sources))
    times: dict[str, float] = {}
    start = time.perf_counter()
    crawled = crawl_flow(config)
    times["crawl"] = time.perf_counter() - start
    if crawled.failed:
        raise RuntimeError(f"crawl failed: {crawled.failed}")
    for stage, run in (
        ("enrich", lambda: enrich_flow(config)),
        ("topics", lambda: topics_flow(config, now=now)),
        ("detect", lambda: detect_flow(config, now=now)),
    ):
        began = time.perf_counter()
        run()
        times[stage] = time.perf_counter() - began
    notify_flow(config, now=now)
    times["total"] = time.perf_counter() - start
    began = time.perf_counter()  # the next 15-minute crawl: every source again, nothing new
    again = crawl_flow(config)
    times["recrawl"] = time.perf_counter() - began
    if again.failed or again.items_new:
        raise RuntimeError(f"the second crawl found new items or failed: {again.summary()}")
    with Spool(load_settings(config).data_dir / "spool") as spool:
        times["items"] = float(spool.count())
    return times


def main() -> None:
    """Run the benchmark and print a markdown table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--weeks", type=int, default=9)
    args = parser.parse_args()
    from tests.prefect_workers import TEST_PSEUDONYM_KEY, PrefectWorkers

    os.environ["DEBATRADAR_SECRETS__PSEUDONYM_KEY"] = TEST_PSEUDONYM_KEY
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    from simulator import generate, serve

    scenario = generate(seed=7, end=END, weeks=args.weeks)
    home = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    cluster = PrefectWorkers(home / "prefect").start()
    results: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    loads: list[float] = []
    try:
        with serve(scenario, host="127.0.0.1") as a, serve(scenario, host="127.0.0.2") as b:
            sources = _sources([a.origin, b.origin])
            for run in range(args.runs):
                for workers in (1, 2) if run % 2 == 0 else (2, 1):
                    cluster.ensure_workers()
                    if workers == 1:
                        cluster.stop_worker("worker-2")
                    with cluster.client_settings():
                        times = _run(home / f"run-{run}-{workers}", sources, scenario.horizon)
                    results[workers].append(times)
                    loads.append(os.getloadavg()[0])
                    print(f"run {run + 1}, {workers} worker(s): {times}", file=sys.stderr)
    finally:
        cluster.stop()
    _table(results, len(sources), args, loads)


def _table(results: dict[int, list[dict[str, float]]], sources: int, args: Any, loads: list[float]) -> None:
    med = statistics.median
    items = results[1][0]["items"]
    print(
        f"\nbench_workers: demo corpus (seed 7, {args.weeks} weeks) served on 2 hosts, {sources} sources, "
        f"{items:.0f} spool records; 2 crawl, 2 enrich, 2 detect shares; {args.runs} runs, medians; "
        f"load average during runs {min(loads):.1f}-{max(loads):.1f} on 2 cores\n"
    )
    print("| workers | " + " | ".join(f"{s} s" for s in STAGES) + " | items/s (whole pipeline) |")
    print("| ---: | " + " | ".join("---:" for _ in STAGES) + " | ---: |")
    rates = {}
    for workers, rows in results.items():
        cells = " | ".join(f"{med(r[s] for r in rows):.1f}" for s in STAGES)
        rates[workers] = med(r["items"] / r["total"] for r in rows)
        print(f"| {workers} | {cells} | {rates[workers]:.1f} |")
    stage_ratio = ", ".join(
        f"{s} {med(r[s] for r in results[1]) / med(r[s] for r in results[2]):.2f}" for s in STAGES
    )
    print(f"\nratio two/one (throughput): {rates[2] / rates[1]:.2f}; speed-up per stage: {stage_ratio}")
    print(f"\nreproduce: .venv/bin/python bench/bench_workers.py --runs {args.runs} --weeks {args.weeks}")


if __name__ == "__main__":
    main()
