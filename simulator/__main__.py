"""Serve a scenario by hand: ``python -m simulator --seed 7 --port 8765 [--truth truth.json]``.

Handy when developing a spider or the UI against the demo data; ``debatradar demo`` does the
whole pipeline instead.
"""

from __future__ import annotations

import argparse
import contextlib
import threading
from datetime import date
from pathlib import Path

from simulator.scenario import generate
from simulator.server import serve


def main(argv: list[str] | None = None) -> None:
    """Generate a scenario, optionally write its truth as JSON, and serve it until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m simulator", description=__doc__)
    parser.add_argument("--seed", type=int, default=7, help="scenario seed (default 7)")
    parser.add_argument(
        "--end", type=date.fromisoformat, default=None, help="last day, YYYY-MM-DD (default today)"
    )
    parser.add_argument("--weeks", type=int, default=9, help="weeks of debate (default 9)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765, as in config/demo.yaml)")
    parser.add_argument(
        "--truth", type=Path, default=None, help="write the ground truth as JSON to this file"
    )
    args = parser.parse_args(argv)
    scenario = generate(seed=args.seed, end=args.end, weeks=args.weeks)
    with serve(scenario, host=args.host, port=args.port) as server:
        if args.truth:
            args.truth.write_text(server.truth.model_dump_json(indent=1), encoding="utf-8")
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(scenario.counts().items()))
        print(f"Demo server at {server.origin} – {scenario.start} to {scenario.end}: {counts}")
        print("Ctrl-C stops it.")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
