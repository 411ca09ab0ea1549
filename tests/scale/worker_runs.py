"""Helpers of the Prefect-worker tests: configurations, what a run left behind, which worker ran what."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from crawlers import Spool
from index import open_store
from schema.settings import load_settings
from tests.prefect_workers import PrefectWorkers

MUNICIPALITIES = [{"code": "0751", "name": "Aarhus"}, {"code": "0706", "name": "Syddjurs"}]
#: config/demo.yaml's crawl settings: a local server, no delay (robots.txt still obeyed)
LOCAL_CRAWL = {
    "obey_robots": True,
    "concurrency_per_domain": 16,
    "download_delay_s": 0,
    "autothrottle": False,
    "timeout_s": 15,
    "retries": 2,
    "source_timeout_s": 300,
}


def worker_dispatch(**partitions: int) -> dict[str, Any]:
    """``flows.workers`` that dispatch partitions to the deployments, with short leases for tests."""
    return {"dispatch": "deployments", "lease_s": 12, "poll_s": 0.5, "start_timeout_s": 240, **partitions}


def write_config(folder: Path, workers: dict[str, Any] | None = None, **extra: Any) -> Path:
    """A debatradar.yaml for Aarhus and Syddjurs with its data under folder/data."""
    folder.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {
        "municipalities": MUNICIPALITIES,
        "data_dir": str(folder / "data"),
        "notify": {"channels": [], "briefing_recipients": []},
        "crawl": LOCAL_CRAWL,
        "flows": {"enrich_batch_size": 250, "workers": workers or {}, **extra.pop("flows", {})},
        **extra,
    }
    path = folder / "debatradar.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def spool_items(config: Path, items: list[Any]) -> int:
    """Put items in the configuration's spool; the number of records."""
    settings = load_settings(config)
    with Spool(settings.data_dir / "spool") as spool:
        spool.append(items)
        return spool.count()


def index_state(config: Path) -> dict[str, dict[str, Any]]:
    """Documents (without their enrichment time), issues and alerts in the index, by id."""
    store = open_store(load_settings(config))
    try:
        return {
            "documents": {d.id: d.model_dump(exclude={"enriched_at"}) for d in store.iter_documents()},
            "issues": {i.issue_id: i.model_dump() for i in store.list_issues()},
            "alerts": {a.alert_id: a.model_dump() for a in store.list_alerts()},
        }
    finally:
        store.close()


def partition_runs(cluster: PrefectWorkers, flow_name: str, since: datetime) -> list[Any]:
    """Flow runs of a partition flow created since a moment, oldest first."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName, FlowRunFilter
    from prefect.client.schemas.filters import FlowRunFilterExpectedStartTime as StartFilter

    with cluster.client_settings(), get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=[flow_name])),
            flow_run_filter=FlowRunFilter(expected_start_time=StartFilter(after_=since)),
        )
    return sorted(runs, key=lambda r: r.created)


def wait_for_runs(
    cluster: PrefectWorkers, deployment: str, parameters: list[dict[str, Any]], timeout_s: float = 300
) -> list[Any]:
    """Start one flow run of a deployment per parameter set at once; their final flow runs, in order."""
    from prefect import get_client
    from prefect.deployments import run_deployment

    with cluster.client_settings():
        started = [run_deployment(deployment, parameters=p, timeout=0) for p in parameters]
        deadline = time.monotonic() + timeout_s
        with get_client(sync_client=True) as client:
            while True:
                runs = [client.read_flow_run(r.id) for r in started]
                if all(r.state is not None and r.state.is_final() for r in runs):
                    return runs
                if time.monotonic() > deadline:
                    raise AssertionError(f"flow runs not finished after {timeout_s:g} s: {runs}")
                time.sleep(0.5)
