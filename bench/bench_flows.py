"""Benchmark of the flows' overhead: the enrich flow against the same work done by direct calls.

Reproduce:  .venv/bin/python bench/bench_flows.py [--runs 3] [--weeks 4]

Measures, on a simulated corpus (simulator.generate, fixed seed and end date):
- enrich: items/s through the Prefect enrich flow (spool -> Enricher -> embedded index, cursor
  commits) against the baseline of calling Enricher.enrich_batch + Store.index_documents on the
  same items in the same process (ratio = flow / baseline throughput);
- the Prefect start-up cost of a one-shot command (a trivial flow in a fresh process);
- the weekly briefing (collect + HTML + PDF) on the indexed corpus.
Prints a markdown table (medians of the runs) and peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import yaml

from flows._prefect_env import prepare_prefect

REPO = Path(__file__).resolve().parents[1]
END = date(2026, 11, 20)
KEY = "bench-key-not-secret"


def _config(folder: Path) -> Path:
    path = folder / "debatradar.yaml"
    data = {
        "municipalities": [{"code": "0751", "name": "Aarhus"}, {"code": "0706", "name": "Syddjurs"}],
        "data_dir": str(folder / "data"),
        "flows": {"enrich_batch_size": 500},
    }
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _baseline(items, folder: Path) -> float:
    from index import open_store
    from nlp import Enricher
    from schema.settings import load_settings

    settings = load_settings(_config(folder))
    enricher = Enricher(settings)
    store = open_store(settings)
    store.setup()
    start = time.perf_counter()
    for i in range(0, len(items), 500):
        documents, _ = enricher.enrich_batch(items[i : i + 500])
        store.index_documents(documents)
    elapsed = time.perf_counter() - start
    store.close()
    return len(items) / elapsed


def _flow(items, folder: Path) -> float:
    from crawlers import Spool
    from flows.enrich import enrich_flow

    config = _config(folder)
    with Spool(folder / "data" / "spool") as spool:
        spool.append(items)
    start = time.perf_counter()
    summary = enrich_flow(str(config))
    elapsed = time.perf_counter() - start
    assert summary.read == len(items), summary
    return len(items) / elapsed


def _briefing(folder: Path) -> float:
    from flows._names import centroids
    from flows.briefing.build import build_briefing
    from flows.briefing.week import IsoWeek
    from index import open_store
    from schema.settings import load_settings

    settings = load_settings(folder / "debatradar.yaml")
    store = open_store(settings)
    store.setup()
    start = time.perf_counter()
    build_briefing(store, settings, IsoWeek.of(END).shift(-1), "da", datetime.now(UTC), centroids(settings))
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def _prefect_startup(data_dir: Path) -> float:
    """A fresh process as a one-shot command starts: the CLI's Prefect defaults, a trivial flow."""
    code = (
        "from pathlib import Path\n"
        "from flows._prefect_env import prepare_prefect\n"
        f"prepare_prefect(Path({str(data_dir)!r}))\n"
        "from prefect import flow\n@flow\ndef f():\n    return 1\nf()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}  # its own Prefect home
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--weeks", type=int, default=4)
    args = parser.parse_args()
    os.environ.setdefault("DEBATRADAR_SECRETS__PSEUDONYM_KEY", KEY)
    prepare_prefect(Path(tempfile.mkdtemp(prefix="bench-prefect-")))  # as the CLI does
    from simulator import generate

    items = generate(seed=3, end=END, weeks=args.weeks).items(KEY)
    base, flow, brief, startup = [], [], [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            base.append(_baseline(items, Path(a)))
            flow.append(_flow(items, Path(b)))
            brief.append(_briefing(Path(b)))
            startup.append(_prefect_startup(Path(b) / "startup"))
        print(f"run {run + 1}: baseline {base[-1]:.0f}/s, flow {flow[-1]:.0f}/s", file=sys.stderr)
    med = statistics.median
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nbench_flows: {len(items)} items ({args.weeks} weeks, seed 3), {args.runs} runs, medians\n")
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| enrich + index, direct calls (baseline) | {med(base):.0f} items/s |")
    print(f"| enrich flow (Prefect, spool, cursor) | {med(flow):.0f} items/s |")
    print(f"| flow / baseline throughput | {med(flow) / med(base):.2f} |")
    print(f"| one-shot command: Prefect start + trivial flow | {med(startup):.1f} s |")
    print(f"| weekly briefing, documents only, no issues (collect + HTML + PDF) | {med(brief):.1f} s |")
    print(f"| peak RSS of this process | {peak:.0f} MiB |")
    print("\nreproduce: .venv/bin/python bench/bench_flows.py --runs 3 --weeks 4")


if __name__ == "__main__":
    main()
