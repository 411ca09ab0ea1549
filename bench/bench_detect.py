"""Benchmark of the detectors: the time of one ``detect_alerts`` run (what every pipeline run pays).

The documents are the simulator's enriched Danish debate (cached by bench_topics.py under
``--cache``); the issues come from one ``IssueTracker`` fit on all of them. Each size runs in
a fresh process (its own peak RSS): ``detect_alerts`` is called as the pipeline does, once per
day over the last ``--days`` days with the previous run's alerts, and the median run is reported
next to the cost of reading the same documents' windows alone (bucketing, no signals) as a floor.

Run:  .venv/bin/python bench/bench_detect.py [--sizes 10000,100000] [--days 7] [--cache data/bench/topics]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def child(n: int, days: int, cache: Path) -> dict[str, float]:
    from bench_topics import corpus, peak_rss_mb

    from nlp.detect import default_geography, detect_alerts, detection_window
    from nlp.detect.signals import window_of
    from nlp.topics import IssueTracker
    from schema.settings import Settings

    docs, _ = corpus(n, cache)
    settings = Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}, {"code": "0706", "name": "Syddjurs"}]
    )
    end = max(d.published_at for d in docs) + timedelta(seconds=1)
    with tempfile.TemporaryDirectory() as tmp:
        issues = IssueTracker(settings, Path(tmp)).update(docs, [], end).issues
    geography = default_geography()  # loaded once per process, outside the timings
    runs, floors, alerts, sizes = [], [], [], []
    for day in range(days - 1, -1, -1):
        now = end - timedelta(days=day)
        start, _ = detection_window(settings, now)
        window = [d for d in docs if start <= d.published_at <= now]
        t0 = time.perf_counter()
        alerts = detect_alerts(window, issues, alerts, settings, now, geography)
        t1 = time.perf_counter()
        buckets: dict[tuple[str | None, int], int] = {}
        for d in window:
            key = (d.issue_id, window_of(d.published_at, 1))
            buckets[key] = buckets.get(key, 0) + 1
        t2 = time.perf_counter()
        runs.append(t1 - t0)
        floors.append(t2 - t1)
        sizes.append(len(window))
    return {
        "median_run_s": statistics.median(runs),
        "runs_s": runs,
        "floor_s": statistics.median(floors),
        "documents_per_run": statistics.median(sizes),
        "issues": len(issues),
        "alerts": len(alerts),
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=ROOT / "data" / "bench" / "topics")
    parser.add_argument("--child", type=int)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.days, args.cache)))
        return
    print(f"bench_detect {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, one run per day over {args.days} days")
    print(f"{'docs':>7} {'docs/run':>9} {'issues':>7} {'median s':>9} {'floor s':>8} {'peak MB':>8}  runs s")
    for n in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                str(n),
                "--days",
                str(args.days),
                "--cache",
                str(args.cache),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        runs = " ".join(f"{t:.2f}" for t in r["runs_s"])
        print(
            f"{n:>7} {r['documents_per_run']:>9.0f} {r['issues']:>7} {r['median_run_s']:>9.2f} "
            f"{r['floor_s']:>8.3f} {r['peak_rss_mb']:>8.0f}  {runs}"
        )
    print(f"reproduce: .venv/bin/python bench/bench_detect.py --sizes {args.sizes} --days {args.days}")


if __name__ == "__main__":
    main()
