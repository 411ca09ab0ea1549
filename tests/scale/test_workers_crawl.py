"""A crawl over many sources on two Prefect workers: the work divides, one host is never overcrowded.

The simulated debate is served on two loopback addresses (127.0.0.1 and 127.0.0.2, two
"domains" to Prefect's ``domain:<host>`` tags); two of the demo's news feeds are repeated on
each, with distinct ids. A crawl with two shares runs one share per worker. Then two crawl shares
of the *same* host run on the two workers at the same time with ``flows.crawls_per_domain: 1``:
the crawl tasks' Running intervals in Prefect never overlap on that host, although the two flow
runs do; and they spool exactly what the first crawl spooled from that host.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from crawlers import Spool
from flows.cli._state import DEMO_CONFIG
from flows.crawl import crawl_flow
from schema.settings import NewsFeedSource, load_settings
from simulator import generate, rebase_sources, serve
from tests.prefect_workers import PrefectWorkers
from tests.scale.worker_runs import partition_runs, wait_for_runs, worker_dispatch, write_config

pytestmark = [pytest.mark.slow]

END = date(2026, 11, 20)
HOSTS = ("127.0.0.1", "127.0.0.2")


def _news_sources(origin: str, suffix: str) -> list[dict[str, Any]]:
    """The demo configuration's news feeds, pointed at origin, with ids ending in suffix."""
    rebased = rebase_sources(load_settings(DEMO_CONFIG), origin)
    return [
        {**s.model_dump(mode="json"), "id": f"{s.id}-{suffix}"}
        for s in rebased.sources
        if isinstance(s, NewsFeedSource)
    ][:2]


def _spooled(config: Path, host: str) -> dict[str, str]:
    """Item id -> content hash of the items of one host in the configuration's spool."""
    settings = load_settings(config)
    with Spool(settings.data_dir / "spool") as spool:
        items = [item for _, item in spool.read("test", limit=None)]
    return {item.id: item.content_hash for item in items if f"//{host}:" in item.url}


def _max_overlap(intervals: list[tuple[datetime, datetime]]) -> int:
    """The largest number of intervals that are open at the same moment (touching ends do not count)."""
    events = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
    most = current = 0
    for _, step in events:
        current += step
        most = max(most, current)
    return most


def _crawl_task_intervals(cluster: PrefectWorkers, flow_run_ids: list[Any]) -> dict[str, list[Any]]:
    """Running intervals of the crawl-source tasks of these flow runs, by domain tag."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with cluster.client_settings(), get_client(sync_client=True) as client:
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=flow_run_ids)))
    by_domain: dict[str, list[Any]] = {}
    for run in tasks:
        domains = [t for t in run.tags if t.startswith("domain:")]
        assert run.state is not None and run.state.is_completed(), (run.name, run.state)
        assert run.start_time is not None and run.end_time is not None
        for domain in domains:
            by_domain.setdefault(domain, []).append((run.start_time, run.end_time))
    return by_domain


def test_a_crawl_divides_over_workers_and_keeps_hosts_polite(on_workers: PrefectWorkers, tmp_path):
    cluster = on_workers
    scenario = generate(seed=7, end=END, weeks=2)
    with serve(scenario, host=HOSTS[0]) as first, serve(scenario, host=HOSTS[1]) as second:
        sources = _news_sources(first.origin, "a") + _news_sources(second.origin, "b")
        flows = {"crawl_retries": 0, "crawl_parallel_sources": 2, "crawls_per_domain": 2}
        spread = write_config(
            tmp_path / "two-workers", worker_dispatch(crawl_partitions=2), sources=sources, flows=flows
        )
        started = datetime.now(UTC)
        shared = crawl_flow(str(spread))

        assert not shared.failed
        assert sorted(h.source_id for h in shared.sources) == sorted(s["id"] for s in sources)
        assert shared.items_new > 50
        runs = partition_runs(cluster, "crawl-partition", started)
        assert len(runs) == 2 and all(r.state.is_completed() for r in runs), runs
        assert {cluster.worker_of(r.id) for r in runs} == set(cluster.workers)

        # two shares of one host at once, one on each worker
        same_host = [s["id"] for s in sources if s["id"].endswith("-a")]
        polite_flows = {**flows, "crawls_per_domain": 1}
        polite = write_config(tmp_path / "polite", worker_dispatch(), sources=sources, flows=polite_flows)
        pair = wait_for_runs(
            cluster,
            "crawl-partition/crawl-partition",
            [{"config": str(polite), "source_ids": [source_id]} for source_id in same_host],
        )
    assert all(r.state.is_completed() for r in pair), [r.state for r in pair]
    assert {cluster.worker_of(r.id) for r in pair} == set(cluster.workers)
    both = [(r.start_time, r.end_time) for r in pair]
    assert _max_overlap(both) == 2, f"the two flow runs did not run at the same time: {both}"
    intervals = _crawl_task_intervals(cluster, [r.id for r in pair])
    assert list(intervals) == [f"domain:{HOSTS[0]}"] and len(intervals[f"domain:{HOSTS[0]}"]) == 2
    spans = intervals[f"domain:{HOSTS[0]}"]
    assert _max_overlap(spans) <= 1, f"more than one crawl of {HOSTS[0]} at a time: {sorted(spans)}"
    assert _spooled(polite, HOSTS[0]) == _spooled(spread, HOSTS[0])
